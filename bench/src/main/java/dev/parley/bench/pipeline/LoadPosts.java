package dev.parley.bench.pipeline;

import dev.parley.local.SyntheticPosts;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's posts in the generic JSON form of {@code POST /api/v1/posts}: the demo feed's customers
 * (platforms, complaints, questions, praise, follow-ups in the same thread), made more varied in length and
 * language. Only X says which language a post is in, as on the real platforms, so triage detects the rest.
 */
final class LoadPosts {
    private static final String[][] OTHER_LANGUAGES = {
            {"es", "Mi vuelo fue cancelado y nadie me dice nada. Pésimo servicio"},
            {"es", "¿Cómo cambio el nombre en mi reserva?"},
            {"fr", "Mon bagage est perdu depuis trois jours, c'est inadmissible"},
            {"fr", "Merci pour votre aide rapide, équipage formidable"},
            {"de", "Mein Flug hat fünf Stunden Verspätung und niemand informiert uns"},
            {"pt", "Fui cobrado duas vezes pela mesma reserva, quero o reembolso"}};
    private static final String[] MORE = {
            " I have been a loyal customer for ten years and I expected better.",
            " My booking reference is in my DMs, please check.",
            " The gate staff could not tell us anything and the app shows nothing either.",
            " We have two small kids with us and it is nearly midnight.",
            " This is the third time this month."};

    private final SyntheticPosts customers;
    private final SplittableRandom random;

    LoadPosts(String brand, String runId, long seed) {
        this.random = new SplittableRandom(seed);
        this.customers = new SyntheticPosts(new java.util.Random(seed), brand, runId);
    }

    /** The next post: about one in six follows up an earlier one; a tenth are not in English. */
    Map<String, Object> next() {
        Map<String, Object> post = customers.next();
        if (post.get("inReplyTo") == null && random.nextInt(10) == 0) {
            String[] foreign = OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
            post.put("text", foreign[1]);
            post.put("language", foreign[0]);
        }
        StringBuilder text = new StringBuilder((String) post.get("text"));
        for (int extra = random.nextInt(4); extra > 0 && text.length() < 240; extra--) {
            text.append(MORE[random.nextInt(MORE.length)]);
        }
        post.put("text", text.toString());
        if (!"x".equals(post.get("platform"))) {
            post.remove("language");
        }
        return post;
    }
}
