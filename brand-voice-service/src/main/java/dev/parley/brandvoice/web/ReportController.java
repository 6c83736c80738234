package dev.parley.brandvoice.web;

import dev.parley.brandvoice.consistency.ConsistencyQuery;
import dev.parley.brandvoice.consistency.ConsistencyReport;
import dev.parley.brandvoice.outcomes.Effectiveness;
import dev.parley.brandvoice.outcomes.OutcomeStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What works and how consistent the brand is: for team leads, and for analytics. */
@RestController
public class ReportController {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    private final ConsistencyQuery consistency;
    private final OutcomeStore outcomes;
    private final Clock clock;

    public ReportController(ConsistencyQuery consistency, OutcomeStore outcomes, Clock clock) {
        this.consistency = consistency;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Which preferred phrases and voice attributes go with resolved cases, calmer customers and better CSAT. */
    @GetMapping("/api/v1/phrases/effectiveness")
    public Effectiveness effectiveness(@RequestParam String brand, @RequestParam(required = false) Instant since) {
        Instant from = since == null ? clock.instant().minus(DEFAULT_PERIOD) : since;
        return Effectiveness.of(brand, from, outcomes.counts(brand, from));
    }

    /** Share of replies that passed their brand check the first time, overall, by team and by agent. */
    @GetMapping("/api/v1/consistency")
    public ConsistencyReport consistency(@RequestParam(required = false) String brand,
            @RequestParam(required = false) Instant since, @RequestParam(required = false) Instant until) {
        Instant to = until == null ? clock.instant() : until;
        Instant from = since == null ? to.minus(DEFAULT_PERIOD) : since;
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("since must be before until");
        }
        return consistency.report(brand, from, to);
    }
}
