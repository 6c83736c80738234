package dev.parley.ingestion.platform;

import java.net.URI;

/** The platforms' real API addresses: the default wherever a base URL can be set (tests point them at fakes). */
public final class PlatformUrls {
    public static final URI X = URI.create("https://api.x.com");
    /** The Graph API with its version; paths are resolved against it, so it ends with {@code /}. */
    public static final URI META_GRAPH = URI.create("https://graph.facebook.com/v21.0/");
    public static final URI REDDIT = URI.create("https://oauth.reddit.com");
    public static final URI YOUTUBE = URI.create("https://www.googleapis.com");
    public static final URI TRUSTPILOT = URI.create("https://api.trustpilot.com");

    private PlatformUrls() {
    }
}
