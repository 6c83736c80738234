package dev.parley.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.threading.ThreadLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;

class ImporterTest {
    private final Normaliser normaliser = new Normaliser(List.of(new GenericPostParser(), new TwitterSupportFormat()));

    private static MappingIterator<Map<String, Object>> sample() {
        return ExportFiles.csvRows(ImporterTest.class.getResourceAsStream("/imports/twcs-sample.csv"));
    }

    @Test
    void importsTheCustomersMessagesAndSaysWhatItLeftOutAndWhy() {
        List<RawPost> sent = new ArrayList<>();
        List<ThreadLink> links = new ArrayList<>();

        Importer.Summary summary = new Importer(normaliser, ImportLayout.TWITTER_SUPPORT, null, ColumnMapping.identity(),
                Clock.systemUTC()).run(sample(), sent::add, links::add, s -> { }, Duration.ofSeconds(1));

        assertThat(summary.read()).isEqualTo(7);
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.notCustomerMessages()).isEqualTo(1);
        assertThat(summary.duplicatesInFile()).isEqualTo(1);
        assertThat(summary.rejectedByReason()).containsOnlyKeys(
                "created_at: must be like 'Tue Oct 31 22:10:47 +0000 2017'");
        assertThat(sent).extracting(RawPost::postId).containsExactly("x:119237", "x:119238", "x:2", "x:8");
        assertThat(sent).extracting(RawPost::brand).containsExactly("applesupport", "applesupport", "sprintcare", "sprintcare");
        assertThat(links).as("the company's answer, so the reply to it is threaded")
                .containsExactly(new ThreadLink("applesupport", Platform.X, "x:119236", null, "x:119237"));
    }

    @Test
    void rowsBecomePostsThreadedByTheTweetTheyAnswer() {
        List<RawPost> sent = new ArrayList<>();
        new Importer(normaliser, ImportLayout.TWITTER_SUPPORT, "apple", ColumnMapping.identity(), Clock.systemUTC())
                .run(sample(), sent::add, link -> { }, s -> { }, Duration.ofSeconds(1));

        SocialPost first = normaliser.normalise(sent.get(0));
        SocialPost followUp = normaliser.normalise(sent.get(1));

        assertThat(first.brand()).isEqualTo("apple");
        assertThat(first.kind()).isEqualTo(PostKind.PUBLIC_MENTION);
        assertThat(first.text()).endsWith("opened😡😡😡");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2017-10-11T06:55:44Z"));
        assertThat(followUp.kind()).isEqualTo(PostKind.REPLY);
        assertThat(followUp.text()).isEqualTo("@AppleSupport 11.0.2, and it happens\non every reply");
        assertThat(followUp.conversationId()).isEqualTo("x:119236");
        assertThat(normaliser.normalise(sent.get(3)).externalId()).as("8.0 from a spreadsheet is 8").isEqualTo("8");
    }

    @Test
    void unknownLayoutsAreNamedInTheError() {
        assertThatThrownBy(() -> ImportLayout.fromCliName("excel"))
                .hasMessage("--layout must be one of [twitter-support, generic, labelled], was 'excel'");
    }

    @Test
    void columnsAreMappedToTheGenericPost() {
        List<RawPost> sent = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.identity().with("externalId=id").with("text=body").with("author.id=user")
                .with("author.followers=followers").with("createdAt=time");
        Iterator<Map<String, Object>> rows = List.<Map<String, Object>>of(Map.of("id", "r1", "body", "Where is my refund?",
                "user", "u7", "followers", "1200", "time", "2026-11-20T08:00:00Z", "platform", "reddit")).iterator();

        Importer.Summary summary = new Importer(normaliser, ImportLayout.GENERIC, "acme-air", mapping, Clock.systemUTC())
                .run(rows, sent::add, link -> { }, s -> { }, Duration.ofSeconds(1));

        assertThat(summary.accepted()).isEqualTo(1);
        SocialPost post = normaliser.normalise(sent.get(0));
        assertThat(post.postId()).isEqualTo("reddit:r1");
        assertThat(post.text()).isEqualTo("Where is my refund?");
        assertThat(post.author().followers()).isEqualTo(1200);
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(post.brand()).isEqualTo("acme-air");
    }

    @Test
    void unknownMappedFieldsAreNamed() {
        assertThatThrownBy(() -> ColumnMapping.identity().with("sentiment=label"))
                .hasMessageStartingWith("--map: 'sentiment' is not one of [platform, externalId");
        assertThatThrownBy(() -> ColumnMapping.identity().with("text")).hasMessageContaining("field=column");
    }

    @Test
    void labelledRowsKeepTheirLabelAndGetStableIds() {
        List<RawPost> sent = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.identity().with("text=tweet").with("label=airline_sentiment");
        List<Map<String, Object>> rows = List.of(
                Map.of("tweet", "@united my bag is lost", "airline_sentiment", "negative"),
                Map.of("tweet", "@united thanks for the upgrade!", "airline_sentiment", "positive"),
                Map.of("tweet", "@united my bag is lost", "airline_sentiment", "negative"));

        Importer.Summary summary = new Importer(normaliser, ImportLayout.LABELLED, null, mapping, Clock.systemUTC())
                .run(rows.iterator(), sent::add, link -> { }, s -> { }, Duration.ofSeconds(1));

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.duplicatesInFile()).isEqualTo(1);
        assertThat(sent).extracting(raw -> raw.context().get("label")).containsExactly("negative", "positive");
        assertThat(sent.get(0).postId()).matches("generic:labelled-[0-9a-f]{24}");
        List<RawPost> again = new ArrayList<>();
        new Importer(normaliser, ImportLayout.LABELLED, null, mapping, Clock.systemUTC())
                .run(rows.iterator(), again::add, link -> { }, s -> { }, Duration.ofSeconds(1));
        assertThat(again).extracting(RawPost::postId).isEqualTo(sent.stream().map(RawPost::postId).toList());
        assertThat(normaliser.normalise(sent.get(1)).text()).isEqualTo("@united thanks for the upgrade!");
    }
}
