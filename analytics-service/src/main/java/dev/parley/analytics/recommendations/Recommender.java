package dev.parley.analytics.recommendations;

import dev.parley.analytics.trends.Trend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rules that link significant trends to the service processes they concern: more posts or more negative posts on a
 * topic point at the topic's process; slower responses or falling SLA compliance at staffing; falling CSAT at
 * coaching; falling brand-check pass rates at the guidelines; more reopened cases at how cases are closed. Only
 * significant trends (enough data, p < 0.05) become recommendations.
 */
public class Recommender {
    private final Map<String, ServiceProcess> processes;

    /** @param processes the service process of each topic (topics without one are named as they are) */
    public Recommender(Map<String, ServiceProcess> processes) {
        this.processes = Map.copyOf(processes);
    }

    /** The KPIs and breakdowns the rules read, so the caller fetches only those trends. */
    public static List<Watch> watches() {
        return List.of(new Watch("post_volume", "topic", "up"), new Watch("negative_share", "topic", "up"),
                new Watch("first_response_time_p90", "team", "up"), new Watch("sla_compliance", "team", "down"),
                new Watch("csat", "agent", "down"), new Watch("brand_check_pass_rate", "team", "down"),
                new Watch("reopen_rate", null, "up"));
    }

    /** @param period {@code day}, {@code week}, or how long the compared periods are (e.g. {@code 30 days}) */
    public List<Recommendation> recommend(String period, List<Trend> trends) {
        List<Recommendation> out = new ArrayList<>();
        for (Trend t : trends) {
            Watch watch = watches().stream().filter(w -> w.kpi().equals(t.kpi())).findFirst().orElse(null);
            if (watch == null || !t.significant() || !t.direction().equals(watch.direction())) {
                continue;
            }
            out.add(recommendation(t, period));
        }
        out.sort(Comparator.comparingDouble(Recommendation::urgency).reversed());
        return out;
    }

    private Recommendation recommendation(Trend t, String period) {
        String over = switch (period) {
            case "day" -> "day over day";
            case "week" -> "week over week";
            default -> "against the previous " + period;
        };
        String evidence = "(" + pValue(t.pValue()) + ")";
        return switch (t.kpi()) {
            case "post_volume", "negative_share" -> {
                String topic = t.dimensions().getOrDefault("topic", "all topics");
                ServiceProcess process = processes.getOrDefault(topic, new ServiceProcess(topic, List.of()));
                String what = t.kpi().equals("post_volume")
                        ? topic + " posts " + change(t) + " " + over
                        : "negative posts about " + topic + " up from " + percent(t.previous()) + " to "
                                + percent(t.current()) + " " + over;
                yield of(capitalised(what) + " " + evidence + ": review the " + process.process() + " process",
                        process.process(), process.actions(), t);
            }
            case "first_response_time_p90" -> of(capitalised(team(t)) + " first responses slower: 90th percentile from "
                            + minutes(t.previous()) + " to " + minutes(t.current()) + " " + over + " " + evidence
                            + ": check the team's staffing against the forecast", "staffing",
                    List.of("compare the roster with GET /api/v1/staffing", "move agents to the busiest hours"), t);
            case "sla_compliance" -> of("SLA compliance of " + team(t) + " down from " + percent(t.previous()) + " to "
                            + percent(t.current()) + " " + over + " " + evidence + ": check staffing and the SLA policies",
                    "staffing", List.of("compare the roster with GET /api/v1/staffing",
                            "check that the SLA policies match what the team can do"), t);
            case "csat" -> of("CSAT of " + t.dimensions().getOrDefault("agent", "the brand") + " down from "
                            + percent(t.previous()) + " to " + percent(t.current()) + " " + over + " " + evidence
                            + ": review recent replies together", "coaching",
                    List.of("read the replies of cases with low CSAT together", "share the saved replies that work"),
                    t);
            case "brand_check_pass_rate" -> of("Fewer replies of " + team(t) + " pass the brand check first time: "
                            + percent(t.previous()) + " to " + percent(t.current()) + " " + over + " " + evidence
                            + ": refresh the brand guidelines with the team", "brand guidelines",
                    List.of("go through the most frequent violations (brand voice check log)",
                            "share the phrases that work (GET /api/v1/phrases/effectiveness on brand voice)"), t);
            default -> of("More resolved cases reopen: " + percent(t.previous()) + " to " + percent(t.current()) + " "
                            + over + " " + evidence + ": confirm resolutions with the customer before closing",
                    "case resolution", List.of("ask the customer to confirm before resolving"), t);
        };
    }

    private static Recommendation of(String title, String process, List<String> actions, Trend t) {
        double certainty = t.pValue() == null ? 0 : -Math.log10(Math.max(t.pValue(), 1e-12));
        double size = t.relativeChange() == null ? 1 : Math.abs(t.relativeChange());
        return new Recommendation(title, process, actions, t, size * certainty);
    }

    private static String team(Trend t) {
        String team = t.dimensions().get("team");
        return team == null ? "the brand" : "team " + team;
    }

    private static String change(Trend t) {
        if (t.relativeChange() == null) {
            return t.change() != null && t.change() > 0 ? "up" : "down";
        }
        long percent = Math.round(100 * t.relativeChange());
        return (percent >= 0 ? "up " : "down ") + Math.abs(percent) + "%";
    }

    private static String percent(Double share) {
        return share == null ? "none" : Math.round(100 * share) + "%";
    }

    private static String minutes(Double seconds) {
        return seconds == null ? "none" : String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    static String pValue(Double p) {
        if (p == null) {
            return "p unknown";
        }
        return p < 0.001 ? "p < 0.001" : p < 0.01 ? "p < 0.01" : String.format(Locale.ROOT, "p = %.2f", p);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A KPI the rules read.
     *
     * @param kpi       the published KPI name
     * @param dimension the breakdown it is read by, or null for the brand alone
     * @param direction the direction that calls for action: {@code up} or {@code down}
     */
    public record Watch(String kpi, String dimension, String direction) {
    }
}
