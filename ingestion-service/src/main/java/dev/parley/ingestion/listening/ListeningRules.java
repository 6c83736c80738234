package dev.parley.ingestion.listening;

import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one brand listens for. Exclusions and languages apply to every post; the include rules
 * (owned handles, keywords, hashtags) apply to public mentions only, because comments, replies and
 * direct messages already reach the brand on its own channels. With no include rules every public
 * mention is kept. Terms match case-insensitively as whole words.
 */
public final class ListeningRules {
    public static final ListeningRules KEEP_ALL = new ListeningRules(List.of(), List.of(), List.of(), List.of(), List.of());

    private final List<Term> includes;
    private final List<Term> exclusions;
    private final List<String> languages;

    /**
     * @param handles   the brand's own handles; a mention ({@code @handle}) keeps a public post
     * @param keywords  words or phrases that keep a public post
     * @param hashtags  hashtags that keep a public post
     * @param excluded  words or phrases that drop any post, e.g. {@code giveaway}
     * @param languages BCP 47 prefixes to keep (e.g. {@code en}); empty keeps all; unknown language is kept
     */
    public ListeningRules(List<String> handles, List<String> keywords, List<String> hashtags, List<String> excluded,
                          List<String> languages) {
        this.includes = Stream.of(terms(handles, "@"), terms(hashtags, "#"), terms(keywords, "")).flatMap(List::stream)
                .toList();
        this.exclusions = terms(excluded, "");
        this.languages = clean(languages, "");
    }

    /** Why the post is not for this brand, or empty when it is. */
    public Optional<String> rejects(SocialPost post) {
        Optional<Term> exclusion = exclusions.stream().filter(term -> term.foundIn(post.text())).findFirst();
        if (exclusion.isPresent()) {
            return Optional.of("excluded term '" + exclusion.get().text() + "'");
        }
        if (post.language() != null && !languages.isEmpty()
                && languages.stream().noneMatch(l -> post.language().toLowerCase(Locale.ROOT).startsWith(l))) {
            return Optional.of("language " + post.language() + " not listened to");
        }
        if (post.kind() != PostKind.PUBLIC_MENTION || includes.isEmpty()
                || includes.stream().anyMatch(term -> term.foundIn(post.text()))) {
            return Optional.empty();
        }
        return Optional.of("no handle, keyword or hashtag listened to");
    }

    /** A term as written ({@code @acmeair}, {@code #lostbag}, {@code refund}) and how to find it. */
    private record Term(String text, Pattern pattern) {
        boolean foundIn(String post) {
            return pattern.matcher(post).find();
        }
    }

    private static List<Term> terms(List<String> values, String sigil) {
        return clean(values, sigil).stream()
                .map(value -> new Term(sigil + value, Pattern.compile("(?<![\\w@#])" + Pattern.quote(sigil + value) + "(?!\\w)",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    private static List<String> clean(List<String> values, String sigil) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(String::trim)
                .map(v -> !sigil.isEmpty() && v.startsWith(sigil) ? v.substring(sigil.length()) : v)
                .map(v -> {
                    if (v.isBlank()) {
                        throw new IllegalArgumentException("listening rules must not contain blank terms");
                    }
                    return v.toLowerCase(Locale.ROOT);
                })
                .toList();
    }
}
