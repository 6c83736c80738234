package dev.parley.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One filled-in example of every event, as a producer would write it. */
final class EventSamples {
    static final Instant T = Instant.parse("2026-11-22T10:15:30.123Z");

    private EventSamples() {
    }

    static SocialPost socialPost() {
        return new SocialPost("x:1590000000000000001", "acme-air", Platform.X, "1590000000000000001",
                PostKind.PUBLIC_MENTION, new Author("42", "jane", "Jane Doe", 1200, false),
                "@AcmeAir my flight is delayed again", "en", T, T.plusSeconds(1), null,
                "x:1590000000000000001", "https://x.com/jane/status/1590000000000000001")
                .withEngagement(new Engagement(3, 1, 0)).withRawReference("parley.posts.raw/2@1041");
    }

    static Record sampleOf(EventType type) {
        return switch (type) {
            case RAW_POST -> new RawPost("x:1590000000000000001", "x-account-activity-tweet", Platform.X, "acme-air", T,
                    Map.of("id_str", "1590000000000000001", "text", "@AcmeAir my flight is delayed again"), Map.of());
            case SOCIAL_POST -> socialPost();
            case TRIAGED_POST -> new TriagedPost(socialPost(), new Sentiment(SentimentLabel.NEGATIVE, -0.6, 0.8),
                    new Priority(70, List.of("negative sentiment (+18)", "complaint (+10)")), "default-sentiment@3f2a9c1e", T,
                    new Feelings(List.of(new Feelings.FeelingScore(Feeling.FRUSTRATION, 0.6, List.of("again"))), false),
                    new Intent(IntentLabel.COMPLAINT, 0.9),
                    List.of(new TopicMatch("late-flight", 0.8, "keywords", List.of("delayed"))),
                    new DetectedLanguage("en", 1.0, "platform"), Screening.RELEVANT,
                    new Routing("flight-ops", List.of("language:en", "platform:x", "topic:late-flight"), "en"),
                    List.of(new Risk(RiskKind.MEDIA, "news")));
            case CASE_EVENT -> new CaseEvent("e1", CaseEventType.OPENED, "c1", "x:1", "acme-air", Platform.X,
                    CaseStatus.NEW, 70, SentimentLabel.NEGATIVE, "x:1", null, T, null, null, null, null, "public", T, "agent-7", "care", "lost-luggage");
            case REPLY_REQUESTED -> new ReplyRequested("r1", "c1", "x:1", "acme-air", Platform.X, "1", false,
                    "Sorry to hear that, Jane. We're on it.", "agent-7", "chk-1", T,
                    "jane", T.minusSeconds(600));
            case REPLY_STATUS -> new ReplyStatus("r1", "c1", "x:1", ReplyOutcome.FAILED, null, "rate limited", T);
            case BRAND_CHECK -> new BrandCheck("chk-1", "acme-air", "3", Verdict.BLOCK, 40,
                    List.of(new Violation("banned-phrase", Verdict.BLOCK, "'calm down' dismisses the customer",
                            0, 9, "I understand how frustrating this is")), T, "c1", "r1", "agent-7", "care", true);
            case KPI_SNAPSHOT -> new KpiSnapshot("post_volume", T, T.plusSeconds(60),
                    Map.of("brand", "acme-air", "platform", "x"), 12, T, 12L);
            case ALERT -> new Alert("a1", "volume_spike", AlertSeverity.CRITICAL, "Lost luggage complaints x5",
                    "120 posts in 10 minutes against 24 expected", Map.of("topic", "lost_luggage"), T);
            case IMPROVEMENT -> new Improvement("imp-1", "acme-air", "Saved reply with the bag tracing link",
                    "agents had to look the link up", T, List.of("first_response_time_p90", "csat"),
                    Map.of("team", "baggage"), "maria", T);
            case PERIOD_REPORT -> new PeriodReport("acme-air-2026-11-22-day", "acme-air", "day", T,
                    T.plusSeconds(86400), T.plusSeconds(108000), Map.of("post_volume", 812.0, "sla_compliance", 0.93),
                    Map.of("post_volume", 640.0, "sla_compliance", 0.95), List.of("post_volume"),
                    List.of("Lost-luggage posts up 45% day over day (p < 0.01): review the baggage tracing process"), 1,
                    "<!doctype html><title>acme-air: customer service report</title>");
            case TRIAGE_CORRECTION -> new TriageCorrection("x:1590000000000000001", "acme-air",
                    "@AcmeAir my flight is delayed again", TriageCorrection.CorrectedField.SENTIMENT, "neutral", "negative",
                    "default-sentiment@3f2a9c1e", "agent-7", T);
        };
    }
}
