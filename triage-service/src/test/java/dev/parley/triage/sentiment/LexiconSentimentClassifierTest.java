package dev.parley.triage.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LexiconSentimentClassifierTest {
    private final LexiconSentimentClassifier classifier = new LexiconSentimentClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "@AcmeAir lost my luggage again, this is unacceptable | NEGATIVE",
            "Worst airline ever. Rude staff and a 5 hour delay | NEGATIVE",
            "Thanks for the quick help, great crew! | POSITIVE",
            "Love the new seats | POSITIVE",
            "What time does the Lisbon flight board? | NEUTRAL",
            "The crew was not helpful at all | NEGATIVE",
            "Honestly not bad | POSITIVE"})
    void labelsTypicalCustomerServicePosts(String text, SentimentLabel expected) {
        assertThat(classifier.classify(text).label()).isEqualTo(expected);
    }

    @Test
    void intensifiersMakeAPostMoreNegative() {
        Sentiment plain = classifier.classify("the service was bad");
        Sentiment intense = classifier.classify("the service was extremely bad");

        assertThat(intense.score()).isLessThan(plain.score());
    }

    @Test
    void scoresAndConfidenceStayInRange() {
        Sentiment s = classifier.classify("terrible awful horrible worst useless scam hate hate hate");

        assertThat(s.score()).isBetween(-1.0, -0.9);
        assertThat(s.confidence()).isBetween(0.9, 1.0);
    }
}
