package dev.parley.brandvoice.web;

import dev.parley.events.Platform;

/**
 * A draft to check.
 *
 * @param brand          whose guidelines apply
 * @param platform       where the reply will appear (platform conventions arrive with issue #6)
 * @param privateChannel true for a direct message; absent means public
 * @param text           the draft reply
 */
public record CheckRequest(String brand, Platform platform, Boolean privateChannel, String text) {
}
