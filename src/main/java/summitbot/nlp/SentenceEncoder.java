package summitbot.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (shipped inside its jar, run on ONNX Runtime):
 * turns a sentence into a unit-length vector whose dot product with another is their cosine
 * similarity. Keeps the vectors of recent questions, since people repeat each other. Thread-safe.
 */
public final class SentenceEncoder {
    /** Questions whose vectors are kept. */
    public static final int DEFAULT_CACHE = 2048;
    // A long message's sentences and clauses, and the one of them that is answered.
    private static final int RECENT_ON_THREAD = 16;

    private final EmbeddingModel model;
    private final Map<String, float[]> recent;
    // The sentences this thread encoded last: one answer asks for the vectors of its question
    // and of the question's clauses many times.
    private final ThreadLocal<Map<String, float[]>> last = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > RECENT_ON_THREAD;
                }
            });

    SentenceEncoder(EmbeddingModel model, int cacheSize) {
        this.model = model;
        this.recent = cacheSize <= 0 ? null : new LinkedHashMap<>(cacheSize, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** Loads the model (about a second); {@code cacheSize} 0 keeps no question's vector. */
    public static SentenceEncoder load(int cacheSize) {
        return new SentenceEncoder(OneThreadMiniLm.load(), cacheSize);
    }

    /** The vector of one question, from the cache when it was asked recently. */
    public float[] encode(String text) {
        Map<String, float[]> mine = last.get();
        float[] previous = mine.get(text);
        if (previous != null) {
            return previous;
        }
        float[] vector = cached(text);
        mine.put(text, vector);
        return vector;
    }

    /**
     * Makes the vectors of several sentences of one message ready for this thread's {@link #encode}
     * calls, encoding those it lacks side by side (a long message's parts: its latency, not its work).
     */
    public void prepare(List<String> texts) {
        Map<String, float[]> mine = last.get();
        List<String> missing = texts.stream().distinct().filter(t -> !mine.containsKey(t)).toList();
        if (missing.size() < 2) {
            return;
        }
        List<float[]> vectors = missing.parallelStream().map(this::cached).toList();
        for (int i = 0; i < missing.size(); i++) {
            mine.put(missing.get(i), vectors.get(i));
        }
    }

    private float[] cached(String text) {
        if (recent == null) {
            return encodeFresh(text);
        }
        synchronized (recent) {
            float[] known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        float[] vector = encodeFresh(text);
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }

    /**
     * The vectors of many sentences, in order (training data; not cached). Each is encoded on its
     * own, as a question is, so a sentence gets the same vector whatever else is in the data.
     */
    public List<float[]> encodeAll(List<String> texts) {
        return texts.parallelStream().map(this::encodeFresh).toList();
    }

    /** Whether recent questions' vectors (and so results) are kept. */
    public boolean caches() {
        return recent != null;
    }

    /** One sentence's vector, bypassing the cache of questions. */
    float[] encodeFresh(String text) {
        return unit(model.embed(text).content());
    }

    // Scaled to length one, so similarity is a plain dot product whatever the model returns.
    private static float[] unit(Embedding embedding) {
        float[] v = embedding.vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
