package dev.parley.events;

import java.time.Instant;

/**
 * A customer's post, normalised from any platform's format. Schema {@code social-post.v1}.
 *
 * @param postId         Parley's id for the item: {@code <platform>:<externalId>}, the same for every
 *                       delivery of the same platform item
 * @param brand          the brand (organisation account) the post was addressed to
 * @param platform       where the post was made
 * @param externalId     the platform's id of the item
 * @param kind           mention, comment, reply, direct message or review
 * @param author         who wrote it
 * @param text           the post's text
 * @param language       BCP 47 language tag when known, else null
 * @param createdAt      when the customer posted it (platform time)
 * @param receivedAt     when Parley accepted it
 * @param inReplyTo      the platform id of the item this one answers, else null
 * @param conversationId the thread this post belongs to; the Kafka key of every event about it
 * @param url            a link to the item on its platform, else null
 * @param rating         the star rating of a review (1–5), else null
 * @param engagement     likes, replies and shares when the platform reports them, else null
 * @param rawReference   where the item is kept exactly as received: {@code parley.posts.raw/<partition>@<offset>}
 * @param community      where on the platform it was posted, when the platform says: {@code page:<id>} (a Facebook
 *                       page), {@code channel:<id>} (a YouTube channel), {@code r/<name>} (a subreddit); else null
 */
public record SocialPost(
        String postId,
        String brand,
        Platform platform,
        String externalId,
        PostKind kind,
        Author author,
        String text,
        String language,
        Instant createdAt,
        Instant receivedAt,
        String inReplyTo,
        String conversationId,
        String url,
        Integer rating,
        Engagement engagement,
        String rawReference,
        String community) {

    /** A post as its format reads it; rating, engagement and the raw reference are added with the {@code with…} methods. */
    public SocialPost(String postId, String brand, Platform platform, String externalId, PostKind kind, Author author,
                      String text, String language, Instant createdAt, Instant receivedAt, String inReplyTo,
                      String conversationId, String url) {
        this(postId, brand, platform, externalId, kind, author, text, language, createdAt, receivedAt, inReplyTo,
                conversationId, url, null, null, null, null);
    }

    public SocialPost withRating(Integer stars) {
        return new SocialPost(postId, brand, platform, externalId, kind, author, text, language, createdAt, receivedAt,
                inReplyTo, conversationId, url, stars, engagement, rawReference, community);
    }

    public SocialPost withEngagement(Engagement counts) {
        return new SocialPost(postId, brand, platform, externalId, kind, author, text, language, createdAt, receivedAt,
                inReplyTo, conversationId, url, rating, counts, rawReference, community);
    }

    public SocialPost withRawReference(String reference) {
        return new SocialPost(postId, brand, platform, externalId, kind, author, text, language, createdAt, receivedAt,
                inReplyTo, conversationId, url, rating, engagement, reference, community);
    }

    public SocialPost withCommunity(String where) {
        return new SocialPost(postId, brand, platform, externalId, kind, author, text, language, createdAt, receivedAt,
                inReplyTo, conversationId, url, rating, engagement, rawReference, where);
    }

    public SocialPost withConversationId(String conversation) {
        return new SocialPost(postId, brand, platform, externalId, kind, author, text, language, createdAt, receivedAt,
                inReplyTo, conversation, url, rating, engagement, rawReference, community);
    }

    /** The same post by {@code writer}, in {@code conversation} (pseudonymisation renames both). */
    public SocialPost withAuthor(Author writer, String conversation) {
        return new SocialPost(postId, brand, platform, externalId, kind, writer, text, language, createdAt, receivedAt,
                inReplyTo, conversation, url, rating, engagement, rawReference, community);
    }

    public static String postIdOf(Platform platform, String externalId) {
        return platform.wireName() + ":" + externalId;
    }
}
