package dev.parley.ingestion.config;

import dev.parley.ingestion.threading.Threading;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.threading.*}: how posts are grouped into conversations (see {@link Threading}).
 *
 * @param followUpWindow a new public post joins the author's previous conversation with the brand when
 *                       posted within this time of it (default 30 minutes; 0 turns it off)
 */
@ConfigurationProperties("parley.ingestion.threading")
public record ThreadingProperties(Duration followUpWindow) {
    public ThreadingProperties {
        followUpWindow = followUpWindow == null ? Duration.ofMinutes(30) : followUpWindow;
        if (followUpWindow.isNegative()) {
            throw new IllegalArgumentException("parley.ingestion.threading.follow-up-window must not be negative");
        }
    }

    public Threading toThreading() {
        return new Threading(followUpWindow);
    }
}
