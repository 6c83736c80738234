package dev.parley.ingestion.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.Normaliser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

        Importer.Summary summary = new Importer(normaliser, ImportLayout.TWITTER_SUPPORT, null, Clock.systemUTC())
                .run(sample(), sent::add, s -> { }, Duration.ofSeconds(1));

        assertThat(summary.read()).isEqualTo(7);
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.notCustomerMessages()).isEqualTo(1);
        assertThat(summary.duplicatesInFile()).isEqualTo(1);
        assertThat(summary.rejectedByReason()).containsOnlyKeys(
                "created_at: must be like 'Tue Oct 31 22:10:47 +0000 2017'");
        assertThat(sent).extracting(RawPost::postId).containsExactly("x:119237", "x:119238", "x:2", "x:8");
        assertThat(sent).extracting(RawPost::brand).containsExactly("applesupport", "applesupport", "sprintcare", "sprintcare");
    }

    @Test
    void rowsBecomePostsThreadedByTheTweetTheyAnswer() {
        List<RawPost> sent = new ArrayList<>();
        new Importer(normaliser, ImportLayout.TWITTER_SUPPORT, "apple", Clock.systemUTC())
                .run(sample(), sent::add, s -> { }, Duration.ofSeconds(1));

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
                .hasMessage("--layout must be one of [twitter-support, generic], was 'excel'");
    }
}
