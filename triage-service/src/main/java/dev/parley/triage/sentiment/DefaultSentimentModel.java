package dev.parley.triage.sentiment;

import dev.parley.triage.model.LabelledFiles;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.Trainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The sentiment model triage uses when the organisation has not trained its own: trained when first needed
 * (well under a second for the fast path; a few seconds more with the accurate path) from the customer-service
 * examples the project wrote ({@value #EXAMPLES}). Its version is a hash of those examples, so the same
 * examples always give the same model name.
 */
public final class DefaultSentimentModel {
    static final String EXAMPLES = "/triage/sentiment-examples.csv";
    private static volatile LinearTextModel fastOnly;
    private static volatile LinearTextModel withAccuratePath;

    private DefaultSentimentModel() {
    }

    /** @param accurate with the accurate path (embeds the examples) */
    public static synchronized LinearTextModel get(boolean accurate) {
        if (accurate && withAccuratePath == null) {
            withAccuratePath = train(true);
        } else if (!accurate && fastOnly == null) {
            fastOnly = train(false);
        }
        return accurate ? withAccuratePath : fastOnly;
    }

    private static LinearTextModel train(boolean accurate) {
        try (InputStream in = DefaultSentimentModel.class.getResourceAsStream(EXAMPLES)) {
            byte[] content = in.readAllBytes();
            List<Trainer.Example> examples = LabelledFiles.read(new ByteArrayInputStream(content), EXAMPLES,
                    "text", "sentiment").examples();
            return Trainer.train(examples, "default-sentiment@" + version(content), accurate, step -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped examples " + EXAMPLES, e);
        }
    }

    private static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
