package dev.parley.ingestion.reviews;

import dev.parley.events.ReplyRequested;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.outbound.PlatformReplies;
import dev.parley.ingestion.outbound.ReplyRefusedException;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import java.net.URI;
import java.util.Map;

/**
 * Answers a Trustpilot review publicly ({@code POST /v1/private/reviews/<review id>/reply} with the
 * business user's OAuth token). A review has one reply, so its id is the review's:
 * {@code trustpilot-reply-<review id>}.
 */
public class TrustpilotReplies implements PlatformReplies {
    private static final String EXTERNAL_ID_PREFIX = "trustpilot-";

    private final PlatformClient client;
    private final URI baseUrl;
    private final BrandCredentials tokens;
    private final Map<String, String> businessUserIds;

    /** @param businessUserIds each brand's Trustpilot business user, who signs the reply */
    public TrustpilotReplies(PlatformClient client, URI baseUrl, BrandCredentials tokens, Map<String, String> businessUserIds) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.businessUserIds = Map.copyOf(businessUserIds);
    }

    @Override
    public String publish(ReplyRequested reply, String text) {
        if (reply.privateChannel() || !reply.inReplyTo().startsWith(EXTERNAL_ID_PREFIX)) {
            throw new ReplyRefusedException("Trustpilot replies answer a review (trustpilot-<review id>) in public, not "
                    + reply.inReplyTo());
        }
        String businessUser = businessUserIds.get(reply.brand());
        if (businessUser == null) {
            throw new ReplyRefusedException("no Trustpilot business user for brand " + reply.brand() + ": set "
                    + "parley.ingestion.outbound.brands." + reply.brand() + ".trustpilot-business-user-id");
        }
        String reviewId = reply.inReplyTo().substring(EXTERNAL_ID_PREFIX.length());
        client.send(PlatformJson.post(baseUrl.resolve("/v1/private/reviews/" + reviewId + "/reply"),
                tokens.tokenOf(reply.brand()), Map.of("authorBusinessUserId", businessUser, "message", text)));
        return EXTERNAL_ID_PREFIX + "reply-" + reviewId;
    }
}
