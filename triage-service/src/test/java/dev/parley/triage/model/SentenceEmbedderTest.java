package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
    private static final List<String> TEXTS = List.of("my flight was delayed again and nobody could tell us why",
            "thanks for sorting my refund so quickly", "où est ma valise ? ça fait trois jours", "🙄 great, just great");

    @Test
    void embedsAsTheLibrarysOwnModelDoesOneThreadAnEmbedding() {
        var library = new BgeSmallEnV15QuantizedEmbeddingModel();
        SentenceEmbedder embedder = SentenceEmbedder.shared();

        for (String text : TEXTS) {
            assertThat(embedder.embed(text)).as(text).containsExactly(library.embed(text).content().vector());
        }
        List<float[]> all = embedder.embedAll(TEXTS, progress -> { });
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(all.get(i)).containsExactly(library.embed(TextSegment.from(TEXTS.get(i))).content().vector());
        }
    }
}
