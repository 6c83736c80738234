package dev.parley.brandvoice.clarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(Readability.syllables("bag")).isEqualTo(1);
        assertThat(Readability.syllables("frustrating")).isEqualTo(3);
        assertThat(Readability.syllables("here")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("rhythm")).isEqualTo(1);
    }

    @Test
    void splitsSentencesWithTheirSpansAndScoresPlainEnglishAsEasy() {
        String text = "  Your bag is here. Organisational reconfiguration necessitates consideration!\nThanks";

        List<Readability.Sentence> sentences = Readability.sentences(text);

        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Your bag is here.", "Organisational reconfiguration necessitates consideration!",
                        "Thanks");
        assertThat(sentences.get(0).ease()).isGreaterThan(90);
        assertThat(sentences.get(1).ease()).isLessThan(0);
        assertThat(sentences.get(1).words()).isEqualTo(4);
    }
}
