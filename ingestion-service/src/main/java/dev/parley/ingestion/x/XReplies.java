package dev.parley.ingestion.x;

import static dev.parley.ingestion.platform.PlatformJson.map;
import static dev.parley.ingestion.platform.PlatformJson.text;

import dev.parley.events.ReplyRequested;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.outbound.PlatformReplies;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * Replies on X through API v2 with the brand's user access token: a public reply is a post with
 * {@code reply.in_reply_to_tweet_id} ({@code POST /2/tweets}); a private one a direct message
 * ({@code POST /2/dm_conversations/with/<customer id>/messages}).
 */
public class XReplies implements PlatformReplies {
    private final PlatformClient client;
    private final URI baseUrl;
    private final BrandCredentials credentials;

    public XReplies(PlatformClient client, URI baseUrl, BrandCredentials credentials) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
    }

    @Override
    public String publish(ReplyRequested reply, String text) {
        String token = credentials.tokenOf(reply.brand());
        HttpRequest request = reply.privateChannel()
                ? PlatformJson.post(baseUrl.resolve("/2/dm_conversations/with/" + PlatformReplies.directMessageRecipient(reply)
                        + "/messages"), token, Map.of("text", text))
                : PlatformJson.post(baseUrl.resolve("/2/tweets"), token,
                        Map.of("text", text, "reply", Map.of("in_reply_to_tweet_id", reply.inReplyTo())));
        Map<String, Object> data = map(client.sendForJson(request).get("data"));
        return reply.privateChannel() ? text(data, "dm_event_id") : text(data, "id");
    }
}
