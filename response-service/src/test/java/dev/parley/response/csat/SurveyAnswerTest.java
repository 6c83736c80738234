package dev.parley.response.csat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyAnswerTest {

    @Test
    void aShortReplyStartingWithAScoreIsAnAnswer() {
        assertThat(SurveyAnswer.read("5")).contains(new SurveyAnswer(5, null));
        assertThat(SurveyAnswer.read("4 and 9")).contains(new SurveyAnswer(4, 9));
        assertThat(SurveyAnswer.read("@AcmeAir 5/5 - 10!")).contains(new SurveyAnswer(5, 10));
        assertThat(SurveyAnswer.read("3, would not say 42")).contains(new SurveyAnswer(3, null));
    }

    @Test
    void anythingElseIsANewMessage() {
        assertThat(SurveyAnswer.read("thanks")).isEmpty();
        assertThat(SurveyAnswer.read("7")).as("not a 1-5 score").isEmpty();
        assertThat(SurveyAnswer.read("2 hours later and my bag is still not here, please help")).isEmpty();
        assertThat(SurveyAnswer.read("flight 1.5 hours late")).isEmpty();
    }
}
