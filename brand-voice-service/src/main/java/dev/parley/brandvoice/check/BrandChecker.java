package dev.parley.brandvoice.check;

import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;
import dev.parley.events.Violation;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Runs every rule over a draft and sums up: the worst severity is the verdict; each violation costs points. */
public class BrandChecker {
    static final int BLOCK_PENALTY = 40;
    static final int WARN_PENALTY = 10;

    private final List<CheckRule> rules;
    private final Clock clock;

    public BrandChecker(List<CheckRule> rules, Clock clock) {
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    public BrandCheck check(String brand, ProfileVersion guidelines, Draft draft) {
        Findings findings = new Findings(draft.text().length());
        for (CheckRule rule : rules) {
            rule.check(draft, guidelines.profile(), findings);
        }
        List<Violation> violations = findings.violations();
        violations.sort(Comparator.comparingInt(Violation::start).thenComparingInt(Violation::end)
                .thenComparing(Violation::rule));
        Verdict verdict = violations.stream().map(Violation::severity)
                .max(Comparator.naturalOrder()).orElse(Verdict.PASS);
        int penalty = violations.stream().mapToInt(v -> v.severity() == Verdict.BLOCK ? BLOCK_PENALTY : WARN_PENALTY)
                .sum();
        return new BrandCheck(UUID.randomUUID().toString(), brand, guidelines.guidelineVersion(), verdict,
                Math.max(0, 100 - penalty), violations, clock.instant(), null, null, null, null, null);
    }
}
