package dev.parley.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Plausible customer posts in the generic JSON form of {@code POST /api/v1/posts}: a mix of platforms,
 * complaints, questions and praise, sometimes a customer following up in their own thread.
 */
public final class SyntheticPosts {
    private static final String[] PLATFORMS = {"x", "x", "x", "facebook", "instagram", "reddit", "youtube"};
    private static final String[] COMPLAINTS = {
            "My flight was cancelled and nobody tells me anything. Terrible service",
            "Lost my luggage again, this is unacceptable",
            "Been waiting 40 minutes on hold, really frustrated",
            "Charged twice for the same booking, I want a refund",
            "The app is broken, can't check in at all",
            "Worst experience ever, rude staff at the gate",
            "Delayed 5 hours with no explanation. So disappointed"};
    private static final String[] QUESTIONS = {
            "How do I change the name on my booking?",
            "Can I bring my bike as checked luggage?",
            "Is there wifi on the evening flight to Lisbon?",
            "Where do I find my booking reference?"};
    private static final String[] PRAISE = {
            "Thanks for the quick help today, great crew!",
            "Love the new seats, very comfortable",
            "Amazing service from the team in Madrid, thank you"};
    private static final String[] FOLLOW_UPS = {
            "Still no answer?", "Any update on this?", "Thanks, that fixed it", "This is getting ridiculous"};

    private final RandomGenerator random;
    private final String brand;
    private final String runId;
    private final List<Map<String, Object>> recent = new ArrayList<>();
    private long sequence;
    private long customers;

    public SyntheticPosts(RandomGenerator random, String brand, String runId) {
        this.random = random;
        this.brand = brand;
        this.runId = runId;
    }

    /** A new post; about one in six continues an earlier post's conversation. */
    public Map<String, Object> next() {
        return !recent.isEmpty() && random.nextInt(6) == 0 ? followUp() : fresh();
    }

    /**
     * A new post that starts its own conversation: by a customer not seen before, since ingestion
     * threads a customer's posts to the same brand within a short window into one conversation.
     */
    public Map<String, Object> fresh() {
        String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
        int mood = random.nextInt(10);
        String text = mood < 6 ? pick(COMPLAINTS) : mood < 8 ? pick(QUESTIONS) : pick(PRAISE);
        Map<String, Object> post = post(platform, text, newCustomer(), null);
        remember(post);
        return post;
    }

    private Map<String, Object> followUp() {
        Map<String, Object> earlier = recent.get(random.nextInt(recent.size()));
        @SuppressWarnings("unchecked")
        Map<String, Object> author = (Map<String, Object>) earlier.get("author");
        return post((String) earlier.get("platform"), pick(FOLLOW_UPS), author, (String) earlier.get("externalId"));
    }

    private Map<String, Object> newCustomer() {
        long customer = ++customers;
        Map<String, Object> author = new LinkedHashMap<>();
        // Unique per run: runs sharing a broker (demo restarts, tests) never share customers.
        author.put("id", runId + "-c" + customer);
        author.put("handle", "customer" + customer);
        author.put("name", "Customer " + customer);
        author.put("followers", random.nextInt(100) == 0 ? 50_000 + random.nextInt(200_000) : random.nextInt(2000));
        author.put("verified", random.nextInt(200) == 0);
        return author;
    }

    private Map<String, Object> post(String platform, String text, Map<String, Object> author, String inReplyTo) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("platform", platform);
        post.put("externalId", runId + "-" + (++sequence));
        post.put("brand", brand);
        post.put("author", author);
        post.put("text", "@" + brand + " " + text);
        post.put("language", "en");
        post.put("createdAt", Instant.now().toString());
        if (inReplyTo != null) {
            post.put("inReplyTo", inReplyTo);
        }
        return post;
    }

    private void remember(Map<String, Object> post) {
        recent.add(post);
        if (recent.size() > 50) {
            recent.remove(0);
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
