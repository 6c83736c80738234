package dev.parley.triage.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

class DetectorNormalizationTest {
    /** OpenNLP's {@code LanguageDetectorFactory} normalizers, in its order. */
    private static final CharSequenceNormalizer OPENNLP = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    /** What each normalizer acts on, and what it must leave alone. */
    private static final List<String> TOKENS = List.of("my", "flight", "was", "cancelled", "vuelo", "Verspätung",
            "\ud83d\ude21", "\ud83d\ude21\ud83d\ude21", "\u2764\ufe0f", "https://t.co/x1", "http://acme.com/a?b=c&d",
            "help@acme.com", "a.b+c@mail.acme-air.fr", "@", "x@", "@-", "#fail", "@AcmeAir", "#", "RT", "rt:", "RT:",
            "start", "support", ":)", ";-(", "xD", "XP", "x", "Xo", "expect", ":", "hahaha", "HAHAHA", "jajaja", "haha",
            "hihi", "ahah", "jijiji", "123", "2nd", "4", "sooooo", "!!!", "...", "aAa", "noo", "\t", "  ", "\n",
            "Εξαιρετική", "我的航班", "ÉNORME", "ıİ");

    @Test
    void normalizesAsOpenNlpsLanguageDetectorDoes() {
        Random random = new Random(183);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int words = random.nextInt(14); words > 0; words--) {
                text.append(TOKENS.get(random.nextInt(TOKENS.size()))).append(random.nextInt(5) == 0 ? "" : " ");
            }
            assertThat(DetectorNormalization.normalize(text.toString())).as("\"%s\"", text)
                    .isEqualTo(OPENNLP.normalize(text.toString()).toString());
        }
    }
}
