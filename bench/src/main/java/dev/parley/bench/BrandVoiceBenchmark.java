package dev.parley.bench;

import dev.parley.brandvoice.CheckRules;
import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.check.CustomerPost;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.profile.BannedPhrase;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.EmojiPolicy;
import dev.parley.brandvoice.profile.Formality;
import dev.parley.brandvoice.profile.JargonTerm;
import dev.parley.brandvoice.profile.PlatformConvention;
import dev.parley.brandvoice.profile.PreferredPhrase;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.brandvoice.profile.Promises;
import dev.parley.brandvoice.profile.Reinforcement;
import dev.parley.brandvoice.profile.RegulatedTopic;
import dev.parley.brandvoice.profile.SignOff;
import dev.parley.brandvoice.profile.VoiceAttribute;
import dev.parley.events.Feeling;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.events.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * {@code ./parley bench brand-voice}: latency of one brand check in-process (every rule, a brand profile that uses
 * every option), one check at a time on one thread, recorded per check in an HdrHistogram. The drafts are synthetic
 * replies of social-media length, a third of them with something to flag (banned phrases, personal data, promises,
 * tone, emoji, jargon), answering calm and upset customers on several platforms.
 */
final class BrandVoiceBenchmark {
    static final double TARGET_P99_MILLIS = 20;
    private static final String[] OPENINGS = {"I'm so sorry about this, Jo.", "Thanks for reaching out.",
            "I can see how frustrating this is.", "Happy to help!", "We apologise for the inconvenience.",
            "Sorry for the wait."};
    private static final String[] BODIES = {"Your bag is booked on the next flight and should reach you tomorrow.",
            "I've asked the airport team to check the lost and found desk at gate 12.",
            "Please send us a private message with your booking reference so we can look into it.",
            "The lounge opens at 5am and the wifi password is on your boarding pass.",
            "Boarding for the Lisbon flight starts 40 minutes before departure from terminal 2.",
            "We have rebooked you on the 6pm flight and your seat is 14C.",
            "Our crew will be glad to hear it; I'll pass your kind words on."};
    private static final String[] FLAGGED = {"Please calm down, this is not our fault.",
            "Email me at jo.smith@example.com with your PNR ABC123.", "We guarantee it will be fixed within the hour.",
            "You should have checked in online, lol.", "Have a great flight 😊✈️🎉", "Pursuant to the conditions of "
            + "carriage, compensation is not due.", "Call +44 20 7946 0958 and quote card 4111 1111 1111 1111."};
    private static final String[] SIGN_OFFS = {" ^JS", " ^AB", "", " -Maria"};

    private BrandVoiceBenchmark() {
    }

    /** The checker with every rule, as the service runs it. */
    static BrandChecker checker() {
        return new BrandChecker(CheckRules.all(), Clock.systemUTC());
    }

    /** The acme-air profile, every option in use. */
    static ProfileVersion profile() {
        return new ProfileVersion("acme-air", 1, everyOption(), "bench", Instant.EPOCH, null);
    }

