package dev.parley.ingestion.threading;

import dev.parley.events.Platform;

/**
 * An item that is not a customer post but that customers answer, so threading must know its
 * conversation: a reply the brand posted (its conversation is known) or a brand answer read from an
 * export (its parent is known). Kept on {@code parley.ingestion.threads}, keyed by {@link #threadKey}.
 *
 * @param brand          the brand
 * @param platform       where the item is
 * @param itemId         its post id, {@code <platform>:<external id>}
 * @param conversationId its conversation when known, else null
 * @param parentItemId   the post id of the item it answers when its conversation is not known, else null
 */
public record ThreadLink(String brand, Platform platform, String itemId, String conversationId, String parentItemId) {

    /** Threading runs per brand and platform: replies never cross platforms, and the key spreads brands over tasks. */
    public static String threadKey(String brand, Platform platform) {
        return brand + "|" + platform.wireName();
    }
}
