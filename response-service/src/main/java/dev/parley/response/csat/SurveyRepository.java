package dev.parley.response.csat;

import java.time.Instant;
import java.util.Optional;

/** Where surveys and their answers are kept, one per case. */
public interface SurveyRepository {

    /** Records a sent survey; false when the case already has one. */
    boolean sent(String caseId, String replyId, Instant at);

    /** The survey of a case, if one was sent. */
    Optional<Survey> find(String caseId);

    void answered(String caseId, SurveyAnswer answer, String postId, Instant at);

    /**
     * @param answer null until the customer answers
     */
    record Survey(String caseId, String replyId, Instant sentAt, SurveyAnswer answer, Instant answeredAt) {
    }
}