    static int run(int checks) {
        BrandChecker checker = checker();
        ProfileVersion profile = profile();
        List<Draft> drafts = drafts(10_000, 42);
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (int i = 0; i < 3 * drafts.size(); i++) {
            checker.check("acme-air", profile, drafts.get(i % drafts.size()));
        }
        Histogram latency = new Histogram(Duration.ofSeconds(1).toNanos(), 3);
        long started = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            Draft draft = drafts.get(i % drafts.size());
            long begin = System.nanoTime();
            Verdict verdict = checker.check("acme-air", profile, draft).verdict();
            latency.recordValue(System.nanoTime() - begin);
            verdicts.merge(verdict, 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double p50 = latency.getValueAtPercentile(50) / 1e6;
        double p99 = latency.getValueAtPercentile(99) / 1e6;
        double p999 = latency.getValueAtPercentile(99.9) / 1e6;
        double max = latency.getMaxValue() / 1e6;
        double perSecond = checks / seconds;
        System.out.printf(Locale.ROOT, "brand check, one thread, %,d checks of %,d distinct drafts (verdicts %s)%n",
                checks, drafts.size(), verdicts);
        System.out.printf(Locale.ROOT, "  p50 %.3f ms   p99 %.3f ms   p99.9 %.3f ms   max %.3f ms   %,.0f checks/s%n",
                p50, p99, p999, max, perSecond);
        System.out.printf(Locale.ROOT, "  target p99 < %.0f ms: %s%n", TARGET_P99_MILLIS,
                p99 < TARGET_P99_MILLIS ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"brand-voice\",\"checks\":%d,\"p50Millis\":%.4f,"
                        + "\"p99Millis\":%.4f,\"p999Millis\":%.4f,\"maxMillis\":%.4f,\"checksPerSecond\":%.0f,"
                        + "\"targetP99Millis\":%.0f,\"met\":%b}%n", checks, p50, p99, p999, max, perSecond,
                TARGET_P99_MILLIS, p99 < TARGET_P99_MILLIS);
        return p99 < TARGET_P99_MILLIS ? 0 : 1;
    }

    static List<Draft> drafts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Platform[] platforms = {Platform.X, Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM, Platform.REVIEW};
        CustomerPost calm = new CustomerPost("What time does the lounge open?", "jo", SentimentLabel.NEUTRAL, List.of());
        CustomerPost upset = new CustomerPost("Lost my bag AGAIN and I want a refund, I'm calling my lawyer", "jo",
                SentimentLabel.NEGATIVE, List.of(Feeling.ANGER, Feeling.FRUSTRATION));
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]);
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(' ').append(BODIES[random.nextInt(BODIES.length)]);
            }
            if (random.nextInt(3) == 0) {
                text.append(' ').append(FLAGGED[random.nextInt(FLAGGED.length)]);
            }
            text.append(SIGN_OFFS[random.nextInt(SIGN_OFFS.length)]);
            drafts.add(new Draft(text.toString(), platforms[random.nextInt(platforms.length)], random.nextInt(5) == 0,
                    random.nextBoolean() ? calm : upset));
        }
        return drafts;
    }

    /** A brand that uses every option, so every rule has work to do. */
    static BrandProfile everyOption() {
        return new BrandProfile("Every journey on time, and cared for when it is not",
                List.of("free rebooking on the day"), Formality.FORMAL,
                List.of(new VoiceAttribute("caring", "puts the traveller first", List.of("make this right", "sorry"),
                        List.of()), new VoiceAttribute("precise", "times and gates", List.of("gate", "terminal"),
                        List.of())),
                List.of(new PreferredPhrase("make this right", "caring"), new PreferredPhrase("your journey matters",
                        "promise")),
                Reinforcement.WHEN_CUSTOMER_UPSET,
                List.of(new BannedPhrase("unfortunately", "brush-off", "here's what I can do"),
                        new BannedPhrase("calm down", "dismissive", "I understand"),
                        new BannedPhrase("not our fault", "blames", null),
                        new BannedPhrase("per our policy", "hides behind rules", null)),
                "Acme Air", new SignOff("\\^[A-Z]{2}", "^JS", false), EmojiPolicy.SPARING,
                Map.of("x", new PlatformConvention(280, PlatformConvention.HandleMention.FORBIDDEN, 0)),
                List.of(new RegulatedTopic("passenger rights", List.of("refund", "compensation"),
                                List.of("your rights under EU261"), RegulatedTopic.Action.DISCLAIMER, null),
                        new RegulatedTopic("legal threats", List.of("lawyer", "sue"),
                                List.of("passed this to our legal team"), RegulatedTopic.Action.ESCALATE, "legal")),
                new Promises(List.of("guarantee", "guaranteed"), Duration.ofHours(4)),
                List.of(new JargonTerm("PNR", "booking reference"), new JargonTerm("IROP", "disruption")),
                List.of("help@acme-air.com"));
    }
}
