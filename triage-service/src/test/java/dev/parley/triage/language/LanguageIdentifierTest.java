package dev.parley.triage.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.parley.events.DetectedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
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

    @Test
    void answersAsOpenNlpsOwnDetectorDoes() throws IOException {
        LanguageDetectorME reference;
        try (InputStream model = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            reference = new LanguageDetectorME(new LanguageDetectorModel(model));
        }
        List<String> texts = new ArrayList<>(lines("/triage/sentiment-examples.csv"));
        texts.addAll(lines("/fixtures/support-posts.csv"));
        texts.addAll(List.of("Mi vuelo lleva tres horas de retraso 😡😡 y nadie nos dice nada, escriban a ayuda@acme.es",
                "Mon vol est annulé!!! www.acme-air.fr ne marche pas :( RT", "Εξαιρετική εξυπηρέτηση, ευχαριστώ πολύ",
                "İstanbul uçuşum iptal edildi, bagajım nerede?", "我的航班延误了三个小时，没有人告诉我们任何事情",
                "رحلتي تأخرت ثلاث ساعات ولا أحد يخبرنا بأي شيء", "Mein Flug hat seit drei Stunden Verspätung, sooooo ärgerlich",
                "O meu voo foi cancelado e ninguém responde no chat", "ok ok ok ok ok ok ok ok ok ok ok ok"));

        int compared = 0;
        for (String text : texts) {
            DetectedLanguage detected = IDENTIFIER.identify(text, null);
            String words = text.replaceAll("https?://\\S+|[@#]\\w+|\\p{N}+", " ");
            if (words.codePoints().filter(Character::isLetter).count() < 12) {
                continue;
            }
            Language[] ranked = reference.predictLanguages(words);
            double confidence = 1 - ranked[1].getConfidence() / ranked[0].getConfidence();
            String expected = confidence < 0.1 ? LanguageIdentifier.UNDETERMINED
                    : Arrays.stream(Locale.getISOLanguages())
                    .filter(code -> new Locale(code).getISO3Language().equals(ranked[0].getLang())).findFirst()
                    .orElse(ranked[0].getLang());
            assertThat(detected.tag()).as(text).isEqualTo(expected);
            assertThat(detected.confidence()).as(text).isCloseTo(confidence, offset(0.0006));
            compared++;
        }
        assertThat(compared).isGreaterThan(450);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = LanguageIdentifierTest.class.getResourceAsStream(resource)) {
            return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).skip(1).toList();
        }
    }
}
