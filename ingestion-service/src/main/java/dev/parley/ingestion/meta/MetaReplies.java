package dev.parley.ingestion.meta;

import static dev.parley.ingestion.platform.PlatformJson.text;

import dev.parley.events.Platform;
import dev.parley.events.ReplyRequested;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.outbound.PlatformReplies;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * Replies on Facebook and Instagram through the Graph API with the Page's access token: a comment
 * reply on Facebook ({@code POST /<comment or post id>/comments}), on Instagram
 * ({@code POST /<comment id>/replies}); a private reply through the Send API ({@code POST /me/messages},
 * {@code messaging_type: RESPONSE}, so only within the 24-hour window that {@code ReplyConventions} checks).
 */
public class MetaReplies implements PlatformReplies {
    private final PlatformClient client;
    private final URI graphUrl;
    private final BrandCredentials credentials;

    /** @param graphUrl the Graph API with its version, e.g. {@code https://graph.facebook.com/v21.0/} */
    public MetaReplies(PlatformClient client, URI graphUrl, BrandCredentials credentials) {
        this.client = client;
        this.graphUrl = graphUrl;
        this.credentials = credentials;
    }

    @Override
    public String publish(ReplyRequested reply, String text) {
        String token = credentials.tokenOf(reply.brand());
        HttpRequest request = reply.privateChannel()
                ? PlatformJson.post(graphUrl.resolve("me/messages"), token, Map.of("recipient",
                        Map.of("id", PlatformReplies.directMessageRecipient(reply)), "messaging_type", "RESPONSE",
                        "message", Map.of("text", text)))
                : PlatformJson.post(graphUrl.resolve(reply.inReplyTo()
                        + (reply.platform() == Platform.INSTAGRAM ? "/replies" : "/comments")), token, Map.of("message", text));
        Map<String, Object> answer = client.sendForJson(request);
        return reply.privateChannel() ? text(answer, "message_id") : text(answer, "id");
    }
}
