package dev.parley.response.cases;

import dev.parley.events.TriageCorrection;
import dev.parley.events.TriagedPost;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where cases live. Implementations must make {@link #addPost} idempotent per post id. */
public interface CaseRepository {

    /**
     * What filing {@code postId} in its conversation asks first, in one look: the conversation's case that is not
     * closed, else its most recently closed case and whether the post is filed already. The case is locked until the
     * transaction ends, like {@link #findForChange}.
     */
    ConversationCases conversation(String conversationId, String postId);

    /**
     * Looks up, in one round trip, what {@link #conversation} will be asked for each of these posts about to be
     * filed in the current transaction: until a write touches a conversation, its post's answer comes from this.
     * Answers are the same either way; without a transaction this does nothing.
     */
    void readConversationsAhead(List<TriagedPost> posts);

    /** The author id of the case's latest customer post. */
    String latestAuthorId(String caseId);


    /**
     * The {@code limit} live (not resolved or closed) cases of highest priority needing the skill, of one brand or
     * (null) all, locked to change them (like {@link #findForChange}).
     */
    List<Case> liveWithSkill(String skill, String brand, int limit);

    /**
     * Cases waiting for the customer since before {@code before}, oldest first, locked until the transaction ends;
     * cases another transaction holds are skipped, so replicas resolving quiet cases take different ones.
     */
    List<Case> pendingSince(Instant before, int limit);

    Optional<Case> find(String caseId);

    /**
     * The case, locked until the transaction ends, to change it: another transaction changing the same case (an
     * agent's call, a post filed into it, on this replica or another) waits for this one and then reads what it
     * wrote, so neither overwrites the other's change.
     */
    Optional<Case> findForChange(String caseId);

    /** Stores a new case with its first post. */
    void open(Case newCase, TriagedPost first);

    void update(Case changed);

    /** Stores the post in the case; false when the post was already there (a redelivery). */
    boolean addPost(String caseId, TriagedPost post);

    List<CasePost> posts(String caseId);

    void addNote(CaseNote note);

    void addEscalation(String caseId, Escalation step);

    /** The case's escalation path, oldest first. */
    List<Escalation> escalations(String caseId);

    List<CaseNote> notes(String caseId);

    /** Records that an agent is viewing or drafting on a case, replacing their earlier presence there. */
    void touchPresence(String caseId, Presence presence);

    /** Who is on the case at {@code now}. */
    List<Presence> presence(String caseId, Instant now);

    /** Keeps an agent's correction with its post, replacing an earlier one of the same field. */
    void recordCorrection(TriageCorrection correction);

    /** The cases the query asks for, highest priority first. */
    List<Case> list(CaseQuery query, int limit, int offset);

    /** How many cases the query matches, counting no further than {@code upTo}. */
    long count(CaseQuery query, long upTo);

    /**
     * Live cases whose next SLA warning or breach time has come by {@code now}, earliest first, locked until the
     * transaction ends; cases another transaction holds are skipped, so each crossing is announced by one replica.
     */
    List<Case> slaWarningsDue(Instant now, int limit);
}
