package dev.parley.events;

/**
 * Every event Parley publishes, with its version and JSON Schema. The CloudEvents type is
 * {@code dev.parley.<name>.v<version>}; the schema ships in this module at {@code schemas/<name>.v<version>.schema.json}.
 * A change that old consumers cannot read gets a new version and a new schema file; adding an optional
 * field does not.
 */
public enum EventType {
    RAW_POST("raw-post", 1, RawPost.class),
    SOCIAL_POST("social-post", 1, SocialPost.class),
    TRIAGED_POST("triaged-post", 1, TriagedPost.class),
    CASE_EVENT("case-event", 1, CaseEvent.class),
    REPLY_REQUESTED("reply-requested", 1, ReplyRequested.class),
    REPLY_STATUS("reply-status", 1, ReplyStatus.class),
    BRAND_CHECK("brand-check", 1, BrandCheck.class),
    KPI_SNAPSHOT("kpi-snapshot", 1, KpiSnapshot.class),
    ALERT("alert", 1, Alert.class),
    TRIAGE_CORRECTION("triage-correction", 1, TriageCorrection.class),
    IMPROVEMENT("improvement", 1, Improvement.class),
    PERIOD_REPORT("period-report", 1, PeriodReport.class);

    private static final String SCHEMA_BASE_URI = "https://parley.dev/schemas/";

    private final String eventName;
    private final int version;
    private final Class<? extends Record> recordType;

    EventType(String eventName, int version, Class<? extends Record> recordType) {
        this.eventName = eventName;
        this.version = version;
        this.recordType = recordType;
    }

    public String eventName() {
        return eventName;
    }

    public int version() {
        return version;
    }

    public Class<? extends Record> recordType() {
        return recordType;
    }

    /** The value of the {@code ce_type} header, e.g. {@code dev.parley.social-post.v1}. */
    public String cloudEventType() {
        return "dev.parley." + eventName + ".v" + version;
    }

    /** The file name of the JSON Schema, e.g. {@code social-post.v1.schema.json}. */
    public String schemaFileName() {
        return eventName + ".v" + version + ".schema.json";
    }

    /** The classpath resource holding the JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + schemaFileName();
    }

    /** The value of the {@code ce_dataschema} header: the schema's {@code $id}. */
    public String dataSchemaUri() {
        return SCHEMA_BASE_URI + schemaFileName();
    }

    public static EventType of(Class<?> recordType) {
        for (EventType type : values()) {
            if (type.recordType.equals(recordType)) {
                return type;
            }
        }
        throw new IllegalArgumentException(recordType.getName() + " is not a Parley event");
    }
}
