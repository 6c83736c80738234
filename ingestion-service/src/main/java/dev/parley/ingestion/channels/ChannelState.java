package dev.parley.ingestion.channels;

import dev.parley.events.WireEnum;

/** How a channel is doing. JSON: {@code "ok"}, {@code "degraded"}, {@code "failing"}, {@code "silent"}. */
public enum ChannelState implements WireEnum {
    /** Reading normally. */
    OK,
    /** The last attempt failed or the platform is rate-limiting us; still trying. */
    DEGRADED,
    /** Several attempts in a row failed, or calls are paused after repeated failures. */
    FAILING,
    /** Working, but far fewer events arrive than usual. */
    SILENT
}
