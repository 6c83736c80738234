package dev.parley.triage.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.TopicMatch;
import dev.parley.triage.model.Trainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaxonomyTest {
    static final List<TopicDefinition> AIRLINE = List.of(
            new TopicDefinition("late-flight", "flight-ops", List.of("delay*", "late", "still at the gate")),
            new TopicDefinition("lost-luggage", "baggage", List.of("lost bag", "luggage", "suitcase", "bag*")),
            new TopicDefinition("refunds", null, List.of("refund*", "money back")));

    @Test
    void keywordsFindTopicsAsWholeWordsWithPrefixes() {
        TopicTaxonomy taxonomy = new TopicTaxonomy(AIRLINE, null);

        List<TopicMatch> found = taxonomy.match("Flight DELAYED 3 hours and my bags never arrived. I want a refund!");

        assertThat(found).extracting(TopicMatch::topic).containsExactlyInAnyOrder("late-flight", "lost-luggage", "refunds");
        assertThat(found).allSatisfy(match -> assertThat(match.via()).isEqualTo("keywords"));
        assertThat(found.stream().filter(m -> m.topic().equals("lost-luggage")).findFirst().orElseThrow().keywords())
                .containsExactly("bags");
        assertThat(taxonomy.match("my baggage tag is fine")).extracting(TopicMatch::topic).containsExactly("lost-luggage");
        assertThat(taxonomy.match("chocolate is great")).isEmpty();
    }

    @Test
    void aTrainedTopicModelFindsPostsThatUseNoKeyword() {
        List<Trainer.Example> examples = List.of(
                new Trainer.Example("my case never showed up on the carousel", "lost-luggage"),
                new Trainer.Example("nothing came out on the carousel for me", "lost-luggage"),
                new Trainer.Example("want my cash returned for the cancelled trip", "refunds"),
                new Trainer.Example("return my cash please", "refunds"));
        TopicTaxonomy taxonomy = new TopicTaxonomy(AIRLINE, Trainer.train(examples, "topics", false, step -> { }));

        assertThat(taxonomy.match("waited an hour at the carousel, nothing")).singleElement()
                .satisfies(match -> {
                    assertThat(match.topic()).isEqualTo("lost-luggage");
                    assertThat(match.via()).isEqualTo("model");
                });
    }

    @Test
    void aBadTaxonomyOrModelIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new TopicDefinition("Lost Luggage", null, List.of("bag")))
                .hasMessageContaining("lower-case letters, digits and dashes");
        assertThatThrownBy(() -> new TopicDefinition("wifi", null, List.of())).hasMessageContaining("no keywords");
        assertThatThrownBy(() -> new TopicTaxonomy(List.of(AIRLINE.get(0), AIRLINE.get(0)), null))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> TopicTaxonomy.checkLabels(AIRLINE, List.of("lost-luggage", "wifi", "none")))
                .hasMessageContaining("[wifi] are not in the taxonomy");
    }
}
