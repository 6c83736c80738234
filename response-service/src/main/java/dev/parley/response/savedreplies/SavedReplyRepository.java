package dev.parley.response.savedreplies;

import java.util.List;
import java.util.Optional;

/** Where saved replies live. */
public interface SavedReplyRepository {

    void save(SavedReply reply);

    Optional<SavedReply> find(String savedReplyId);

    /**
     * @param words words that must all appear in the title or body, or null
     * @param tag   a tag it must have, or null
     */
    List<SavedReply> search(String words, String tag, int limit);

    /** Those answering any of these intents or topics. */
    List<SavedReply> answering(String intent, List<String> topics, int limit);
}
