package dev.parley.bench;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.SocialPost;
import dev.parley.triage.Triage;
import dev.parley.triage.feelings.FeelingDetector;
import dev.parley.triage.intent.IntentDetector;
import dev.parley.triage.language.LanguageIdentifier;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import dev.parley.triage.model.Trainer;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.routing.RoutingAdvisor;
import dev.parley.triage.screening.PostScreening;
import dev.parley.triage.sentiment.SentimentModel;
import dev.parley.triage.topic.TopicDefinition;
import dev.parley.triage.topic.TopicTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code ./parley bench triage}: training time of the fast and the accurate path, and prediction rates on
 * one caller thread (the target is per core): the fast path, the accurate path (sentence embeddings;
 * ONNX Runtime may use both cores for one call) and the whole of triage (sentiment on the fast path, feelings,
 * intent, topics, language, screening, priority, routing). The texts are synthetic customer-service posts of
 * realistic length (handles, hashtags, links, emoji); they measure speed, not accuracy.
 */
final class TriageBenchmark {
    static final double TARGET_POSTS_PER_SECOND = 20_000;
    private static final String[][] PHRASES = {
            {"my bag is lost again", "two hours on hold and nobody answers", "flight cancelled with no notice",
                    "charged twice for one ticket", "still waiting for my refund", "the app crashes at checkout",
                    "delayed four hours and no food vouchers", "rude staff at the gate, unbelievable"},
            {"what time does boarding open", "can I change the name on my booking", "is there wifi on board",
                    "how do I add a checked bag", "which terminal does the Lisbon flight leave from",
                    "do you fly to Porto in winter", "is the lounge open at 5am", "how much is extra legroom"},
            {"thanks for the quick help", "the crew were lovely", "great flight today", "love the new seats",
                    "sorted in five minutes, thank you", "smooth check-in, well done", "landed early, brilliant",
                    "amazing service in Madrid"}};
    private static final String[] LABELS = {"negative", "neutral", "positive"};
    private static final String[] EXTRAS = {"", "#travel", "🙏", "😡😡", "https://t.co/a1b2c3", "!!", "seriously",
            "@AcmeHelp", "again", "flight AC1234"};

    private TriageBenchmark() {
    }

    static List<Trainer.Example> posts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Trainer.Example> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int label = random.nextInt(10) < 6 ? 0 : random.nextInt(2) + 1;
            StringBuilder text = new StringBuilder("@AcmeAir");
            for (int p = random.nextInt(1, 4); p > 0; p--) {
                text.append(' ').append(PHRASES[label][random.nextInt(PHRASES[label].length)])
                        .append(' ').append(EXTRAS[random.nextInt(EXTRAS.length)]);
            }
            posts.add(new Trainer.Example(text.toString().strip(), LABELS[label]));
        }
        return posts;
    }

    static int run(int trainRows) {
        List<Trainer.Example> training = posts(trainRows, 1);
        List<Trainer.Example> heldOut = posts(5_000, 2);
        long started = System.nanoTime();
        LinearTextModel fastOnly = Trainer.train(training, "bench", false, step -> { });
        double fastTrainSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        LinearTextModel both = Trainer.train(training, "bench", true, step -> {
            if (step.startsWith("fitting")) {
                System.err.println("  " + step);
            }
        });
        double accurateTrainSeconds = (System.nanoTime() - started) / 1e9;
        double fast = postsPerSecond(heldOut, post -> fastOnly.predict(post.text()));
        double accurate = postsPerSecond(heldOut.subList(0, 500), post -> both.predictAccurately(post.text()));
        Triage triage = wholeTriage(fastOnly);
        // A new author for every post, as on a busy brand: nothing is skipped as a bot's repeat.
        AtomicLong authors = new AtomicLong();
        double whole = postsPerSecond(heldOut, post -> triage.triage(socialPost(post, authors.incrementAndGet())));
        System.out.printf(Locale.ROOT, """

                Triage, one caller thread (synthetic posts: speed, not accuracy)
                  training, fast path            %,d rows in %6.1f s
                  training, fast + accurate      %,d rows in %6.1f s (embeds every row)
                  fast path                      %,10.0f posts/s   target %,.0f per core: %s
                  accurate path                  %,10.0f posts/s
                  whole triage, fast path        %,10.0f posts/s   (feelings, intent, topics, language, screening, priority)
                """, trainRows, fastTrainSeconds, trainRows, accurateTrainSeconds, fast, TARGET_POSTS_PER_SECOND,
                fast >= TARGET_POSTS_PER_SECOND ? "met" : "MISSED", accurate, whole);
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"triage\",\"trainRows\":%d,\"fastTrainSeconds\":%.1f,"
                        + "\"accurateTrainSeconds\":%.1f,\"fastPathPostsPerSecond\":%.0f,\"accuratePathPostsPerSecond\":%.1f,"
                        + "\"wholeTriagePostsPerSecond\":%.0f,\"targetPostsPerSecond\":%.0f}%n",
                trainRows, fastTrainSeconds, accurateTrainSeconds, fast, accurate, whole, TARGET_POSTS_PER_SECOND);
        return 0;
    }

    static Triage wholeTriage(LinearTextModel sentiment) {
        TopicTaxonomy taxonomy = new TopicTaxonomy(List.of(
                new TopicDefinition("lost-luggage", "baggage", List.of("bag*", "luggage", "suitcase")),
                new TopicDefinition("late-flight", "flight-ops", List.of("delay*", "late", "cancel*")),
                new TopicDefinition("refunds", "payments", List.of("refund*", "charged"))), null);
        return new Triage(new SentimentModel(new ReloadingClassifier(sentiment, null, LinearTextModel::load,
                SentimentModel::checkLabels), PathPolicy.FAST_ONLY), new FeelingDetector(), new IntentDetector(null),
                taxonomy, new LanguageIdentifier(), new PostScreening(), new PriorityScorer(Set.of()),
                new RoutingAdvisor(taxonomy, "customer-care", "en"), Clock.systemUTC());
    }

    static SocialPost socialPost(Trainer.Example example, long author) {
        Instant now = Instant.now();
        String id = Long.toString(author);
        return new SocialPost("x:" + id, "acme-air", Platform.X, id, PostKind.PUBLIC_MENTION,
                new Author(id, "customer" + id, null, 120, false), example.text(), null, now, now, null, "x:" + id, null);
    }

    /** Warm up for two passes, then the median of five timed passes over the items. */
    private static <T> double postsPerSecond(List<T> items, Consumer<T> work) {
        for (int pass = 0; pass < 2; pass++) {
            items.forEach(work);
        }
        double[] rates = new double[5];
        for (int pass = 0; pass < rates.length; pass++) {
            long started = System.nanoTime();
            items.forEach(work);
            rates[pass] = items.size() / ((System.nanoTime() - started) / 1e9);
        }
        Arrays.sort(rates);
        return rates[rates.length / 2];
    }
}
