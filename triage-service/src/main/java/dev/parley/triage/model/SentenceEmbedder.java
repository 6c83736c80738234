package dev.parley.triage.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sentence embeddings for the accurate path: bge-small-en-v1.5 (quantised ONNX, shipped inside
 * langchain4j's Maven Central jar), run in-process on the CPU with no network. Loading takes a second or two,
 * so one instance is shared and created on first use.
 */
public final class SentenceEmbedder {
    public static final String NAME = "bge-small-en-v1.5-q";
    public static final int DIMENSIONS = 384;
    private static final int BATCH = 256;
    private static volatile SentenceEmbedder shared;

    private final EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();

    private SentenceEmbedder() {
    }

    public static SentenceEmbedder shared() {
        if (shared == null) {
            synchronized (SentenceEmbedder.class) {
                if (shared == null) {
                    shared = new SentenceEmbedder();
                }
            }
        }
        return shared;
    }

    /** The text's embedding, unit length. */
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** Embeddings of many texts, in order, telling {@code progress} after every batch. */
    public List<float[]> embedAll(List<String> texts, Consumer<String> progress) {
        List<float[]> embeddings = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> embeddings.add(e.vector()));
            progress.accept("embedded " + embeddings.size() + " of " + texts.size() + " texts with " + NAME);
        }
        return embeddings;
    }
}
