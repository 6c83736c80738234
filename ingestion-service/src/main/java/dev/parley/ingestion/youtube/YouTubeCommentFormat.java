package dev.parley.ingestion.youtube;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.JsonFields;
import dev.parley.ingestion.posts.RawFormat;
import java.time.Instant;
import java.util.Map;

/**
 * Format {@value YouTubePoller#SOURCE}: a YouTube {@code comment} resource, with its thread and video in
 * the context. A thread (a top-level comment and its replies) is one conversation {@code youtube:<thread id>}.
 */
public class YouTubeCommentFormat implements RawFormat {

    @Override
    public String source() {
        return YouTubePoller.SOURCE;
    }

    @Override
    public SocialPost normalise(RawPost raw) {
        JsonFields fields = new JsonFields();
        String id = fields.text(raw.payload(), "id", "id", true);
        Map<String, Object> snippet = fields.object(raw.payload(), "snippet", "snippet", true);
        String text = fields.text(snippet, "textOriginal", "snippet.textOriginal", true);
        Instant publishedAt = fields.instant(snippet, "publishedAt", "snippet.publishedAt", true, Instant::parse,
                "an ISO-8601 time such as 2026-11-22T10:15:30Z");
        String channel = fields.text(fields.object(snippet, "authorChannelId", "snippet.authorChannelId", true), "value",
                "snippet.authorChannelId.value", true);
        String name = fields.text(snippet, "authorDisplayName", "snippet.authorDisplayName", false);
        String parent = fields.text(snippet, "parentId", "snippet.parentId", false);
        String thread = fields.text(raw.context(), "threadId", "context.threadId", true);
        String video = fields.text(raw.context(), "videoId", "context.videoId", false);
        String brandChannel = fields.text(raw.context(), "channelId", "context.channelId", false);
        long likes = fields.count(snippet, "likeCount", "snippet.likeCount");
        fields.throwIfInvalid();

        return new SocialPost(SocialPost.postIdOf(Platform.YOUTUBE, id), raw.brand(), Platform.YOUTUBE, id,
                parent != null ? PostKind.REPLY : PostKind.COMMENT,
                new Author(channel, name != null && name.startsWith("@") ? name.substring(1) : name, name, 0, false),
                text, null, publishedAt, raw.receivedAt(), parent, SocialPost.postIdOf(Platform.YOUTUBE, thread),
                video != null ? "https://www.youtube.com/watch?v=" + video + "&lc=" + id : null)
                .withEngagement(new Engagement(likes, 0, 0))
                .withCommunity(brandChannel != null ? "channel:" + brandChannel : null);
    }
}
