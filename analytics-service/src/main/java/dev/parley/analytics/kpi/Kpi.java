package dev.parley.analytics.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Every KPI analytics publishes: its name on the wire, how it is computed and what it means. */
public enum Kpi {
    POST_VOLUME(Statistic.COUNT, Better.NEITHER, "customer posts (spam, bots and off-topic posts excluded)"),
    EXCLUDED_POSTS(Statistic.COUNT, Better.NEITHER, "posts left out of every KPI, by reason (spam, bot, irrelevant)"),
    NEGATIVE_SHARE(Statistic.SHARE, Better.LOWER, "share of posts triage read as negative"),
    SENTIMENT_INDEX(Statistic.MEAN, Better.HIGHER,
            "mean of P(positive) − P(negative) × 100 over posts: −100 to 100"),
    CASES_OPENED(Statistic.COUNT, Better.NEITHER, "cases opened"),
    FIRST_RESPONSE_TIME(Statistic.DURATION, Better.LOWER,
            "seconds from a case opening to the first reply, by when the reply was made"),
    NEXT_RESPONSE_TIME(Statistic.DURATION, Better.LOWER, "seconds from a customer's further post to the next reply"),
    RESOLUTION_TIME(Statistic.DURATION, Better.LOWER, "seconds from a case opening to its resolution"),
    BACKLOG(Statistic.LEVEL, Better.LOWER,
            "cases open (not resolved or closed) after the window's last change, counted where they are now"),
    CASES_RESOLVED(Statistic.COUNT, Better.NEITHER, "cases resolved"),
    FIRST_CONTACT_RESOLUTION(Statistic.SHARE, Better.HIGHER,
            "share of resolved cases resolved with one reply and never reopened"),
    REOPEN_RATE(Statistic.SHARE, Better.LOWER, "share of resolutions of cases that had been resolved before"),
    ESCALATION_RATE(Statistic.SHARE, Better.LOWER, "share of resolved cases that were escalated"),
    SLA_COMPLIANCE(Statistic.SHARE, Better.HIGHER, "share of resolved cases without an SLA breach"),
    SLA_BREACHES(Statistic.COUNT, Better.LOWER, "SLA clocks that passed their due time"),
    ESCALATIONS(Statistic.COUNT, Better.LOWER, "escalations"),
    CSAT(Statistic.SHARE, Better.HIGHER, "share of survey answers of 4 or 5 (satisfied), the usual CSAT %"),
    CSAT_SCORE(Statistic.MEAN, Better.HIGHER, "mean survey answer, 1 to 5"),
    NPS(Statistic.NPS, Better.HIGHER, "Net Promoter Score of the answers that gave one"),
    BRAND_CHECK_PASS_RATE(Statistic.SHARE, Better.HIGHER,
            "share of replies that passed their brand check the first time");

    private final Statistic statistic;
    private final Better better;
    private final String meaning;

    Kpi(Statistic statistic, Better better, String meaning) {
        this.statistic = statistic;
        this.better = better;
        this.meaning = meaning;
    }

    /** Which way is good news. */
    public Better better() {
        return better;
    }

    /** The KPI's name on the wire, e.g. {@code first_response_time}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Statistic statistic() {
        return statistic;
    }

    public String meaning() {
        return meaning;
    }

    /** The names its snapshots are published under: durations as median and 90th percentile. */
    public List<String> publishedNames() {
        return statistic == Statistic.DURATION ? List.of(wireName() + "_p50", wireName() + "_p90")
                : List.of(wireName());
    }

    /** Whether a rise of the KPI is good news, bad news or neither (volumes). */
    public enum Better {
        HIGHER, LOWER, NEITHER
    }

    /** The KPI a published name belongs to ({@code first_response_time_p90} → {@link #FIRST_RESPONSE_TIME}). */
    public static Kpi ofPublishedName(String name) {
        return Arrays.stream(values()).filter(k -> k.publishedNames().contains(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kpi '" + name + "'; available: "
                        + Arrays.stream(values()).flatMap(k -> k.publishedNames().stream()).toList()));
    }
}
