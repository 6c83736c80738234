package dev.parley.support.json;

import com.ethlo.time.ITU;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.ser.InstantSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Event timestamps ({@link Instant}s, RFC 3339 text in every event) read and written with ethlo's ITU instead of
 * java.time's formatter, which took about 3 µs a timestamp under the services' C1-only JIT (ITU: 0.25 µs); every
 * event holds several, and their parsing was 2–5% of each service's CPU. The text is the same as Jackson's own
 * (fractions of 0, 3, 6 or 9 digits, as {@link Instant#toString()}), and whatever ITU does not handle goes to
 * Jackson's own (de)serializer: epoch numbers, leap seconds, years beyond 9999, timestamps written as numbers; so
 * what is accepted, what is written and the errors for bad input are Jackson's.
 */
public final class Rfc3339Instants extends SimpleModule {
    private static final Instant FIRST_FOUR_DIGIT_YEAR = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant AFTER_FOUR_DIGIT_YEARS = Instant.parse("+10000-01-01T00:00:00Z");

    public Rfc3339Instants() {
        super(Rfc3339Instants.class.getSimpleName());
        addDeserializer(Instant.class, new Reader());
        addSerializer(Instant.class, new Writer());
    }

    /** The digits of {@code nanos} {@link Instant#toString()} writes: none, milli, micro or nano seconds. */
    static int fractionDigits(int nanos) {
        if (nanos == 0) {
            return 0;
        }
        return nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
    }

    private static final class Reader extends StdScalarDeserializer<Instant> {
        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return ITU.parseDateTime(parser.getString()).toInstant();
                } catch (DateTimeException notForItu) {
                    // Jackson's reading decides, with its own message if it is no timestamp at all.
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }

    private static final class Writer extends StdScalarSerializer<Instant> {
        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant instant, JsonGenerator generator, SerializationContext context) {
            if (context.isEnabled(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS) || instant.isBefore(FIRST_FOUR_DIGIT_YEAR)
                    || !instant.isBefore(AFTER_FOUR_DIGIT_YEARS)) {
                InstantSerializer.INSTANCE.serialize(instant, generator, context);
                return;
            }
            generator.writeString(ITU.formatUtc(instant.atOffset(ZoneOffset.UTC), fractionDigits(instant.getNano())));
        }
    }
}
