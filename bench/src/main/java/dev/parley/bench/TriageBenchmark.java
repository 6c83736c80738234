package dev.parley.bench;

import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.TextClassifier;
import dev.parley.triage.model.Trainer;
import dev.parley.triage.sentiment.LexiconSentimentClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code ./parley bench triage}: the fast path's training time and its prediction rate on one thread
 * (the target is per core), beside the shipped lexicon. The texts are synthetic customer-service
 * posts of realistic length (handles, hashtags, links, emoji); they measure speed, not accuracy.
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
        LinearTextModel model = Trainer.train(training, "bench", step -> { });
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        double fast = postsPerSecond(model, heldOut);
        double lexicon = postsPerSecond(new LexiconSentimentClassifier(), heldOut);
        System.out.printf(Locale.ROOT, """

                Triage, one thread (synthetic posts: speed, not accuracy)
                  fast path training   %,d rows in %.1f s
                  fast path            %,10.0f posts/s   target %,.0f per core: %s
                  shipped lexicon      %,10.0f posts/s
                """, trainRows, trainSeconds, fast, TARGET_POSTS_PER_SECOND,
                fast >= TARGET_POSTS_PER_SECOND ? "met" : "MISSED", lexicon);
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"triage\",\"trainRows\":%d,\"trainSeconds\":%.1f,"
                        + "\"fastPathPostsPerSecond\":%.0f,\"lexiconPostsPerSecond\":%.0f,\"targetPostsPerSecond\":%.0f}%n",
                trainRows, trainSeconds, fast, lexicon, TARGET_POSTS_PER_SECOND);
        return 0;
    }

    /** Warm up for two passes, then the median of five timed passes over the posts. */
    private static double postsPerSecond(TextClassifier classifier, List<Trainer.Example> posts) {
        for (int pass = 0; pass < 2; pass++) {
            posts.forEach(post -> classifier.predict(post.text()));
        }
        double[] rates = new double[5];
        for (int pass = 0; pass < rates.length; pass++) {
            long started = System.nanoTime();
            posts.forEach(post -> classifier.predict(post.text()));
            rates[pass] = posts.size() / ((System.nanoTime() - started) / 1e9);
        }
        Arrays.sort(rates);
        return rates[rates.length / 2];
    }
}
