package dev.parley.response.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import dev.parley.events.Author;
import dev.parley.events.CaseStatus;
import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.response.assignment.Agent;
import dev.parley.response.assignment.AgentRepository;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseIntake;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.CrisisAlerts;
import dev.parley.response.cases.EscalationLevel;
import dev.parley.response.cases.PrivateMoves;
import dev.parley.response.replies.Reply;
import dev.parley.response.replies.ReplyRepository;
import dev.parley.response.replies.ReplyState;
import dev.parley.response.sla.Deadline;
import dev.parley.response.sla.SlaTimers;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.SharedPostgres;
import dev.parley.testing.TopicReader;
import dev.parley.testing.TopicWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Triaged posts become cases in PostgreSQL; replies are held while brand voice is unreachable (here:
 * nothing listens on its port), never published unchecked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.brand-voice.url=http://127.0.0.1:9", "parley.brand-voice.timeout=500ms",
                "parley.response.outbox.relay-name=response-case-flow-test",
                "parley.response.pending-customer-resolve-after=3s", "parley.response.quiet-check-interval=500ms",
                "parley.response.sla.watch-every=300ms",
                "parley.response.sla.policies[0].name=test-urgent", "parley.response.sla.policies[0].min-priority=95",
                "parley.response.sla.policies[0].first-response=2s", "parley.response.sla.policies[0].next-response=2s",
                "parley.response.sla.policies[0].resolution=1h",
                "parley.response.sla.policies[0].on-breach=raise-priority,escalate,reassign",
                "parley.response.sla.policies[1].name=standard", "parley.response.sla.policies[1].first-response=1h",
                "parley.response.sla.policies[1].next-response=1h", "parley.response.sla.policies[1].resolution=48h",
                "parley.response.security.api-keys[0].name=case-flow-test",
                "parley.response.security.api-keys[0].key-sha256=2bf35de40dadb14d44516403948d7d605929314e67de44a942ef1631a7fb029d",
                "parley.response.security.api-keys[0].roles=admin"})
class CaseFlowTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReplyRepository replies;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate database;

    @Autowired
    AgentRepository agents;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CrisisAlerts crisisAlerts;

    @Autowired
    CaseIntake intake;

    @Autowired
    PrivateMoves privateMoves;

    @Autowired
    CaseRepository caseRepository;

    /** The service's clock, which a test can move forward: hours of SLA time pass in a moment. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the service runs in UTC");
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
        registry.add("spring.datasource.url", () -> SharedPostgres.jdbcUrl("response_case_flow"));
        registry.add("spring.datasource.username", SharedPostgres::user);
        registry.add("spring.datasource.password", SharedPostgres::user);
    }

    @Test
    void postsOfOneConversationFormOneCaseAndARedeliveryIsStoredOnce() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "p1", "neutral", 20);
        sendTriaged(conversation, "p1", "neutral", 20);
        sendTriaged(conversation, "p2", "negative", 65);

        JsonNode detail = awaitCase(conversation, 2);

        assertThat(detail.get("caseInfo").get("priority").asInt()).isEqualTo(65);
        assertThat(detail.get("caseInfo").get("sentiment").asString()).isEqualTo("negative");
        assertThat(detail.get("caseInfo").get("status").asString()).isEqualTo("new");
        assertThat(detail.get("posts")).hasSize(2);
        List<ConsumerRecord<String, String>> events = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.CASES.topicName(), r -> conversation.equals(r.key()), 3, Duration.ofSeconds(5));
        assertThat(events).extracting(r -> JSON.readTree(r.value()).get("type").asString())
                .containsExactly("opened", "post_added");
        assertThat(TopicReader.header(events.get(0), CloudEventHeaders.TYPE)).isEqualTo("dev.parley.case-event.v1");
    }

    @Test
    void analyzeKeepsStatisticsOnlyOfThePostColumnsQueriesLookUp() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "p1", "neutral", 20);
        awaitCase(conversation, 1);

        database.execute("ANALYZE case_posts");

        assertThat(database.queryForList("SELECT attname FROM pg_stats WHERE tablename = 'case_posts' ORDER BY attname",
                String.class)).containsExactly("case_id", "created_at", "post_id");
    }

    @Test
    void triagedPostsThatCannotBeFiledAreParkedWithTheReasonAndTheOthersAreFiled() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        String refused = "x:" + UUID.randomUUID();
        String unreadable = "not-a-triaged-post-" + UUID.randomUUID();
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.POSTS_TRIAGED.topicName(), conversation,
                "{\"post\":{\"postId\":\"" + unreadable + "\"}");
        // PostgreSQL refuses text with a NUL character: the case opened for it must roll back with it.
        sendTriaged(refused, "n1", "negative", 40, "null", "[]", "bag\\u0000");
        sendTriaged(conversation, "r1", "negative", 40);

        assertThat(awaitCase(conversation, 1).get("posts")).hasSize(1);
        String dlq = Topic.POSTS_TRIAGED.deadLetterTopicName().orElseThrow();
        List<ConsumerRecord<String, String>> parked = TopicReader.read(SharedKafka.bootstrapServers(), dlq,
                r -> r.value().contains(unreadable) || r.value().contains(refused), 2, Duration.ofSeconds(30));
        assertThat(parked).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(conversation, refused);
        assertThat(parked).allSatisfy(r -> {
            assertThat(TopicReader.header(r, "x-exception-message")).isNotBlank();
            assertThat(TopicReader.header(r, "x-original-topic")).isEqualTo(Topic.POSTS_TRIAGED.topicName());
        });
        assertThat(get("/api/v1/cases?limit=500").get("cases").findValuesAsString("conversationId"))
                .doesNotContain(refused);
        assertThat(TopicReader.read(SharedKafka.bootstrapServers(), dlq,
                r -> r.value().contains("r1-" + conversation), 1, Duration.ofSeconds(2)))
                .as("the good post is not parked").isEmpty();
    }

    @Test
    void aReplyIsHeldWhileBrandVoiceIsUnreachableAndNothingIsPublished() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "q1", "negative", 50);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();

        HttpResponse<String> response = post("/api/v1/cases/" + caseId + "/replies",
                "{\"agentId\":\"agent-1\",\"text\":\"We are looking into it.\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode reply = JSON.readTree(response.body()).get("reply");
        assertThat(reply.get("state").asString()).isEqualTo("held");
        assertThat(reply.get("reason").asString()).startsWith("brand check unavailable");
        assertThat(get("/api/v1/cases/" + caseId).get("replies").get(0).get("state").asString()).isEqualTo("held");
        String replyId = reply.get("replyId").asString();
        assertThat(TopicReader.read(SharedKafka.bootstrapServers(), Topic.REPLIES_OUTBOUND.topicName(),
                r -> r.value().contains(replyId), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void anAgentsCorrectionOfTriageIsKeptWithThePostAndPublishedForTriage() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "k1", "neutral", 30);
        JsonNode detail = awaitCase(conversation, 1);
        String caseId = detail.get("caseInfo").get("caseId").asString();
        JsonNode post = detail.get("posts").get(0);
        String postId = post.get("postId").asString();
        assertThat(post.get("intent").asString()).isEqualTo("question");
        assertThat(post.get("topics").get(0).asString()).isEqualTo("lost-luggage");

        HttpResponse<String> corrected = post("/api/v1/cases/" + caseId + "/posts/" + postId + "/corrections",
                "{\"agentId\":\"agent-7\",\"field\":\"sentiment\",\"value\":\"negative\"}");
        HttpResponse<String> badValue = post("/api/v1/cases/" + caseId + "/posts/" + postId + "/corrections",
                "{\"agentId\":\"agent-7\",\"field\":\"intent\",\"value\":\"rant\"}");
        HttpResponse<String> noPost = post("/api/v1/cases/" + caseId + "/posts/x:nope/corrections",
                "{\"agentId\":\"agent-7\",\"field\":\"topic\",\"value\":\"none\"}");

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(badValue.body()).contains("'rant' is not one of [complaint, question");
        assertThat(noPost.statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/cases/" + caseId).get("posts").get(0).get("corrections").get("sentiment").asString())
                .isEqualTo("negative");
        List<ConsumerRecord<String, String>> feedback = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.TRIAGE_FEEDBACK.topicName(), r -> (postId + "|sentiment").equals(r.key()), 1, Duration.ofSeconds(10));
        assertThat(feedback).hasSize(1);
        JsonNode correction = JSON.readTree(feedback.get(0).value());
        assertThat(correction.get("modelValue").asString()).isEqualTo("neutral");
        assertThat(correction.get("agentValue").asString()).isEqualTo("negative");
        assertThat(correction.get("model").asString()).isEqualTo("default-sentiment@1");
        assertThat(TopicReader.header(feedback.get(0), CloudEventHeaders.TYPE)).isEqualTo("dev.parley.triage-correction.v1");
    }

    @Test
    void aCaseGoesThroughEveryStatusAndAClosedConversationGetsAFollowUp() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "l1", "negative", 50);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();

        HttpResponse<String> tooEarly = changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"resolved\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("the customer's message is the last one");

        String first = requestedReply(caseId);
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"pending_customer\"}").statusCode())
                .isEqualTo(200);
        sendReplyStatus(conversation, caseId, first, "failed", null, "rate limited by X");
        awaitStatus(caseId, "open");
        JsonNode failed = get("/api/v1/cases/" + caseId).get("replies").get(0);
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("reason").asString()).isEqualTo("rate limited by X");
        assertThat(caseEventTypes(conversation, 3)).containsSubsequence("opened", "status_changed", "reply_failed");
        HttpResponse<String> retried = post("/api/v1/cases/" + caseId + "/replies/" + first + "/retry",
                "{\"agentId\":\"a1\"}");
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(retried.body()).get("reply").get("text").asString()).isEqualTo("We are on it.");

        String second = requestedReply(caseId);
        sendReplyStatus(conversation, caseId, second, "sent", "1599", null);
        awaitReplyState(caseId, second, "sent");
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"resolved\"}").statusCode()).isEqualTo(200);

        sendTriaged(conversation, "l2", "neutral", 20);
        awaitStatus(caseId, "open");
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"resolved\",\"customerConfirmed\":true}")
                .statusCode()).isEqualTo(200);
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"closed\"}").statusCode()).isEqualTo(200);
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"open\"}").statusCode()).isEqualTo(409);

        sendTriaged(conversation, "l3", "negative", 40);
        JsonNode followUp = awaitFollowUp(conversation, caseId);
        assertThat(followUp.get("status").asString()).isEqualTo("new");
        assertThat(get("/api/v1/cases/" + caseId).get("caseInfo").get("status").asString()).isEqualTo("closed");
    }

    @Test
    void aCaseWaitingForTheCustomerTooLongResolvesItself() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "w1", "negative", 50);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();
        requestedReply(caseId);
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"pending_customer\"}").statusCode())
                .isEqualTo(200);

        awaitStatus(caseId, "resolved");
        List<ConsumerRecord<String, String>> events = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.CASES.topicName(), r -> conversation.equals(r.key()) && r.value().contains("\"resolved\""), 1,
                Duration.ofSeconds(10));
        assertThat(JSON.readTree(events.get(0).value()).get("reason").asString())
                .isEqualTo("no answer from the customer for PT3S");
    }

    @Test
    void aBreachedFirstResponseIsAnnouncedRaisesThePriorityAndEscalates() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "s1", "negative", 96);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();

        awaitStatus(caseId, "escalated");
        JsonNode detail = get("/api/v1/cases/" + caseId);
        assertThat(detail.get("caseInfo").get("priority").asInt()).isEqualTo(100);
        assertThat(detail.get("sla").get("policy").asString()).isEqualTo("test-urgent");
        JsonNode firstResponse = detail.get("sla").get("clocks").get(0);
        assertThat(firstResponse.get("clock").asString()).isEqualTo("first_response");
        assertThat(firstResponse.get("standing").asString()).isEqualTo("breached");
        assertThat(firstResponse.get("secondsRemaining").asLong()).isNegative();
        assertThat(detail.get("caseInfo").get("escalation").asString()).isEqualTo("tier_2");
        assertThat(detail.get("escalations").get(0).get("reason").asString()).startsWith("SLA breached: first_response due");
        assertThat(caseEventTypes(conversation, 4)).containsExactly("opened", "sla_near_breach", "escalated", "sla_breached");
        assertThat(get("/api/v1/cases?sla=breached&limit=500").get("cases").valueStream()
                .map(c -> c.get("caseId").asString())).contains(caseId);
        assertThat(get("/api/v1/cases?sla=ok&limit=500").get("cases").valueStream()
                .map(c -> c.get("caseId").asString())).doesNotContain(caseId);
    }

    @Test
    void casesGoToAQualifiedAgentAndASecondAgentMustTakeOverToAnswer() throws Exception {
        String team = "baggage-" + UUID.randomUUID();
        putAgent("ana-" + team, team, "[\"language:es\", \"platform:*\"]", true);
        putAgent("ben-" + team, team, "[\"language:en\", \"platform:*\"]", true);
        putAgent("cy-" + team, team, "[\"language:*\", \"platform:*\"]", false);
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "a1", "negative", 40, """
                {"team":"%s","skills":["language:es","platform:x","topic:lost-luggage"],"language":"es"}""".formatted(team));

        JsonNode detail = awaitCase(conversation, 1);
        String caseId = detail.get("caseInfo").get("caseId").asString();
        assertThat(detail.get("caseInfo").get("assignee").asString()).isEqualTo("ana-" + team);
        assertThat(detail.get("caseInfo").get("team").asString()).isEqualTo(team);

        HttpResponse<String> refused = post("/api/v1/cases/" + caseId + "/replies",
                "{\"agentId\":\"ben-" + team + "\",\"text\":\"Hola, lo miramos.\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("holder").asString()).isEqualTo("ana-" + team);

        assertThat(post("/api/v1/cases/" + caseId + "/presence",
                "{\"agentId\":\"ana-" + team + "\",\"activity\":\"drafting\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> others = post("/api/v1/cases/" + caseId + "/presence",
                "{\"agentId\":\"ben-" + team + "\",\"activity\":\"viewing\"}");
        assertThat(JSON.readTree(others.body()).get(0).get("agentId").asString()).isEqualTo("ana-" + team);

        HttpResponse<String> takenOver = post("/api/v1/cases/" + caseId + "/replies",
                "{\"agentId\":\"ben-" + team + "\",\"text\":\"Hola, lo miramos.\",\"takeOver\":true}");
        assertThat(takenOver.statusCode()).as(takenOver.body()).isEqualTo(202);
        JsonNode after = get("/api/v1/cases/" + caseId);
        assertThat(after.get("caseInfo").get("assignee").asString()).isEqualTo("ben-" + team);
        JsonNode handover = after.get("notes").get(0);
        assertThat(handover.get("kind").asString()).isEqualTo("handover");
        assertThat(handover.get("text").asString()).startsWith("Customer asked: \"where is my bag\"");

        HttpResponse<String> reassigned = post("/api/v1/cases/" + caseId + "/assign",
                "{\"supervisorId\":\"sue\",\"agentId\":\"ana-" + team + "\",\"handover\":\"Refund promised\"}");
        assertThat(reassigned.statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases/" + caseId).get("notes").get(1).get("text").asString()).isEqualTo("Refund promised");
        assertThat(caseEventTypes(conversation, 5)).containsExactly("opened", "assigned", "assigned", "reply_held", "assigned");
    }

    @Test
    void anUnassignedCaseIsClaimedOnceAndNotesStayInternal() throws Exception {
        String team = "nobody-" + UUID.randomUUID();
        putAgent("dee-" + team, "elsewhere-" + team, "[]", true);
        putAgent("eve-" + team, "elsewhere-" + team, "[]", true);
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "c1", "neutral", 20, "{\"team\":\"" + team + "\",\"skills\":[],\"language\":\"en\"}");
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();

        assertThat(post("/api/v1/cases/" + caseId + "/claim", "{\"agentId\":\"dee-" + team + "\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> second = post("/api/v1/cases/" + caseId + "/claim", "{\"agentId\":\"eve-" + team + "\"}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("is assigned to dee-" + team);
        assertThat(post("/api/v1/cases/" + caseId + "/notes",
                "{\"agentId\":\"dee-" + team + "\",\"text\":\"VIP, be gentle\"}").statusCode()).isEqualTo(201);
        assertThat(get("/api/v1/cases/" + caseId).get("notes").get(0).get("text").asString()).isEqualTo("VIP, be gentle");
        assertThat(caseEventTypes(conversation, 3)).containsExactly("opened", "assigned", "note_added");
        assertThat(get("/api/v1/agents").valueStream()
                .filter(a -> a.get("agent").get("agentId").asString().equals("dee-" + team))
                .map(a -> a.get("openCases").asInt())).containsExactly(1);
    }

    @Test
    void riskyPostsEscalateByRuleAndAgentsEscalateByHandNeverLower() throws Exception {
        String legal = "x:" + UUID.randomUUID();
        sendTriaged(legal, "e1", "negative", 70, "null", "[{\"kind\":\"legal\",\"term\":\"lawyer\"}]");
        String legalCase = awaitCase(legal, 1).get("caseInfo").get("caseId").asString();
        awaitStatus(legalCase, "escalated");
        JsonNode detail = get("/api/v1/cases/" + legalCase);
        assertThat(detail.get("caseInfo").get("escalation").asString()).isEqualTo("legal");
        assertThat(detail.get("escalations").get(0).get("by").asString()).isEqualTo("rule");

        HttpResponse<String> lower = post("/api/v1/cases/" + legalCase + "/escalate",
                "{\"agentId\":\"a1\",\"level\":\"tier_2\",\"reason\":\"second opinion\"}");
        assertThat(JSON.readTree(lower.body()).get("escalation").asString()).isEqualTo("legal");

        String plain = "x:" + UUID.randomUUID();
        sendTriaged(plain, "e2", "negative", 40);
        String plainCase = awaitCase(plain, 1).get("caseInfo").get("caseId").asString();
        HttpResponse<String> byHand = post("/api/v1/cases/" + plainCase + "/escalate",
                "{\"agentId\":\"a1\",\"level\":\"crisis\",\"reason\":\"trending on X\"}");
        assertThat(byHand.statusCode()).isEqualTo(200);
        JsonNode escalated = get("/api/v1/cases/" + plainCase);
        assertThat(escalated.get("caseInfo").get("status").asString()).isEqualTo("escalated");
        assertThat(escalated.get("escalations").get(0).get("reason").asString()).isEqualTo("trending on X");
        assertThat(post("/api/v1/cases/" + plainCase + "/escalate",
                "{\"agentId\":\"a1\",\"level\":\"board\",\"reason\":\"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void savedRepliesAreSearchedSuggestedForTheCaseAndFilled() throws Exception {
        String tag = "bags-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post("/api/v1/saved-replies", """
                {"title":"Tracing a bag %1$s","body":"Hi {{customer_name}}, we are tracing the bag for booking {{booking_reference}}. {{agent_name}}",
                 "variants":{"x":"{{customer_handle}} tracing booking {{booking_reference}} now"},
                 "tags":["%1$s"],"intents":["question"],"topics":["lost-luggage"]}""".formatted(tag));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String savedReplyId = JSON.readTree(created.body()).get("savedReplyId").asString();
        assertThat(post("/api/v1/saved-replies", "{\"title\":\"x\",\"body\":\"Hi {{Name}}\"}").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/saved-replies?q=tracing+bag&tag=" + tag).valueStream()
                .map(r -> r.get("savedReplyId").asString())).containsExactly(savedReplyId);

        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "v1", "negative", 30);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();
        JsonNode suggested = get("/api/v1/cases/" + caseId + "/suggestions").valueStream()
                .filter(s -> savedReplyId.equals(s.get("savedReplyId").asString(null))).findFirst().orElseThrow();
        assertThat(suggested.get("text").asString()).isEqualTo("@jo tracing booking {{booking_reference}} now");
        assertThat(suggested.get("missing").get(0).asString()).isEqualTo("booking_reference");
        assertThat(suggested.get("why").asString()).isEqualTo("answers question, about lost-luggage");

        HttpResponse<String> missing = post("/api/v1/cases/" + caseId + "/saved-replies/" + savedReplyId + "/render", "{}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(missing.body()).get("missing").get(0).asString()).isEqualTo("booking_reference");
        HttpResponse<String> rendered = post("/api/v1/cases/" + caseId + "/saved-replies/" + savedReplyId + "/render",
                "{\"values\":{\"booking_reference\":\"QX7P2L\"}}");
        assertThat(JSON.readTree(rendered.body()).get("text").asString()).isEqualTo("@jo tracing booking QX7P2L now");
    }

    @Test
    void aSupervisorApprovesOrRejectsRepliesWaitingForApproval() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "p1", "negative", 50);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();
        String approved = pendingReply(caseId);
        String rejected = pendingReply(caseId);

        HttpResponse<String> approval = post("/api/v1/cases/" + caseId + "/replies/" + approved + "/approve",
                "{\"supervisorId\":\"sue\"}");
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(200);
        assertThat(JSON.readTree(approval.body()).get("state").asString()).isEqualTo("requested");
        assertThat(TopicReader.read(SharedKafka.bootstrapServers(), Topic.REPLIES_OUTBOUND.topicName(),
                r -> r.value().contains(approved), 1, Duration.ofSeconds(10))).hasSize(1);
        HttpResponse<String> rejection = post("/api/v1/cases/" + caseId + "/replies/" + rejected + "/reject",
                "{\"supervisorId\":\"sue\",\"reason\":\"too informal\"}");
        assertThat(JSON.readTree(rejection.body()).get("reason").asString()).isEqualTo("rejected by sue: too informal");
        assertThat(post("/api/v1/cases/" + caseId + "/replies/" + approved + "/approve", "{\"supervisorId\":\"sue\"}")
                .statusCode()).isEqualTo(409);
        assertThat(TopicReader.read(SharedKafka.bootstrapServers(), Topic.REPLIES_OUTBOUND.topicName(),
                r -> r.value().contains(rejected), 1, Duration.ofSeconds(2))).isEmpty();

        assertThat(HTTP.send(authorized(uri("/api/v1/settings/crisis-mode")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"on\":true}")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/settings/crisis-mode").get("on").asBoolean()).isTrue();
        HTTP.send(authorized(uri("/api/v1/settings/crisis-mode")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"on\":false}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aResolvedCaseSendsASurveyAndTheCustomersScoreIsKeptWithoutReopeningIt() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "q1", "negative", 40);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();
        requestedReply(caseId);
        assertThat(changeStatus(caseId, "{\"agentId\":\"a1\",\"status\":\"resolved\"}").statusCode()).isEqualTo(200);

        List<ConsumerRecord<String, String>> survey = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.REPLIES_OUTBOUND.topicName(), r -> conversation.equals(r.key()) && r.value().contains("parley-survey"),
                1, Duration.ofSeconds(10));
        assertThat(survey).hasSize(1);
        JsonNode surveyReply = JSON.readTree(survey.get(0).value());
        assertThat(surveyReply.get("text").asString()).startsWith("Thanks, jo! How did we do?");
        assertThat(surveyReply.get("checkId").asString()).isEqualTo("template:csat-survey");

        sendTriaged(conversation, "q2", "positive", 10, "null", "[]", "@AcmeAir 5 and 10");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/v1/cases/" + caseId).get("csat").get("answer").get("score").asInt()).isEqualTo(5));
        JsonNode detail = get("/api/v1/cases/" + caseId);
        assertThat(detail.get("csat").get("answer").get("nps").asInt()).isEqualTo(10);
        assertThat(detail.get("caseInfo").get("status").asString()).isEqualTo("resolved");
        assertThat(caseEventTypes(conversation, 6)).containsSubsequence("status_changed", "csat_sent", "csat_answered");
    }

    @Test
    void accountDetailsWaitForPrivateMessagesWhereTheCaseContinues() throws Exception {
        String customer = "c-" + UUID.randomUUID();
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "m1", "negative", 40, "null", "[]", "my bag is lost", "public_mention", customer);
        String publicCase = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();
        putAgent("a1", "care-" + customer, "[]", false);
        assertThat(post("/api/v1/cases/" + publicCase + "/claim", "{\"agentId\":\"a1\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> leak = post("/api/v1/cases/" + publicCase + "/replies",
                "{\"agentId\":\"a1\",\"text\":\"Your booking reference QX7P2L is rebooked\"}");
        assertThat(leak.statusCode()).isEqualTo(422);
        assertThat(leak.body()).contains("account details [booking or order reference]");
        HttpResponse<String> invited = post("/api/v1/cases/" + publicCase + "/move-to-private", "{\"agentId\":\"a1\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(202);
        assertThat(JSON.readTree(invited.body()).get("reply").get("text").asString())
                .startsWith("We'd like to look into this with you privately");

        String dm = "x:dm-" + UUID.randomUUID();
        sendTriaged(dm, "m2", "neutral", 30, "null", "[]", "here are my details", "direct_message", customer);
        JsonNode privateCase = awaitCase(dm, 1).get("caseInfo");
        assertThat(privateCase.get("channel").asString()).isEqualTo("private");
        assertThat(privateCase.get("assignee").asString()).isEqualTo("a1");
        awaitStatus(publicCase, "resolved");
        assertThat(caseEventTypes(conversation, 3)).contains("continued_in_private");
    }

    @Test
    void aBreachReassignsTheCaseToAnotherQualifiedAgentWithAHandover() throws Exception {
        String team = "urgent-" + UUID.randomUUID();
        putAgent("uma-" + team, team, "[]", true);
        putAgent("vic-" + team, team, "[]", true);
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "r1", "negative", 96, "{\"team\":\"" + team + "\",\"skills\":[],\"language\":\"en\"}");
        JsonNode opened = awaitCase(conversation, 1).get("caseInfo");
        String caseId = opened.get("caseId").asString();
        String first = opened.get("assignee").asString();
        assertThat(first).endsWith(team);

        awaitStatus(caseId, "escalated");
        JsonNode after = get("/api/v1/cases/" + caseId);
        assertThat(after.get("caseInfo").get("assignee").asString()).isNotEqualTo(first).endsWith(team);
        assertThat(after.get("notes").get(0).get("author").asString()).isEqualTo("rule");
        assertThat(after.get("notes").get(0).get("text").asString()).startsWith("Customer asked: \"where is my bag\"");
    }

    @Test
    void aCriticalAlertAboutATopicEscalatesItsLiveCasesToTheCrisisTeam() throws Exception {
        String topic = "strike-" + UUID.randomUUID().toString().substring(0, 8);
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "k1", "negative", 40,
                "{\"team\":null,\"skills\":[\"topic:" + topic + "\"],\"language\":\"en\"}");
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();

        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.ANALYTICS_ALERTS.topicName(), "a-" + topic, """
                {"alertId":"a-%1$s","type":"volume_spike","severity":"critical","title":"Complaints about %1$s x8",
                 "detail":"80 posts in 10 minutes against 10 expected","dimensions":{"topic":"%1$s"},"raisedAt":"%2$s"}"""
                .formatted(topic, Instant.now()));

        awaitStatus(caseId, "escalated");
        JsonNode escalated = get("/api/v1/cases/" + caseId);
        assertThat(escalated.get("caseInfo").get("escalation").asString()).isEqualTo("crisis");
        assertThat(escalated.get("escalations").get(0).get("reason").asString())
                .isEqualTo("crisis alert a-" + topic + ": Complaints about " + topic + " x8");
    }

    @Test
    void withinATransactionAgentsAreReadOnceWithItsOwnAssignmentsApplied() {
        agents.save(new Agent("snapshot-a", "A", Set.of("snapshot-team"), Set.of(), 5, true, null, false));
        Instant assignedAt = Instant.parse("2026-11-23T10:00:00Z");

        transactions.executeWithoutResult(status -> {
            assertThat(agents.all()).extracting(Agent::agentId).contains("snapshot-a").doesNotContain("snapshot-b");
            database.update("INSERT INTO agents (agent_id, name, teams, skills, max_open, available, "
                    + "replies_need_approval, updated_at) VALUES ('snapshot-b', 'B', '{snapshot-team}', '{}', 5, true, "
                    + "false, now())");
            agents.markAssigned("snapshot-a", assignedAt);

            assertThat(agents.all()).extracting(Agent::agentId).doesNotContain("snapshot-b");
            assertThat(agents.all()).filteredOn(a -> a.agentId().equals("snapshot-a")).singleElement()
                    .extracting(Agent::lastAssignedAt).isEqualTo(assignedAt);
        });

        assertThat(agents.all()).extracting(Agent::agentId).contains("snapshot-a", "snapshot-b");
        assertThat(agents.find("snapshot-a")).get().extracting(Agent::lastAssignedAt).isEqualTo(assignedAt);
    }

    @Test
    void aPollFiledInOneTransactionLeavesWhatFilingItAPostAtATimeWould() {
        String live = "x:" + UUID.randomUUID();
        String fresh = "x:" + UUID.randomUUID();
        String closed = "x:" + UUID.randomUUID();
        String redelivered = "x:" + UUID.randomUUID();
        String movedToPrivate = "x:" + UUID.randomUUID();
        String privateMessages = "x:dm-" + UUID.randomUUID();
        String customer = "c-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> intake.acceptAll(List.of(triaged(live, "l0", PostKind.PUBLIC_MENTION,
                "c1"), triaged(closed, "c0", PostKind.PUBLIC_MENTION, "c1"), triaged(redelivered, "r0",
                PostKind.PUBLIC_MENTION, "c1"), triaged(movedToPrivate, "m0", PostKind.PUBLIC_MENTION, customer))));
        database.update("UPDATE cases SET status = 'closed' WHERE conversation_id IN (?, ?)", closed, redelivered);
        privateMoves.invited(caseIdsOf(movedToPrivate).get(0), "acme-air", Platform.X, customer, Instant.now());

        // The private message resolves the public case, whose conversation speaks again later in the same poll.
        transactions.executeWithoutResult(status -> intake.acceptAll(List.of(
                triaged(live, "l1", PostKind.PUBLIC_MENTION, "c1"), triaged(fresh, "f1", PostKind.PUBLIC_MENTION, "c1"),
                triaged(fresh, "f2", PostKind.PUBLIC_MENTION, "c1"), triaged(fresh, "f1", PostKind.PUBLIC_MENTION, "c1"),
                triaged(closed, "c1", PostKind.PUBLIC_MENTION, "c1"),
                triaged(redelivered, "r0", PostKind.PUBLIC_MENTION, "c1"),
                triaged(privateMessages, "d1", PostKind.DIRECT_MESSAGE, customer),
                triaged(movedToPrivate, "m1", PostKind.PUBLIC_MENTION, customer))));

        assertThat(postsByCase(live)).containsExactly("l0,l1");
        assertThat(postsByCase(fresh)).containsExactly("f1,f2");
        assertThat(postsByCase(closed)).containsExactly("c0", "c1");
        assertThat(database.queryForObject("SELECT count(*) FROM cases WHERE conversation_id = ? AND follow_up_of = ?",
                Long.class, closed, UUID.fromString(caseIdsOf(closed).get(0)))).isEqualTo(1);
        assertThat(postsByCase(redelivered)).containsExactly("r0");
        assertThat(postsByCase(movedToPrivate)).containsExactly("m0,m1");
        assertThat(database.queryForObject("SELECT status FROM cases WHERE conversation_id = ?", String.class,
                movedToPrivate)).isEqualTo("open"); // resolved by the private case, reopened by m1
    }

    @Test
    void aTransactionsNewCasesAreInsertedTogetherBeforeItsNextStatementAndNotAtAllWhenItRollsBack() {
        Case first = newCase("x:" + UUID.randomUUID());
        Case second = newCase("x:" + UUID.randomUUID());
        Case third = newCase("x:" + UUID.randomUUID());
        Case fourth = newCase("x:" + UUID.randomUUID());
        transactions.executeWithoutResult(status -> {
            caseRepository.open(first, triaged(first.conversationId(), "a0", PostKind.PUBLIC_MENTION, "c1"));
            caseRepository.open(second, triaged(second.conversationId(), "b0", PostKind.PUBLIC_MENTION, "c2"));
            // The JdbcTemplate bypasses the repositories' client: what it sees is what is inserted so far.
            assertThat(caseIdsOf(first.conversationId())).as("gathered, not inserted yet").isEmpty();

            assertThat(caseRepository.find(first.caseId())).as("seen by the transaction's next statement").isPresent();
            assertThat(caseIdsOf(second.conversationId())).hasSize(1);
            caseRepository.open(third, triaged(third.conversationId(), "c0", PostKind.PUBLIC_MENTION, "c3"));
            caseRepository.update(third.withAssignee("agent-of-third", third.createdAt()));
            caseRepository.open(fourth, triaged(fourth.conversationId(), "d0", PostKind.PUBLIC_MENTION, "c4"));
        });
        assertThat(postsByCase(first.conversationId())).containsExactly("a0");
        assertThat(postsByCase(second.conversationId())).containsExactly("b0");
        assertThat(postsByCase(third.conversationId())).as("inserted before the update").containsExactly("c0");
        assertThat(database.queryForObject("SELECT assignee FROM cases WHERE case_id = ?", String.class,
                UUID.fromString(third.caseId()))).isEqualTo("agent-of-third");
        assertThat(postsByCase(fourth.conversationId())).as("inserted at the commit").containsExactly("d0");

        Case rolledBack = newCase("x:" + UUID.randomUUID());
        transactions.executeWithoutResult(status -> {
            caseRepository.open(rolledBack, triaged(rolledBack.conversationId(), "r0", PostKind.PUBLIC_MENTION, "c5"));
            status.setRollbackOnly();
        });
        assertThat(caseIdsOf(rolledBack.conversationId())).isEmpty();
        assertThat(database.queryForObject("SELECT count(*) FROM case_posts WHERE post_id = ?", Long.class,
                "x:" + rolledBack.conversationId() + "-r0")).isZero();
    }

    @Test
    void scheduledWorkSkipsTheCasesAnotherReplicasTransactionHolds() throws Exception {
        // Due an hour from now: the application's own schedules, which look at the present, leave them alone.
        Instant later = Instant.now().plus(Duration.ofHours(1));
        Case breaching = newCase("x:" + UUID.randomUUID())
                .withSla(new SlaTimers("standard", new Deadline(later, later), null, null, null, Set.of()));
        Case quiet = newCase("x:" + UUID.randomUUID()).withStatus(CaseStatus.PENDING_CUSTOMER, Instant.now());
        caseRepository.open(breaching, triaged(breaching.conversationId(), "s0", PostKind.PUBLIC_MENTION, "c6"));
        caseRepository.open(quiet, triaged(quiet.conversationId(), "q0", PostKind.PUBLIC_MENTION, "c7"));
        List<String> ours = List.of(breaching.caseId(), quiet.caseId());
        Instant watchedAt = later.plusSeconds(1);
        Supplier<List<String>> scheduledWork = () -> Stream.concat(
                        caseRepository.slaWarningsDue(watchedAt, 100_000).stream(),
                        caseRepository.pendingSince(watchedAt, 100_000).stream())
                .map(Case::caseId).toList();

        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> first = otherReplica.submit(() -> transactions.execute(status -> {
                List<String> taking = scheduledWork.get();
                taken.countDown();
                Awaitility.await().until(() -> finish.getCount() == 0);
                return taking;
            }));
            assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
            List<String> second = transactions.execute(status -> scheduledWork.get());
            finish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).containsAll(ours);
            assertThat(second).as("held by the other transaction").doesNotContainAnyElementsOf(ours);
        } finally {
            otherReplica.shutdownNow();
        }
        List<String> afterwards = transactions.execute(status -> scheduledWork.get());
        assertThat(afterwards).as("free once it ended").containsAll(ours);
    }

    @Test
    void aPostFiledWhileAnAgentChangesItsCaseWaitsAndKeepsTheAgentsChange() throws Exception {
        Case open = newCase("x:" + UUID.randomUUID());
        caseRepository.open(open, triaged(open.conversationId(), "t0", PostKind.PUBLIC_MENTION, "c8"));
        whileAnAgentTagsTheCase(open.caseId(), () -> transactions.execute(status -> {
            intake.acceptAll(List.of(triaged(open.conversationId(), "t1", PostKind.PUBLIC_MENTION, "c8")));
            return null;
        }));
        assertThat(caseRepository.find(open.caseId()).orElseThrow().tags()).as("the agent's change, kept")
                .containsExactly("vip");
        assertThat(postsByCase(open.conversationId())).containsExactly("t0,t1");
    }

    @Test
    void aCrisisAlertWaitsForAnAgentChangingOneOfItsCasesAndKeepsTheAgentsChange() throws Exception {
        String topic = "crisis-" + UUID.randomUUID();
        Case plain = newCase("x:" + UUID.randomUUID());
        Case open = new Case(plain.caseId(), plain.conversationId(), plain.brand(), plain.platform(), plain.channel(),
                plain.status(), plain.priority(), plain.sentiment(), null, plain.createdAt(), plain.updatedAt(), null,
                plain.sla(), null, Set.of("topic:" + topic), null, Set.of());
        caseRepository.open(open, triaged(open.conversationId(), "k0", PostKind.PUBLIC_MENTION, "c9"));
        String caseId = open.caseId();
        Alert crisis = new Alert(UUID.randomUUID().toString(), "crisis", AlertSeverity.CRITICAL, "crisis", "test",
                Map.of("brand", "acme-air", "topic", topic), Instant.now());
        Integer escalated = whileAnAgentTagsTheCase(caseId,
                () -> transactions.execute(status -> crisisAlerts.apply(crisis)));
        assertThat(escalated).isEqualTo(1);
        Case after = caseRepository.find(caseId).orElseThrow();
        assertThat(after.tags()).as("the agent's change, kept").containsExactly("vip");
        assertThat(after.escalation()).isEqualTo(EscalationLevel.CRISIS);
    }

    /**
     * Runs {@code other} while an agent's transaction holds the case, tagged {@code vip} and not committed yet; checks
     * that {@code other} waits for it.
     */
    private <T> T whileAnAgentTagsTheCase(String caseId, Callable<T> other) throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService agentAndOther = Executors.newFixedThreadPool(2);
        try {
            Future<?> tagging = agentAndOther.submit(() -> transactions.executeWithoutResult(status -> {
                Case current = caseRepository.findForChange(caseId).orElseThrow();
                caseRepository.update(current.withTags(Set.of("vip"), Instant.now()));
                changed.countDown();
                Awaitility.await().until(() -> finish.getCount() == 0);
            }));
            assertThat(changed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<T> waiting = agentAndOther.submit(other);
            Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .until(() -> !waiting.isDone());
            finish.countDown();
            tagging.get(30, TimeUnit.SECONDS);
            return waiting.get(30, TimeUnit.SECONDS);
        } finally {
            agentAndOther.shutdownNow();
        }
    }

    private static Case newCase(String conversation) {
        Instant now = Instant.now();
        return new Case(UUID.randomUUID().toString(), conversation, "acme-air", Platform.X, "public", CaseStatus.NEW, 40,
                SentimentLabel.NEGATIVE, null, now, now, null, new SlaTimers("standard", null, null, null, null, Set.of()),
                null, Set.of(), null, Set.of());
    }

    private List<String> caseIdsOf(String conversation) {
        return database.queryForList("SELECT case_id::text FROM cases WHERE conversation_id = ? ORDER BY created_at",
                String.class, conversation);
    }

    /** Each case's posts (external ids, comma-separated), oldest case first. */
    private List<String> postsByCase(String conversation) {
        return database.queryForList("""
                SELECT string_agg(p.external_id, ',' ORDER BY p.created_at, p.external_id) FROM cases c
                JOIN case_posts p ON p.case_id = c.case_id WHERE c.conversation_id = ?
                GROUP BY c.case_id, c.created_at ORDER BY c.created_at""", String.class, conversation);
    }

    private static TriagedPost triaged(String conversation, String externalId, PostKind kind, String authorId) {
        Instant now = Instant.now();
        return new TriagedPost(new SocialPost("x:" + conversation + "-" + externalId, "acme-air", Platform.X, externalId,
                kind, new Author(authorId, "jo", null, 3, false), "where is my bag", "en", now, now, null, conversation,
                null), new Sentiment(SentimentLabel.NEGATIVE, -0.5, 0.7), new Priority(40, List.of("test")),
                "default-sentiment@1", now, null, null, null, null, null, null, null);
    }

    @Test
    void theInboxFiltersByAssigneeTeamAndTagAndSorts() throws Exception {
        String team = "inbox-" + UUID.randomUUID();
        putAgent("wen-" + team, "other-" + team, "[]", true);
        String first = "x:" + UUID.randomUUID();
        String second = "x:" + UUID.randomUUID();
        sendTriaged(first, "i1", "negative", 30, "{\"team\":\"" + team + "\",\"skills\":[],\"language\":\"en\"}");
        String firstCase = awaitCase(first, 1).get("caseInfo").get("caseId").asString();
        sendTriaged(second, "i2", "negative", 60, "{\"team\":\"" + team + "\",\"skills\":[],\"language\":\"en\"}");
        String secondCase = awaitCase(second, 1).get("caseInfo").get("caseId").asString();

        JsonNode tagged = JSON.readTree(post("/api/v1/cases/" + firstCase + "/tags",
                "{\"agentId\":\"wen-" + team + "\",\"add\":[\"vip\",\"refund\"]}").body());
        assertThat(tagged.get("tags").valueStream().map(JsonNode::asString)).containsExactly("refund", "vip");
        assertThat(caseEventTypes(first, 2)).containsExactly("opened", "tagged");
        post("/api/v1/cases/" + secondCase + "/claim", "{\"agentId\":\"wen-" + team + "\"}");

        assertThat(caseIds("/api/v1/cases?team=" + team)).containsExactly(secondCase, firstCase);
        assertThat(caseIds("/api/v1/cases?team=" + team + "&sort=oldest")).containsExactly(firstCase, secondCase);
        assertThat(caseIds("/api/v1/cases?team=" + team + "&tag=vip")).containsExactly(firstCase);
        assertThat(caseIds("/api/v1/cases?team=" + team + "&assignee=wen-" + team)).containsExactly(secondCase);
        assertThat(caseIds("/api/v1/cases?team=" + team + "&assignee=none")).containsExactly(firstCase);
        assertThat(get("/api/v1/cases?team=" + team + "&tag=vip").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/v1/cases?team=" + team + "&tag=vip").get("totalCapped").asBoolean()).isFalse();
        assertThat(HTTP.send(authorized(uri("/api/v1/cases?sort=random")).build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("sort is priority, sla, newest or oldest");
    }

    @Test
    void theInboxCountsUpToItsCapAndSaysWhenMoreMatch() throws Exception {
        String team = "crowded-" + UUID.randomUUID();
        // More cases than the inbox counts, written straight into the table (filing them one post at a time would
        // only make the test slow): closed a month ago with the lowest priority, so the other tests' inbox pages
        // never show them.
        database.update("""
                INSERT INTO cases (case_id, conversation_id, brand, platform, channel, status, priority, team,
                                   created_at, updated_at)
                SELECT gen_random_uuid(), ? || ':' || g, 'acme', 'x', 'public', 'closed', 0, ?,
                       now() - interval '30 days', now() - interval '30 days'
                FROM generate_series(1, ?) g""", team, team, CaseController.TOTAL_COUNTED_UP_TO + 1);

        JsonNode page = get("/api/v1/cases?status=closed&team=" + team + "&limit=10");
        assertThat(page.get("total").asLong()).isEqualTo(CaseController.TOTAL_COUNTED_UP_TO);
        assertThat(page.get("totalCapped").asBoolean()).isTrue();
        assertThat(page.get("cases").valueStream().map(c -> c.get("team").asString())).hasSize(10).containsOnly(team);
    }

    private List<String> caseIds(String path) throws Exception {
        return get(path).get("cases").valueStream().map(c -> c.get("caseId").asString()).toList();
    }

    @Test
    void withTheClockMovedAnHourTheFirstResponseIsNearBreachThenBreached() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        sendTriaged(conversation, "t1", "negative", 50);
        String caseId = awaitCase(conversation, 1).get("caseInfo").get("caseId").asString();
        assertThat(get("/api/v1/cases/" + caseId).get("sla").get("policy").asString()).isEqualTo("standard");

        clock.advance(Duration.ofMinutes(50));
        assertThat(get("/api/v1/cases/" + caseId).get("sla").get("clocks").get(0).get("standing").asString())
                .isEqualTo("near_breach");
        assertThat(caseEventTypes(conversation, 2)).as("announced by the SLA watch").containsExactly("opened",
                "sla_near_breach");
        clock.advance(Duration.ofMinutes(15));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                get("/api/v1/cases/" + caseId).get("sla").get("clocks").get(0).get("standing").asString())
                .isEqualTo("breached"));
        assertThat(caseEventTypes(conversation, 3)).containsExactly("opened", "sla_near_breach", "sla_breached");
    }

    @Test
    void badQueriesAreExplained() throws Exception {
        HttpResponse<String> badStatus = HTTP.send(authorized(uri("/api/v1/cases?status=sleeping")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = HTTP.send(authorized(uri("/api/v1/cases/" + UUID.randomUUID())).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noText = post("/api/v1/cases/" + UUID.randomUUID() + "/replies", "{\"agentId\":\"a\"}");

        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("'sleeping' is not one of [new, open, pending_customer");
        HttpResponse<String> badSla = HTTP.send(authorized(uri("/api/v1/cases?sla=late")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badSla.statusCode()).isEqualTo(400);
        assertThat(badSla.body()).contains("sla is ok, near_breach or breached, not 'late'");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(noText.statusCode()).isEqualTo(400);
    }

    @Test
    void readinessIncludesTheDatabaseAndKafka() throws Exception {
        String body = HTTP.send(authorized(uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(body).contains("\"db\"", "\"kafka\"", "\"status\":\"UP\"");
    }

    private static void sendTriaged(String conversation, String externalId, String sentiment, int priority) {
        sendTriaged(conversation, externalId, sentiment, priority, "null");
    }

    /** @param routing the routing hints' JSON */
    private static void sendTriaged(String conversation, String externalId, String sentiment, int priority,
                                    String routing) {
        sendTriaged(conversation, externalId, sentiment, priority, routing, "[]");
    }

    /** @param risks the risks' JSON */
    private static void sendTriaged(String conversation, String externalId, String sentiment, int priority,
                                    String routing, String risks) {
        sendTriaged(conversation, externalId, sentiment, priority, routing, risks, "where is my bag");
    }

    private static void sendTriaged(String conversation, String externalId, String sentiment, int priority,
                                    String routing, String risks, String text) {
        sendTriaged(conversation, externalId, sentiment, priority, routing, risks, text, "public_mention", "c1");
    }

    private static void sendTriaged(String conversation, String externalId, String sentiment, int priority,
                                    String routing, String risks, String text, String kind, String authorId) {
        Instant now = Instant.now();
        String json = """
                {"post":{"postId":"x:%2$s-%1$s","brand":"acme-air","platform":"x","externalId":"%2$s-%1$s",
                  "kind":"%9$s","author":{"id":"%10$s","handle":"jo","name":null,"followers":3,"verified":false},
                  "text":"%8$s","language":"en","createdAt":"%3$s","receivedAt":"%3$s","inReplyTo":null,
                  "conversationId":"%1$s","url":null},
                 "sentiment":{"label":"%4$s","score":-0.5,"confidence":0.7},
                 "priority":{"score":%5$d,"reasons":["test"]},"risks":%7$s,"model":"default-sentiment@1","triagedAt":"%3$s",
                 "intent":{"label":"question","confidence":0.8},
                 "topics":[{"topic":"lost-luggage","confidence":0.8,"via":"keywords","keywords":["bag"]}],
                 "language":{"tag":"en","confidence":1.0,"source":"platform"},"routing":%6$s}"""
                .formatted(conversation, externalId, now, sentiment, priority, routing, risks, text, kind, authorId);
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.POSTS_TRIAGED.topicName(), conversation, json);
    }

    /** A reply that passed its brand check and waits for a supervisor, as the reply workflow leaves it. */
    private String pendingReply(String caseId) {
        Instant now = Instant.now();
        String replyId = UUID.randomUUID().toString();
        replies.save(new Reply(replyId, caseId, "a1", "We are on it.", ReplyState.PENDING_APPROVAL, "chk-1", "acme-air@1",
                "priority 95 (approval from 90)", now, now, null));
        return replyId;
    }

    /** A reply that passed its checks and was handed to ingestion, as the reply workflow leaves it. */
    private String requestedReply(String caseId) {
        Instant now = Instant.now();
        String replyId = UUID.randomUUID().toString();
        replies.save(new Reply(replyId, caseId, "a1", "We are on it.", ReplyState.REQUESTED, "chk-1", "acme-air@1", null,
                now, now, null));
        return replyId;
    }

    private static void sendReplyStatus(String conversation, String caseId, String replyId, String outcome,
                                        String externalId, String reason) {
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.REPLIES_STATUS.topicName(), conversation, """
                {"replyId":"%s","caseId":"%s","conversationId":"%s","outcome":"%s","externalId":%s,"reason":%s,
                 "occurredAt":"%s"}""".formatted(replyId, caseId, conversation, outcome,
                externalId == null ? "null" : "\"" + externalId + "\"", reason == null ? "null" : "\"" + reason + "\"",
                Instant.now()));
    }

    private void putAgent(String agentId, String team, String skills, boolean available) throws Exception {
        HttpResponse<String> saved = HTTP.send(authorized(uri("/api/v1/agents/" + agentId))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name":"%s","teams":["%s"],"skills":%s,"maxOpen":3,"available":%s}"""
                        .formatted(agentId, team, skills, available))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private HttpResponse<String> changeStatus(String caseId, String body) throws Exception {
        return post("/api/v1/cases/" + caseId + "/status", body);
    }

    private List<String> caseEventTypes(String conversation, int atLeast) {
        return TopicReader.read(SharedKafka.bootstrapServers(), Topic.CASES.topicName(),
                        r -> conversation.equals(r.key()), atLeast, Duration.ofSeconds(10)).stream()
                .map(r -> JSON.readTree(r.value()).get("type").asString()).toList();
    }

    private void awaitStatus(String caseId, String status) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/v1/cases/" + caseId).get("caseInfo").get("status").asString()).isEqualTo(status));
    }

    private void awaitReplyState(String caseId, String replyId, String state) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                get("/api/v1/cases/" + caseId).get("replies").valueStream()
                        .filter(r -> r.get("replyId").asString().equals(replyId))
                        .map(r -> r.get("state").asString() + "/" + r.get("externalId").asString()).toList())
                .containsExactly(state + "/1599"));
    }

    private JsonNode awaitFollowUp(String conversation, String closedCase) throws Exception {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            found[0] = null;
            for (JsonNode c : get("/api/v1/cases?limit=500").get("cases")) {
                if (c.get("conversationId").asString().equals(conversation) && closedCase.equals(
                        c.get("followUpOf").asString(null))) {
                    found[0] = c;
                }
            }
            assertThat(found[0]).as("a follow-up of " + closedCase).isNotNull();
        });
        return found[0];
    }

    private JsonNode awaitCase(String conversation, int posts) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode c : get("/api/v1/cases?limit=500").get("cases")) {
                if (c.get("conversationId").asString().equals(conversation)) {
                    JsonNode detail = get("/api/v1/cases/" + c.get("caseId").asString());
                    if (detail.get("posts").size() >= posts) {
                        Thread.sleep(300);
                        return get("/api/v1/cases/" + c.get("caseId").asString());
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no case with " + posts + " posts for " + conversation);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(authorized(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(authorized(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every call of these tests authenticates as the admin machine {@code case-flow-test}. */
    private static HttpRequest.Builder authorized(URI target) {
        return HttpRequest.newBuilder(target).header("X-Api-Key", "case-flow-test-key");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
