package dev.parley.analytics.kpi;

import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;
import java.util.List;

/** A brand check counts towards the pass rate when it was a reply's first attempt (not a rewrite after a block). */
public final class CheckFacts {
    private CheckFacts() {
    }

    public static List<Fact> of(BrandCheck check) {
        if (!Boolean.TRUE.equals(check.firstAttempt())) {
            return List.of();
        }
        return List.of(Fact.of(Kpi.BRAND_CHECK_PASS_RATE,
                Dimensions.of("brand", check.brand(), "team", check.team(), "agent", check.agentId()),
                check.verdict() != Verdict.BLOCK));
    }
}
