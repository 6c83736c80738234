package dev.parley.response.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.response.csat.*}: the satisfaction survey sent when a case is resolved.
 *
 * @param enabled  send it (default true)
 * @param question its text; {@code {{customer_name}}} is filled in. Ask for a 1–5 score first and, optionally, a
 *                 0–10 recommendation: the customer's first numbers are read as the answer
 */
@ConfigurationProperties("parley.response.csat")
public record CsatProperties(Boolean enabled, String question) {
    static final String DEFAULT_QUESTION = "Thanks, {{customer_name}}! How did we do? Reply with a number from 1 (poor) "
            + "to 5 (great) and, if you like, how likely you are to recommend us from 0 to 10.";

    public CsatProperties {
        enabled = enabled == null || enabled;
        question = question == null || question.isBlank() ? DEFAULT_QUESTION : question;
    }
}
