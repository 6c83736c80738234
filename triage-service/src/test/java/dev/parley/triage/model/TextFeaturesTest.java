package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    @Test
    void handlesLinksAndNumbersFoldIntoOneTokenEach() {
        assertThat(TextFeatures.slots("@AcmeAir flight 221 http://t.co/a")).isEqualTo(TextFeatures.slots("@Globex flight 7 https://x.example/b"));
    }

    @Test
    void emoticonsAreTokensAndEscapedEntitiesReadAsTheirCharacters() {
        assertThat(TextFeatures.slots(":)")).isNotEmpty();
        assertThat(TextFeatures.slots(":)")).isNotEqualTo(TextFeatures.slots(":("));
        assertThat(TextFeatures.slots(":-D")).isNotEqualTo(TextFeatures.slots(":-("));
        assertThat(TextFeatures.slots("I &lt;3 it &amp; more")).isEqualTo(TextFeatures.slots("I <3 it & more"));
    }
}
