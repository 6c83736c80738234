package dev.parley.ingestion.meta;

import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.platform.PlatformCallException;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a mention through the Graph API's mention fields of the brand's Instagram account:
 * {@code mentioned_comment.comment_id(<id>)} or {@code mentioned_media.media_id(<id>)}, with the
 * brand's Page token. A 4xx (deleted, private, no permission) means the mention cannot be read.
 */
public class GraphMentionLookup implements MentionLookup {
    private final PlatformClient client;
    private final URI graphUrl;
    private final BrandCredentials credentials;

    public GraphMentionLookup(PlatformClient client, URI graphUrl, BrandCredentials credentials) {
        this.client = client;
        this.graphUrl = graphUrl;
        this.credentials = credentials;
    }

    @Override
    public Optional<Map<String, Object>> lookup(String instagramAccountId, String brand, String mediaId, String commentId) {
        String field = commentId != null
                ? "mentioned_comment.comment_id(" + commentId + "){id,text,timestamp,username,like_count}"
                : "mentioned_media.media_id(" + mediaId + "){id,caption,timestamp,username,permalink,media_type}";
        try {
            Map<String, Object> answer = client.sendForJson(HttpRequest.newBuilder(graphUrl.resolve(
                    instagramAccountId + "?fields=" + URLEncoder.encode(field, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + credentials.tokenOf(brand)).GET().build());
            Map<String, Object> mention = PlatformJson.map(answer.get(commentId != null ? "mentioned_comment" : "mentioned_media"));
            return mention.isEmpty() ? Optional.empty() : Optional.of(mention);
        } catch (PlatformCallException e) {
            if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
