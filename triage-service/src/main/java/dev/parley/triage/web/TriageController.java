package dev.parley.triage.web;

import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.events.WireEnum;
import dev.parley.triage.feedback.CorrectionLog;
import dev.parley.triage.feedback.Drift;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/triage/drift}: how often agents disagree with triage. */
@RestController
public class TriageController {
    static final int MAX_DAYS = 366;

    private final CorrectionLog corrections;
    private final Clock clock;

    public TriageController(CorrectionLog corrections) {
        this.corrections = corrections;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param field sentiment (default), intent or topic
     * @param days  the period: the last {@code days} days up to now (default 28, at most 366)
     */
    @GetMapping("/api/v1/triage/drift")
    public Drift drift(@RequestParam(defaultValue = "sentiment") String field,
                       @RequestParam(defaultValue = "28") int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ", was " + days);
        }
        Instant now = clock.instant();
        return corrections.drift(WireEnum.parse(CorrectedField.class, field), now.minus(Duration.ofDays(days)), now);
    }
}
