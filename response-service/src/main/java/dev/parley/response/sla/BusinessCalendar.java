package dev.parley.response.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the clock of an SLA runs: the opening hours of a team in its time zone, on its working days, except
 * holidays. {@link #ALWAYS} runs around the clock.
 *
 * @param zone     the team's time zone
 * @param days     working days
 * @param opens    opening time on a working day
 * @param closes   closing time on a working day (after {@code opens})
 * @param holidays days off
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
                               Set<LocalDate> holidays) {
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneId.of("UTC"), EnumSet.allOf(DayOfWeek.class),
            LocalTime.MIDNIGHT, LocalTime.MAX, Set.of());

    public BusinessCalendar {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        holidays = Set.copyOf(holidays);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working day");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("a calendar closes after it opens: " + opens + " to " + closes);
        }
    }

    private boolean always() {
        return days.size() == 7 && opens.equals(LocalTime.MIDNIGHT) && closes.equals(LocalTime.MAX) && holidays.isEmpty();
    }

    /** The instant when {@code businessTime} of open hours have passed after {@code start}. */
    public Instant plus(Instant start, Duration businessTime) {
        if (always()) {
            return start.plus(businessTime);
        }
        Duration left = businessTime;
        ZonedDateTime at = start.atZone(zone);
        while (true) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime open = day.atTime(opens).atZone(zone);
                ZonedDateTime close = day.atTime(closes).atZone(zone);
                ZonedDateTime from = at.isBefore(open) ? open : at;
                if (from.isBefore(close)) {
                    Duration available = Duration.between(from, close);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            at = day.plusDays(1).atStartOfDay(zone);
        }
    }

    private boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }
}
