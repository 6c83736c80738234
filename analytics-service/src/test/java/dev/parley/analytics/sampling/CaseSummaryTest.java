package dev.parley.analytics.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseSummaryTest {
    private static final Instant OPENED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aCasesEventsFoldIntoWhereItIsWhoHasItAndHowItWent() {
        CaseSummary summary = null;
        for (CaseEvent e : List.of(
                event("c1", CaseEventType.OPENED, CaseStatus.NEW, 0, SentimentLabel.NEGATIVE, null, "care", null),
                event("c1", CaseEventType.ASSIGNED, CaseStatus.OPEN, 60, null, "ana", "baggage", null),
                event("c1", CaseEventType.REPLY_REQUESTED, CaseStatus.PENDING_CUSTOMER, 600, null, "ana", "baggage",
                        null),
                event("c1", CaseEventType.ESCALATED, CaseStatus.ESCALATED, 900, null, "ana", "baggage", null),
                event("c1", CaseEventType.STATUS_CHANGED, CaseStatus.RESOLVED, 9000, null, "ana", "baggage", null),
                event("c1", CaseEventType.CSAT_ANSWERED, CaseStatus.RESOLVED, 9600, null, "ana", "baggage", 4))) {
            summary = CaseSummary.fold(summary, e);
        }

        SampleItem item = summary.toItem();

        assertThat(item.id()).isEqualTo("c1");
        assertThat(item.who()).isEqualTo("ana");
        assertThat(item.at()).isEqualTo(OPENED);
        assertThat(item.text()).isEqualTo("resolved after 2.5 h, 1 reply, escalated, CSAT 4");
        assertThat(item.dimensions()).containsEntry("team", "baggage").containsEntry("sentiment", "negative")
                .containsEntry("platform", "x").containsEntry("channel", "public");
    }

    @Test
    void casesAreStratifiedByTeamAndTheLoudestAreTheMostUrgent() {
        List<SampleItem> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String team = i % 3 == 0 ? "baggage" : "care";
            items.add(CaseSummary.fold(null, event("c" + i, CaseEventType.OPENED, CaseStatus.NEW, i,
                    SentimentLabel.NEUTRAL, null, team, null)).toItem());
        }
        Sampler stratified = new Sampler(Population.CASES, SamplingMethod.STRATIFIED, 30, "team", 3);
        Sampler loudest = new Sampler(Population.CASES, SamplingMethod.LOUDEST, 5, null, 3);
        items.forEach(stratified::offer);
        items.forEach(loudest::offer);

        Sample byTeam = stratified.sample();

        assertThat(byTeam.items().stream().filter(i -> i.dimensions().get("team").equals("baggage"))).hasSize(10);
        assertThat(byTeam.summary()).startsWith("30 of 300 cases (stratified)").endsWith("its mix matches all cases.");
        assertThat(loudest.sample().items()).extracting(SampleItem::loudness).containsExactly(299L, 298L, 297L, 296L,
                295L);
        assertThat(loudest.sample().summary()).contains("it shows the most urgent cases");
    }

    private static CaseEvent event(String caseId, CaseEventType type, CaseStatus status, int secondsLater,
            SentimentLabel sentiment, String agent, String team, Integer csat) {
        int priority = caseId.length() > 1 ? Integer.parseInt(caseId.substring(1)) : 0;
        return new CaseEvent(UUID.randomUUID().toString(), type, caseId, "x:" + caseId, "acme-air", Platform.X, status,
                priority, sentiment, null, null, OPENED.plusSeconds(secondsLater), null, null, csat, null, "public",
                OPENED, agent, team, "lost-luggage");
    }
}
