package dev.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every event's JSON, as Jackson writes it, is what its schema documents, and reads back equal. */
class EventContractTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://parley.dev/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleJsonIsValidAgainstItsSchema(EventType type) {
        String json = JSON.writeValueAsString(EventSamples.sampleOf(type));

        Set<ValidationMessage> errors = schemaOf(type).validate(json, InputFormat.JSON);

        assertThat(errors).as(json).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void jsonReadsBackToAnEqualRecord(EventType type) {
        Record sample = EventSamples.sampleOf(type);

        Object read = JSON.readValue(JSON.writeValueAsString(sample), type.recordType());

        assertThat(read).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDocumentsExactlyTheRecordsFields(EventType type) throws IOException {
        Set<String> recordFields = new TreeSet<>();
        Arrays.stream(type.recordType().getRecordComponents()).forEach(c -> recordFields.add(c.getName()));

        assertThat(schemaPropertyNames(type)).isEqualTo(recordFields);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIdIsTheDataSchemaHeaderValue(EventType type) throws IOException {
        assertThat(schemaJson(type).get("$id").asString()).isEqualTo(type.dataSchemaUri());
    }

    @Test
    void schemaRejectsAPostMissingRequiredFieldsAndNamesThem() {
        Set<ValidationMessage> errors = schemaOf(EventType.SOCIAL_POST)
                .validate("{\"postId\":\"x:1\",\"platform\":\"myspace\"}", InputFormat.JSON);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("text"))
                .anySatisfy(m -> assertThat(m).contains("platform"));
    }

    @Test
    void wireEnumsUseLowerCaseNamesAndRejectUnknownValues() {
        assertThat(JSON.writeValueAsString(PostKind.DIRECT_MESSAGE)).isEqualTo("\"direct_message\"");
        assertThat(JSON.readValue("\"pending_customer\"", CaseStatus.class)).isEqualTo(CaseStatus.PENDING_CUSTOMER);
        assertThatThrownBy(() -> WireEnum.parse(Platform.class, "myspace"))
                .hasMessageContaining("'myspace' is not one of [x, facebook");
    }

    @Test
    void everyEventTypeIsCarriedByATopicOrServedOverHttp() {
        for (EventType type : EventType.values()) {
            boolean onATopic = Arrays.stream(Topic.values()).anyMatch(t -> t.eventType().filter(type::equals).isPresent());
            assertThat(onATopic || type == EventType.BRAND_CHECK).as(type.name()).isTrue();
        }
    }

    private static JsonSchema schemaOf(EventType type) {
        return SCHEMAS.getSchema(SchemaLocation.of(type.dataSchemaUri()), STRICT_FORMATS);
    }

    private static JsonNode schemaJson(EventType type) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Set<String> schemaPropertyNames(EventType type) throws IOException {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = schemaJson(type).get("properties").propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }
}
