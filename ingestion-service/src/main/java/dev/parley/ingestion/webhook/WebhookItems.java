package dev.parley.ingestion.webhook;

import dev.parley.events.RawPost;
import java.util.List;

/** What one webhook delivery held: the customer items to ingest and, for each thing left out, why. */
public record WebhookItems(List<RawPost> items, List<String> ignored) {
    public WebhookItems {
        items = List.copyOf(items);
        ignored = List.copyOf(ignored);
    }
}
