package dev.parley.response.savedreplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void fillsEveryVariableOrNamesTheMissingOnes() {
        String body = "Hi {{customer_name}}, booking {{booking_reference}} is rebooked. {{ agent_name }}";

        assertThat(Templates.variables(body)).containsExactly("customer_name", "booking_reference", "agent_name");
        assertThat(Templates.fill(body, Map.of("customer_name", "Jo", "booking_reference", "ABC123", "agent_name", "Ana")))
                .isEqualTo("Hi Jo, booking ABC123 is rebooked. Ana");
        assertThatThrownBy(() -> Templates.fill(body, Map.of("customer_name", "Jo", "agent_name", " ")))
                .isInstanceOfSatisfying(Templates.MissingValuesException.class,
                        e -> assertThat(e.missing()).containsExactly("booking_reference", "agent_name"));
        assertThat(Templates.fill("Costs $5 {{x}}", Map.of("x", "$1"))).isEqualTo("Costs $5 $1");
    }

    @Test
    void malformedVariablesAreRefusedWhenSaved() {
        assertThatThrownBy(() -> new SavedReply("1", "t", "Hi {{Customer Name}}", Map.of(), Set.of(), Set.of(), Set.of(),
                "sue", Instant.now())).hasMessageContaining("{{name}} with a lower-case name");
        assertThatThrownBy(() -> new SavedReply("1", "t", " ", Map.of(), Set.of(), Set.of(), Set.of(), "sue", Instant.now()))
                .hasMessageContaining("title and a body");
    }
}
