package dev.parley.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic export in the public "customer support on Twitter" layout, shaped like the real
 * one: about one row in three is a company's answer, customers reply to answers, texts run from a few
 * words to 280 characters with quotes, commas, line breaks and emoji (so the CSV needs real quoting).
 */
final class SupportExport {
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> BRANDS = List.of("AcmeAir", "GlobexMobile", "InitechBank", "UmbrellaCare");
    private static final List<String> PHRASES = List.of("my flight was delayed again", "still no refund",
            "the app keeps crashing, \"error 500\"", "thanks for the quick help! 🙏", "where is my parcel?",
            "on hold for 2 hours, seriously", "can you DM me, please", "bag lost at LIS 😡😡",
            "charged twice, this is unacceptable", "great service today");

    private SupportExport() {
    }

    /** Writes {@code rows} rows with tweet ids from {@code firstId} on; returns the file. */
    static Path write(Path file, int rows, long firstId, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Instant time = Instant.parse("2017-10-31T22:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("tweet_id,author_id,inbound,text,response_tweet_id,in_response_to_tweet_id,created_at\n");
            for (int i = 0; i < rows; i++) {
                long id = firstId + i;
                time = time.plusSeconds(random.nextInt(1, 30));
                String brand = BRANDS.get(random.nextInt(BRANDS.size()));
                boolean answer = i > 0 && random.nextInt(3) == 0;
                boolean reply = !answer && i > 0 && random.nextInt(4) == 0;
                StringBuilder text = new StringBuilder(answer ? "@" + (100_000 + random.nextInt(900_000)) : "@" + brand);
                int parts = random.nextInt(1, 6);
                for (int p = 0; p < parts; p++) {
                    text.append(p == 2 ? ",\n" : " ").append(PHRASES.get(random.nextInt(PHRASES.size())));
                }
                out.write(id + "," + (answer ? brand : Long.toString(100_000 + random.nextInt(900_000))) + ","
                        + (answer ? "False" : "True") + ",\"" + text.toString().replace("\"", "\"\"") + "\","
                        + (answer ? "" : id + 1) + "," + (answer || reply ? Long.toString(id - 1) : "") + ","
                        + CREATED_AT.format(time) + "\n");
            }
        }
        return file;
    }
}
