package dev.parley.ingestion.posts;

import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;

/** One platform format: how a raw item of {@link #source()} becomes a {@link SocialPost}. */
public interface RawFormat {

    /** The {@code RawPost.source} this format reads, e.g. {@code x-account-activity-tweet}. */
    String source();

    /**
     * @throws InvalidPostException when the item lacks what a post needs, naming each bad field
     */
    SocialPost normalise(RawPost raw);
}
