package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

class OneThreadMiniLmTest {
    @Test
    void runningOnOneThreadGivesTheSameVectorsAsLangchainsOwnModel() {
        OneThreadMiniLm ours = OneThreadMiniLm.load();
        AllMiniLmL6V2QuantizedEmbeddingModel stock = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String question : new String[] {"where is the summit",
                "ok so i just read this and wat does kim even want out of putin lol",
                "Сколько пшеницы отправила Россия? 🌾"}) {
            float[] mine = ours.embed(question).content().vector();
            float[] theirs = stock.embed(question).content().vector();
            assertThat(mine).as(question).containsExactly(theirs,
                    org.assertj.core.data.Offset.offset(1e-6f));
        }
    }
}
