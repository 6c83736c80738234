package dev.parley.response.replies;

import dev.parley.events.BrandCheck;

/** A reply and the brand check that decided it (null while the reply is held). */
public record ReplyResult(Reply reply, BrandCheck check) {
}
