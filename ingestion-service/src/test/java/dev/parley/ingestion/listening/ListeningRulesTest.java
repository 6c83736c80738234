package dev.parley.ingestion.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListeningRulesTest {
    private final ListeningRules rules = new ListeningRules(List.of("@AcmeAir"), List.of("lost luggage"), List.of("#AcmeFail"),
            List.of("giveaway"), List.of("en", "pt"));

    private static SocialPost post(PostKind kind, String text, String language) {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        return new SocialPost("x:1", "acme-air", Platform.X, "1", kind, new Author("a", null, null, 0, false), text,
                language, t, t, null, "x:1", null);
    }

    @Test
    void aPublicMentionIsKeptWhenItNamesAHandleKeywordOrHashtag() {
        assertThat(rules.rejects(post(PostKind.PUBLIC_MENTION, "@acmeair where is my bag", "en"))).isEmpty();
        assertThat(rules.rejects(post(PostKind.PUBLIC_MENTION, "third time: Lost Luggage again", "en"))).isEmpty();
        assertThat(rules.rejects(post(PostKind.PUBLIC_MENTION, "never again #acmefail", null))).isEmpty();
    }

    @Test
    void termsMatchWholeWordsOnly() {
        assertThat(rules.rejects(post(PostKind.PUBLIC_MENTION, "@AcmeAirways is great", "en")))
                .hasValue("no handle, keyword or hashtag listened to");
        assertThat(rules.rejects(post(PostKind.PUBLIC_MENTION, "#AcmeFailures compilation", "en"))).isPresent();
    }

    @Test
    void commentsRepliesAndMessagesNeedNoIncludeTermButExclusionsStillApply() {
        assertThat(rules.rejects(post(PostKind.DIRECT_MESSAGE, "hi, booking ABC123", "en"))).isEmpty();
        assertThat(rules.rejects(post(PostKind.COMMENT, "join our GIVEAWAY now", "en"))).hasValue("excluded term 'giveaway'");
    }

    @Test
    void onlyListenedLanguagesAreKeptButUnknownLanguageIs() {
        assertThat(rules.rejects(post(PostKind.COMMENT, "onde está a minha mala", "pt-BR"))).isEmpty();
        assertThat(rules.rejects(post(PostKind.COMMENT, "où est ma valise", "fr"))).hasValue("language fr not listened to");
        assertThat(rules.rejects(post(PostKind.COMMENT, "???", null))).isEmpty();
    }

    @Test
    void aBrandWithoutRulesKeepsEverything() {
        Listening listening = new Listening(Map.of("other-brand", rules));

        assertThat(listening.rejects(post(PostKind.PUBLIC_MENTION, "anything at all", "fr"))).isEmpty();
    }

    @Test
    void blankTermsAreAConfigurationError() {
        assertThatThrownBy(() -> new ListeningRules(List.of(" "), null, null, null, null))
                .hasMessage("listening rules must not contain blank terms");
    }
}
