package dev.parley.ingestion.imports;

import dev.parley.events.Platform;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.threading.ThreadLink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the rows of an export map to raw items. */
public enum ImportLayout {
    /**
     * The public "customer support on Twitter" CSV. Rows with {@code inbound=False} are the companies'
     * own answers: not ingested, but linked so the customer's reply to one joins its conversation. The
     * brand is {@code --brand}, else the first @handle in a customer's text (the author of an answer).
     */
    TWITTER_SUPPORT("twitter-support") {
        @Override
        ImportedRow read(Map<String, Object> row, String brand, ColumnMapping mapping, Instant receivedAt) {
            Object id = row.get("tweet_id");
            String postId = SocialPost.postIdOf(Platform.X, id == null ? "" : TwitterSupportFormat.wholeNumber(id.toString()));
            if ("false".equalsIgnoreCase(String.valueOf(row.get("inbound")).trim())) {
                Object answered = row.get("in_response_to_tweet_id");
                Object author = row.get("author_id");
                return answered == null || id == null ? new ImportedRow.Skipped()
                        : new ImportedRow.BrandAnswer(new ThreadLink(brand != null ? brand
                                : String.valueOf(author).toLowerCase(Locale.ROOT), Platform.X, postId, null,
                                SocialPost.postIdOf(Platform.X, TwitterSupportFormat.wholeNumber(answered.toString()))));
            }
            return new ImportedRow.CustomerPost(new RawPost(postId, TwitterSupportFormat.SOURCE, Platform.X,
                    brand != null ? brand : mentionedBrand(row.get("text")), receivedAt, row, Map.of()));
        }
    },
    /** One generic post (the JSON of {@code POST /api/v1/posts}) per line or row, columns mapped by {@code --map}. */
    GENERIC("generic") {
        @Override
        ImportedRow read(Map<String, Object> row, String brand, ColumnMapping mapping, Instant receivedAt) {
            return new ImportedRow.CustomerPost(generic(mapping.genericPost(row), brand, Map.of(), receivedAt));
        }
    },
    /**
     * Labelled examples (a text and a label column, e.g. tweets with their sentiment): each becomes a
     * post whose label travels in the raw item's context. Without an id column the id is a hash of the
     * text and label, so importing the file again repeats nothing.
     */
    LABELLED("labelled") {
        @Override
        ImportedRow read(Map<String, Object> row, String brand, ColumnMapping mapping, Instant receivedAt) {
            Map<String, Object> post = mapping.genericPost(row);
            Object label = mapping.value(row, "label");
            post.putIfAbsent("platform", Platform.GENERIC.wireName());
            post.putIfAbsent("externalId", "labelled-" + digest(post.get("text") + "\u0000" + label));
            post.computeIfAbsent("author", k -> Map.of("id", "unknown"));
            return new ImportedRow.CustomerPost(generic(post, brand != null ? brand : "labelled",
                    label == null ? Map.of() : Map.of("label", label), receivedAt));
        }
    };

    private static final Pattern HANDLE = Pattern.compile("@(\\w{1,30})");

    private final String cliName;

    ImportLayout(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * @param brand   the brand of every row ({@code --brand}), or null to take it from each row
     * @param mapping the columns of the generic fields
     */
    abstract ImportedRow read(Map<String, Object> row, String brand, ColumnMapping mapping, Instant receivedAt);

    public static ImportLayout fromCliName(String name) {
        return Arrays.stream(values()).filter(l -> l.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--layout must be one of "
                        + Arrays.stream(values()).map(ImportLayout::cliName).toList() + ", was '" + name + "'"));
    }

    private static RawPost generic(Map<String, Object> post, String brand, Map<String, Object> context, Instant receivedAt) {
        if (brand != null) {
            post.put("brand", brand);
        }
        Object platform = post.get("platform");
        Platform known = Arrays.stream(Platform.values()).filter(p -> p.wireName().equals(platform)).findFirst()
                .orElse(Platform.GENERIC);
        return new RawPost(SocialPost.postIdOf(known, String.valueOf(post.get("externalId"))), GenericPostParser.SOURCE,
                known, String.valueOf(post.get("brand")), receivedAt, post, context);
    }

    private static String mentionedBrand(Object text) {
        Matcher m = HANDLE.matcher(text == null ? "" : text.toString());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "unknown";
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)),
                    0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
