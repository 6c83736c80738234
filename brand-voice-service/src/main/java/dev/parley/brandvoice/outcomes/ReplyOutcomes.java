package dev.parley.brandvoice.outcomes;

import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.PreferredPhrase;
import dev.parley.brandvoice.profile.Profiles;
import dev.parley.brandvoice.profile.VoiceAttribute;
import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;
import dev.parley.events.TriagedPost;
import java.util.List;

/** Learns what works: which phrases and voice attributes the replies used, and what followed them. */
public class ReplyOutcomes {
    private final Profiles profiles;
    private final OutcomeStore store;

    public ReplyOutcomes(Profiles profiles, OutcomeStore store) {
        this.profiles = profiles;
        this.store = store;
    }

    public void replyRequested(ReplyRequested reply) {
        BrandProfile profile = profiles.current(reply.brand()).profile();
        List<String> phrases = profile.preferredPhrases().stream().map(PreferredPhrase::phrase)
                .filter(p -> PhrasePatterns.of(p).matcher(reply.text()).find()).toList();
        List<String> attributes = profile.voice().stream()
                .filter(a -> PhrasePatterns.contains(reply.text(), a.cues()))
                .map(VoiceAttribute::name).toList();
        store.replySent(new SentReply(reply.replyId(), reply.caseId(), reply.conversationId(), reply.brand(),
                reply.agentId(), phrases, attributes, reply.requestedAt()));
    }

    public void casesChanged(List<CaseEvent> events) {
        store.casesChanged(events.stream().map(e -> new OutcomeStore.CaseChange(e.caseId(),
                e.status().isResolvedOrClosed(), e.csat())).toList());
    }

    public void customersPosted(List<TriagedPost> triaged) {
        store.customersPosted(triaged.stream().map(t -> new OutcomeStore.CustomerPost(t.post().conversationId(),
                t.post().createdAt(), t.sentiment().label())).toList());
    }
}
