package dev.parley.response.replies;

import java.util.List;
import java.util.Optional;

public interface ReplyRepository {

    void save(Reply reply);

    List<Reply> forCase(String caseId);

    Optional<Reply> find(String replyId);

    /** The oldest held replies first, locked until the transaction ends; replies another transaction holds are skipped. */
    List<Reply> held(int limit);
}
