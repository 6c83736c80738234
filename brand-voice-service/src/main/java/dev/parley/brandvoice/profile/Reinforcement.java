package dev.parley.brandvoice.profile;

import dev.parley.events.WireEnum;

/** When a reply must use at least one preferred phrase. JSON: {@code "never"}, {@code "when_customer_upset"}, {@code "always"}. */
public enum Reinforcement implements WireEnum {
    NEVER, WHEN_CUSTOMER_UPSET, ALWAYS
}
