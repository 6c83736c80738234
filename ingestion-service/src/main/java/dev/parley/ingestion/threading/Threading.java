package dev.parley.ingestion.threading;

import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import java.time.Duration;

/**
 * Puts each post in its conversation so a case sees the whole exchange:
 * <ul>
 *   <li>a reply joins the conversation of the item it answers, whatever the depth of the chain, when
 *   that item was seen (a customer post, a brand reply sent by Parley, a brand answer from an export);</li>
 *   <li>a new public post by an author who posted to the same brand on the same platform within
 *   {@code followUpWindow} joins that conversation (same-author follow-ups);</li>
 *   <li>direct messages keep their per-customer conversation ({@code <platform>:dm:<customer id>});</li>
 *   <li>anything else keeps the conversation its platform format gave it.</li>
 * </ul>
 * Reviews are never joined: each review is its own case.
 */
public class Threading {
    private final Duration followUpWindow;

    public Threading(Duration followUpWindow) {
        this.followUpWindow = followUpWindow;
    }

    public SocialPost thread(SocialPost post, ThreadIndex index) {
        String conversation = post.conversationId();
        String authorKey = post.brand() + "|" + post.platform().wireName() + "|" + post.author().id();
        if (post.inReplyTo() != null) {
            conversation = index.conversationOf(SocialPost.postIdOf(post.platform(), post.inReplyTo())).orElse(conversation);
        } else if (post.kind() == PostKind.PUBLIC_MENTION) {
            conversation = index.latestOf(authorKey)
                    .filter(latest -> !post.createdAt().isBefore(latest.postedAt())
                            && Duration.between(latest.postedAt(), post.createdAt()).compareTo(followUpWindow) <= 0)
                    .map(ThreadIndex.LatestConversation::conversationId).orElse(conversation);
        }
        index.remember(post.postId(), conversation);
        if (!post.kind().isPrivate() && post.kind() != PostKind.REVIEW) {
            index.rememberLatest(authorKey, new ThreadIndex.LatestConversation(conversation, post.createdAt()));
        }
        return conversation.equals(post.conversationId()) ? post : post.withConversationId(conversation);
    }

    public void link(ThreadLink link, ThreadIndex index) {
        String conversation = link.conversationId() != null ? link.conversationId()
                : index.conversationOf(link.parentItemId()).orElse(link.parentItemId());
        index.remember(link.itemId(), conversation);
    }
}
