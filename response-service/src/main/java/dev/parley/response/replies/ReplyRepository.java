package dev.parley.response.replies;

import java.util.List;

public interface ReplyRepository {

    void save(Reply reply);

    List<Reply> forCase(String caseId);

    /** The oldest held replies first. */
    List<Reply> held(int limit);
}
