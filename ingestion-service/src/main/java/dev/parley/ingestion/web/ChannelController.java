package dev.parley.ingestion.web;

import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.channels.ChannelStatus;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/channels}: every connector's state, last event, last error and event rate. */
@RestController
public class ChannelController {
    private final ChannelHealth health;
    private final Clock clock;

    public ChannelController(ChannelHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @GetMapping("/api/v1/channels")
    public List<ChannelStatus> channels() {
        return health.statuses(clock.instant());
    }
}
