package dev.parley.analytics.config;

import dev.parley.analytics.recommendations.ServiceProcess;
import dev.parley.analytics.spikes.SpikeSettings;
import dev.parley.analytics.staffing.StaffingSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.analytics.*}.
 *
 * @param spikes    when an hour of a topic is a spike (alerts on {@code parley.analytics.alerts})
 * @param staffing  what staffing plans aim for
 * @param reports   reports written on a schedule (off unless a folder and brands are set)
 * @param processes by topic id (as in triage's taxonomy): the service process the topic belongs to and what to do
 *                  when it moves, for recommendations
 */
@ConfigurationProperties("parley.analytics")
public record AnalyticsProperties(@DefaultValue Spikes spikes, @DefaultValue Staffing staffing,
        @DefaultValue Reports reports, Map<String, Process> processes) {

    public AnalyticsProperties {
        processes = processes == null ? Map.of() : Map.copyOf(processes);
    }

    /** The processes as the recommender takes them. */
    public Map<String, ServiceProcess> serviceProcesses() {
        return processes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new ServiceProcess(e.getValue().process(), e.getValue().actions())));
    }

    /**
     * @param handleTime   an agent's working time per case (default 6m)
     * @param targetAnswer first replies should come within this (default 1h)
     * @param serviceLevel share of cases to answer within it (default 0.8)
     * @param weeks        past weeks the forecast averages (default 4; hourly KPIs are kept 35 days)
     */
    public record Staffing(@DefaultValue("6m") Duration handleTime, @DefaultValue("1h") Duration targetAnswer,
            @DefaultValue("0.8") double serviceLevel, @DefaultValue("4") int weeks) {
        public Staffing {
            new StaffingSettings(handleTime, targetAnswer, serviceLevel, weeks);
        }

        /** Validated where the plan's settings are. */
        public StaffingSettings settings() {
            return new StaffingSettings(handleTime, targetAnswer, serviceLevel, weeks);
        }
    }

    /**
     * @param folder    where reports are written as HTML and JSON; none: no files
     * @param publish   whether reports are also published on {@code parley.analytics.reports} (default false);
     *                  with neither a folder nor publish, no scheduled reports
     * @param brands    whose reports are made
     * @param period    {@code day} (the day before) or {@code week} (the 7 days before)
     * @param cron      when, in UTC (default 06:00 every day); for weekly reports e.g. {@code 0 0 6 * * MON}
     * @param minSample observations a change needs before the report calls it significant (default 30)
     */
    public record Reports(Path folder, @DefaultValue("false") boolean publish, List<String> brands,
            @DefaultValue("day") String period,
            @DefaultValue("0 0 6 * * *") String cron, @DefaultValue("30") int minSample) {
        public Reports {
            brands = brands == null ? List.of() : List.copyOf(brands);
            if (!period.equals("day") && !period.equals("week")) {
                throw new IllegalArgumentException("parley.analytics.reports.period must be day or week, was "
                        + period);
            }
            if ((folder != null || publish) && brands.isEmpty()) {
                throw new IllegalArgumentException("parley.analytics.reports.brands must name the brands to report on");
            }
        }
    }

    /**
     * @param process the process's name, e.g. {@code baggage tracing}
     * @param actions concrete steps a team can take
     */
    public record Process(String process, List<String> actions) {
        public Process {
            new ServiceProcess(process, actions);
        }
    }

    /**
     * @param minVolume     fewer posts in an hour is never a spike (default 20)
     * @param warningZ      standard deviations above the hourly baseline for a warning (3)
     * @param criticalZ     standard deviations for a critical alert, which puts matching cases in crisis handling (5)
     * @param baselineHours hours of history a topic needs before it can spike (3)
     * @param smoothing     weight of the newest hour in the moving baseline, 0 to 1 (0.2)
     */
    public record Spikes(@DefaultValue("20") int minVolume, @DefaultValue("3") double warningZ,
            @DefaultValue("5") double criticalZ, @DefaultValue("3") int baselineHours,
            @DefaultValue("0.2") double smoothing) {

        public Spikes {
            new SpikeSettings(minVolume, warningZ, criticalZ, baselineHours, smoothing);
        }

        /** Validated where the detector's settings are. */
        public SpikeSettings settings() {
            return new SpikeSettings(minVolume, warningZ, criticalZ, baselineHours, smoothing);
        }
    }
}
