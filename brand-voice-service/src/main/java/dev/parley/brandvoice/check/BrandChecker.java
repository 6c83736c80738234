package dev.parley.brandvoice.check;

import dev.parley.events.BrandCheck;
import dev.parley.events.Verdict;
import dev.parley.events.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a draft reply against a brand's guidelines. */
public class BrandChecker {
    private static final int BLOCK_PENALTY = 40;

    private final Clock clock;
    /** Compiled once per phrase: guidelines are few and checks are many. */
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public BrandChecker(Clock clock) {
        this.clock = clock;
    }

    public BrandCheck check(BrandGuidelines guidelines, String draft) {
        List<Violation> violations = new ArrayList<>();
        for (BannedPhrase banned : guidelines.bannedPhrases()) {
            Matcher m = patterns.computeIfAbsent(banned.phrase(), BrandChecker::wholeWords).matcher(draft);
            while (m.find()) {
                violations.add(new Violation("banned-phrase", Verdict.BLOCK,
                        "'" + m.group() + "': " + banned.reason(), m.start(), m.end(), banned.suggestion()));
            }
        }
        violations.sort(Comparator.comparingInt(Violation::start));
        Verdict verdict = violations.stream().map(Violation::severity)
                .max(Comparator.naturalOrder()).orElse(Verdict.PASS);
        int score = Math.max(0, 100 - BLOCK_PENALTY * violations.size());
        return new BrandCheck(UUID.randomUUID().toString(), guidelines.brand(), guidelines.version(), verdict, score,
                violations, clock.instant());
    }

    private static Pattern wholeWords(String phrase) {
        return Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
