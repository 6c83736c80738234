package dev.parley.response.config;

import dev.parley.events.Platform;
import dev.parley.response.sla.BusinessCalendar;
import dev.parley.response.sla.SlaAction;
import dev.parley.response.sla.SlaPolicy;
import dev.parley.response.sla.SlaTimekeeper;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.response.sla.*}: response-time policies and the calendars their clocks run on, checked at start.
 *
 * @param nearBreachAt the share of a clock's time after which it is near breach (default 0.8)
 * @param calendars    named opening hours; {@code always} (around the clock) is built in
 * @param policies     tried in order, the first matching a case applies (the last should match every case)
 * @param watchEvery   how often warnings and breaches are looked for (default 5 s)
 */
@ConfigurationProperties("parley.response.sla")
public record SlaProperties(Double nearBreachAt, Map<String, Calendar> calendars, List<Policy> policies,
                            Duration watchEvery) {
    static final String ALWAYS = "always";

    public SlaProperties {
        nearBreachAt = nearBreachAt == null ? 0.8 : nearBreachAt;
        calendars = calendars == null ? Map.of() : Map.copyOf(calendars);
        policies = policies == null ? List.of() : List.copyOf(policies);
        watchEvery = watchEvery == null ? Duration.ofSeconds(5) : watchEvery;
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("parley.response.sla.policies: at least one SLA policy is needed");
        }
    }

    /**
     * @param zone     time zone id, e.g. Europe/London
     * @param days     working days, e.g. [MONDAY, TUESDAY, ...]
     * @param opens    e.g. 09:00
     * @param closes   e.g. 17:30
     * @param holidays days off, e.g. [2026-12-25]
     */
    public record Calendar(String zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        BusinessCalendar toCalendar(String name) {
            if (zone == null || days == null || opens == null || closes == null) {
                throw new IllegalArgumentException("calendar " + name + " needs zone, days, opens and closes");
            }
            return new BusinessCalendar(ZoneId.of(zone), days, opens, closes, holidays == null ? Set.of() : holidays);
        }
    }

    /** One policy; see {@link SlaPolicy} for the fields. {@code calendar} names a calendar (default always). */
    public record Policy(String name, Integer minPriority, Set<Platform> platforms, String channel, Duration firstResponse,
                         Duration nextResponse, Duration resolution, String calendar, Set<SlaAction> onBreach) {
    }

    /** The policies as the SLA domain uses them; an unknown calendar name is refused with the names there are. */
    public SlaTimekeeper timekeeper() {
        List<SlaPolicy> resolved = policies.stream().map(p -> {
            String calendarName = p.calendar() == null ? ALWAYS : p.calendar();
            BusinessCalendar calendar = calendarName.equals(ALWAYS) ? BusinessCalendar.ALWAYS
                    : calendars.containsKey(calendarName) ? calendars.get(calendarName).toCalendar(calendarName) : null;
            if (calendar == null) {
                throw new IllegalArgumentException("SLA policy " + p.name() + " names calendar '" + calendarName
                        + "'; the calendars are " + ALWAYS + " and " + calendars.keySet());
            }
            return new SlaPolicy(p.name(), p.minPriority() == null ? 0 : p.minPriority(),
                    p.platforms() == null ? Set.of() : p.platforms(), p.channel(), p.firstResponse(), p.nextResponse(),
                    p.resolution(), calendar, p.onBreach() == null ? Set.of() : p.onBreach());
        }).toList();
        return new SlaTimekeeper(resolved, nearBreachAt);
    }
}
