package dev.parley.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * An enum whose JSON form is its lower-case name ({@code DIRECT_MESSAGE} is {@code "direct_message"}).
 * Jackson reads enums back through the same {@link JsonValue}.
 */
public interface WireEnum {

    String name();

    @JsonValue
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose wire name is {@code value}, or an error that lists the allowed values. */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String value) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants)
                .filter(c -> c.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of "
                        + Arrays.stream(constants).map(WireEnum::wireName).toList()));
    }
}
