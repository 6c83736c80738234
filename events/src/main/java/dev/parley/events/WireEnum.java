package dev.parley.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An enum whose JSON form is its lower-case name ({@code DIRECT_MESSAGE} is {@code "direct_message"}).
 * Jackson reads enums back through the same {@link JsonValue}.
 */
public interface WireEnum {

    String name();

    int ordinal();

    @JsonValue
    default String wireName() {
        // Every event and API answer writes its enums: the lower-case names are made once per enum type.
        return WireNames.OF.get(((Enum<?>) this).getDeclaringClass()).names[ordinal()];
    }

    /** The constant whose wire name is {@code value}, or an error that lists the allowed values. */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String value) {
        Object constant = WireNames.OF.get(type).constants.get(value);
        if (constant == null) {
            throw new IllegalArgumentException("'" + value + "' is not one of "
                    + Arrays.asList(WireNames.OF.get(type).names));
        }
        return type.cast(constant);
    }

    /** One enum type's wire names by ordinal, and its constants by wire name. */
    final class WireNames {
        private static final ClassValue<WireNames> OF = new ClassValue<>() {
            @Override
            protected WireNames computeValue(Class<?> type) {
                return new WireNames(type.getEnumConstants());
            }
        };

        private final String[] names;
        private final Map<String, Object> constants = new HashMap<>();

        private WireNames(Object[] enumConstants) {
            names = new String[enumConstants.length];
            for (Object constant : enumConstants) {
                Enum<?> e = (Enum<?>) constant;
                names[e.ordinal()] = e.name().toLowerCase(Locale.ROOT);
                constants.put(names[e.ordinal()], constant);
            }
        }
    }
}
