package dev.parley.ingestion.privacy;

import dev.parley.events.Author;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.webhook.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replaces the identity of customers who asked not to be identified (or of every customer of a brand
 * that chose so) in the posts Parley publishes: the author id becomes {@code anon-<HMAC-SHA256 of
 * "<platform>:<author id>" keyed with the brand's salt>} (16 hex digits), the handle and display name
 * are dropped. The same customer always gets the same pseudonym within a brand, so counts and
 * threads still work, and a different one in another brand, so tenants cannot link them. A
 * direct-message conversation, named after the customer, is renamed after the pseudonym. The raw
 * topic keeps the original for audit (its retention bounds how long).
 */
public class Pseudonymisation {
    public static final String PREFIX = "anon-";

    private final Map<String, BrandPolicy> brands;

    public Pseudonymisation(Map<String, BrandPolicy> brands) {
        this.brands = Map.copyOf(brands);
    }

    /**
     * @param salt          the brand's secret salt
     * @param everyone      pseudonymise every author of the brand
     * @param doNotIdentify author ids or handles (case-insensitive, without @) of those who asked
     */
    public record BrandPolicy(String salt, boolean everyone, Set<String> doNotIdentify) {
        public BrandPolicy {
            doNotIdentify = doNotIdentify.stream().map(BrandPolicy::normalised).collect(Collectors.toUnmodifiableSet());
        }

        boolean covers(Author author) {
            return everyone || doNotIdentify.contains(normalised(author.id()))
                    || author.handle() != null && doNotIdentify.contains(normalised(author.handle()));
        }

        private static String normalised(String idOrHandle) {
            String lower = idOrHandle.toLowerCase(Locale.ROOT);
            return lower.startsWith("@") ? lower.substring(1) : lower;
        }
    }

    public SocialPost apply(SocialPost post) {
        BrandPolicy policy = brands.get(post.brand());
        if (policy == null || post.author().id().startsWith(PREFIX) || !policy.covers(post.author())) {
            return post;
        }
        String pseudonym = PREFIX + HexFormat.of().formatHex(new HmacSha256(policy.salt())
                .sign((post.platform().wireName() + ":" + post.author().id()).getBytes(StandardCharsets.UTF_8)), 0, 8);
        String directMessages = post.platform().wireName() + ":dm:";
        String conversation = post.conversationId().equals(directMessages + post.author().id())
                ? directMessages + pseudonym : post.conversationId();
        return post.withAuthor(new Author(pseudonym, null, null, post.author().followers(), post.author().verified()),
                conversation);
    }
}
