package dev.parley.brandvoice.check;

import dev.parley.events.Platform;

/**
 * A reply an agent wants to send.
 *
 * @param text           the reply
 * @param platform       where it will appear
 * @param privateChannel true for a direct message
 * @param customer       the post it answers, as triage saw it; null when unknown
 */
public record Draft(String text, Platform platform, boolean privateChannel, CustomerPost customer) {
    public Draft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the draft has no text");
        }
        platform = platform == null ? Platform.GENERIC : platform;
        customer = customer == null ? CustomerPost.UNKNOWN : customer;
    }
}
