package dev.parley.analytics.web;

import dev.parley.analytics.query.StaffingFinder;
import dev.parley.analytics.staffing.StaffingPlan;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/staffing?brand=&team=&hours=24&roster=2,2,3,...}: agents needed per hour to meet the SLA target
 * (Erlang C on the forecast cases), and where the roster falls short.
 */
@RestController
public class StaffingController {
    private final StaffingFinder staffing;

    public StaffingController(StaffingFinder staffing) {
        this.staffing = staffing;
    }

    @GetMapping("/api/v1/staffing")
    public StaffingPlan staffing(
            @RequestParam(required = false) String brand,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(defaultValue = "24") int hours,
            @RequestParam(defaultValue = "") List<Integer> roster) {
        if (hours < 1 || hours > 168) {
            throw new IllegalArgumentException("hours must be 1 to 168, was " + hours);
        }
        return staffing.plan(brand, team, from != null ? from : Instant.now(), hours, roster);
    }
}
