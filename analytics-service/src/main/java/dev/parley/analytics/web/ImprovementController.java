package dev.parley.analytics.web;

import dev.parley.analytics.improvements.ImprovementReview;
import dev.parley.analytics.kpi.Breakdowns;
import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.query.ImprovementTracker;
import dev.parley.events.Improvement;
import dev.parley.events.Topic;
import dev.parley.support.messaging.EventPublisher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Improvement tracking (plan-do-check-act): register a change with the day it took effect and the KPIs it should
 * move ({@code POST /api/v1/improvements}); read back whether they moved ({@code GET}).
 */
@RestController
public class ImprovementController {
    private final EventPublisher publisher;
    private final ImprovementTracker tracker;

    public ImprovementController(EventPublisher publisher, ImprovementTracker tracker) {
        this.publisher = publisher;
        this.tracker = tracker;
    }

    @PostMapping("/api/v1/improvements")
    @ResponseStatus(HttpStatus.CREATED)
    public Improvement register(@RequestBody NewImprovement request) {
        List<String> problems = new ArrayList<>();
        if (blank(request.brand())) {
            problems.add("brand is required");
        }
        if (blank(request.title())) {
            problems.add("title is required");
        }
        if (blank(request.registeredBy())) {
            problems.add("registeredBy is required");
        }
        if (request.startedAt() == null) {
            problems.add("startedAt is required (when the change took effect)");
        }
        if (request.kpis() == null || request.kpis().isEmpty()) {
            problems.add("kpis must name at least one KPI it should move");
        } else {
            for (String kpi : request.kpis()) {
                try {
                    Kpi.ofPublishedName(kpi);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        Map<String, String> dimensions = request.dimensions() == null ? Map.of() : request.dimensions();
        if (dimensions.size() > 1 || dimensions.keySet().stream().anyMatch(d -> !Breakdowns.BY.contains(d))) {
            problems.add("dimensions: at most one of " + Breakdowns.BY);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Improvement improvement = new Improvement(UUID.randomUUID().toString(), request.brand(), request.title(),
                request.description(), request.startedAt(), request.kpis(), dimensions, request.registeredBy(),
                Instant.now());
        publisher.publish(Topic.ANALYTICS_IMPROVEMENTS, improvement.improvementId(), improvement);
        return improvement;
    }

    /** The brand's improvements, newest first, each with its KPIs before and after. */
    @GetMapping("/api/v1/improvements")
    public List<ImprovementReview> reviews(@RequestParam String brand, @RequestParam(defaultValue = "30") int minSample) {
        return tracker.reviews(brand, minSample);
    }

    @GetMapping("/api/v1/improvements/{improvementId}")
    public ImprovementReview review(@PathVariable String improvementId,
            @RequestParam(defaultValue = "30") int minSample) {
        return tracker.review(improvementId, minSample)
                .orElseThrow(() -> new NoSuchElementException("no improvement " + improvementId));
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * @param startedAt  when the change took effect
     * @param kpis       published KPI names it should move
     * @param dimensions empty for the whole brand, or one breakdown, e.g. {@code {"team": "baggage"}}
     */
    public record NewImprovement(String brand, String title, String description, Instant startedAt,
            List<String> kpis, Map<String, String> dimensions, String registeredBy) {
    }
}
