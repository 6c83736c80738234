package dev.parley.ingestion.imports;

import dev.parley.events.Platform;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.posts.GenericPostParser;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the rows of an export file map to raw items. */
public enum ImportLayout {
    /**
     * The public "customer support on Twitter" CSV. Rows with {@code inbound=False} are the companies'
     * own answers and are skipped; the brand is {@code --brand}, else the first @handle in the text.
     */
    TWITTER_SUPPORT("twitter-support") {
        @Override
        Optional<RawPost> toRaw(Map<String, Object> row, String brand, Instant receivedAt) {
            if ("false".equalsIgnoreCase(String.valueOf(row.get("inbound")).trim())) {
                return Optional.empty();
            }
            Object id = row.get("tweet_id");
            String postId = SocialPost.postIdOf(Platform.X, id == null ? "" : TwitterSupportFormat.wholeNumber(id.toString()));
            return Optional.of(new RawPost(postId, TwitterSupportFormat.SOURCE, Platform.X,
                    brand != null ? brand : mentionedBrand(row.get("text")), receivedAt, row, Map.of()));
        }
    },
    /** One generic post (the JSON of {@code POST /api/v1/posts}) per line or row. */
    GENERIC("generic") {
        @Override
        Optional<RawPost> toRaw(Map<String, Object> row, String brand, Instant receivedAt) {
            Object platform = row.get("platform");
            Platform known = Arrays.stream(Platform.values()).filter(p -> p.wireName().equals(platform)).findFirst()
                    .orElse(Platform.GENERIC);
            return Optional.of(new RawPost(SocialPost.postIdOf(known, String.valueOf(row.get("externalId"))),
                    GenericPostParser.SOURCE, known, brand != null ? brand : String.valueOf(row.get("brand")),
                    receivedAt, row, Map.of()));
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

    /** The raw item a row holds, or empty when the row is not a customer's message. */
    abstract Optional<RawPost> toRaw(Map<String, Object> row, String brand, Instant receivedAt);

    public static ImportLayout fromCliName(String name) {
        return Arrays.stream(values()).filter(l -> l.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--layout must be one of "
                        + Arrays.stream(values()).map(ImportLayout::cliName).toList() + ", was '" + name + "'"));
    }

    private static String mentionedBrand(Object text) {
        Matcher m = HANDLE.matcher(text == null ? "" : text.toString());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "unknown";
    }
}
