package dev.parley.brandvoice.consistency;

import java.time.Instant;

/** Computes the brand-consistency KPI from the check log. */
public interface ConsistencyQuery {

    /** @param brand one brand, or null for all */
    ConsistencyReport report(String brand, Instant since, Instant until);
}
