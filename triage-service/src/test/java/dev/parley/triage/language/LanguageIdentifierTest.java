package dev.parley.triage.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.DetectedLanguage;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @Test
    void readsTheLanguageOfTheTextWithoutHandlesAndLinks() {
        assertThat(IDENTIFIER.identify("@AcmeAir my flight has been delayed for three hours and nobody tells us anything https://t.co/x", null))
                .extracting(DetectedLanguage::tag, DetectedLanguage::source).containsExactly("en", "detected");
        assertThat(IDENTIFIER.identify("@AcmeAir mi vuelo lleva tres horas de retraso y nadie nos dice nada", null).tag())
                .isEqualTo("es");
        assertThat(IDENTIFIER.identify("@AcmeAir mon vol a trois heures de retard et personne ne nous dit rien", null).tag())
                .isEqualTo("fr");
        assertThat(IDENTIFIER.identify("@AcmeAir mein Flug hat seit drei Stunden Verspätung und niemand sagt uns etwas", null).tag())
                .isEqualTo("de");
    }

    @Test
    void trustsThePlatformAndAdmitsWhenATextIsTooShort() {
        assertThat(IDENTIFIER.identify("gracias!", "es-MX")).isEqualTo(new DetectedLanguage("es", 1.0, "platform"));
        assertThat(IDENTIFIER.identify("@AcmeAir ok #fail", null).tag()).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }
}
