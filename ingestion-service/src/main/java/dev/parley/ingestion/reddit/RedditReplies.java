package dev.parley.ingestion.reddit;

import static dev.parley.ingestion.platform.PlatformJson.list;
import static dev.parley.ingestion.platform.PlatformJson.map;
import static dev.parley.ingestion.platform.PlatformJson.text;

import dev.parley.events.ReplyRequested;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.outbound.PlatformReplies;
import dev.parley.ingestion.outbound.ReplyRefusedException;
import dev.parley.ingestion.platform.PlatformCallException;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Replies on Reddit with {@code POST /api/comment} ({@code thing_id} = the fullname answered,
 * {@code api_type=json}). Reddit reports refusals (e.g. {@code RATELIMIT}, {@code THREAD_LOCKED}) as
 * a 200 with {@code json.errors}: those are failures too.
 */
public class RedditReplies implements PlatformReplies {
    private final PlatformClient client;
    private final URI baseUrl;
    private final String userAgent;
    private final BrandCredentials credentials;

    public RedditReplies(PlatformClient client, URI baseUrl, String userAgent, BrandCredentials credentials) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.credentials = credentials;
    }

    @Override
    public String publish(ReplyRequested reply, String text) {
        if (reply.privateChannel()) {
            throw new ReplyRefusedException("Parley answers Reddit in public threads only");
        }
        String form = "api_type=json&thing_id=" + URLEncoder.encode(reply.inReplyTo(), StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        Map<String, Object> json = map(client.sendForJson(HttpRequest.newBuilder(baseUrl.resolve("/api/comment"))
                .header("Authorization", "bearer " + credentials.tokenOf(reply.brand())).header("User-Agent", userAgent)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build()).get("json"));
        List<Map<String, Object>> errors = list(json.get("errors"));
        if (!errors.isEmpty()) {
            throw new PlatformCallException("Reddit refused the comment: " + errors, 200, false, null, null);
        }
        return list(map(json.get("data")).get("things")).stream().map(thing -> text(map(thing.get("data")), "name"))
                .findFirst().orElseThrow(() -> new PlatformCallException("Reddit answered without the new comment", 200,
                        false, null, null));
    }
}
