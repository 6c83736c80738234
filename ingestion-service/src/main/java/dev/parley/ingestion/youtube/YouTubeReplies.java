package dev.parley.ingestion.youtube;

import static dev.parley.ingestion.platform.PlatformJson.text;

import dev.parley.events.Platform;
import dev.parley.events.ReplyRequested;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.outbound.PlatformReplies;
import dev.parley.ingestion.outbound.ReplyRefusedException;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import java.net.URI;
import java.util.Map;

/**
 * Replies on YouTube with {@code comments.insert} ({@code POST /youtube/v3/comments?part=snippet}) under
 * the thread's top-level comment; YouTube threads are one level deep, so every reply goes to the thread
 * (the conversation {@code youtube:<thread id>}).
 */
public class YouTubeReplies implements PlatformReplies {
    private final PlatformClient client;
    private final URI baseUrl;
    private final BrandCredentials credentials;

    public YouTubeReplies(PlatformClient client, URI baseUrl, BrandCredentials credentials) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
    }

    @Override
    public String publish(ReplyRequested reply, String text) {
        String prefix = Platform.YOUTUBE.wireName() + ":";
        if (reply.privateChannel() || !reply.conversationId().startsWith(prefix)) {
            throw new ReplyRefusedException("YouTube replies go under a comment thread (youtube:<thread id>), not "
                    + reply.conversationId());
        }
        return text(client.sendForJson(PlatformJson.post(baseUrl.resolve("/youtube/v3/comments?part=snippet"),
                credentials.tokenOf(reply.brand()), Map.of("snippet", Map.of("parentId",
                        reply.conversationId().substring(prefix.length()), "textOriginal", text)))), "id");
    }
}
