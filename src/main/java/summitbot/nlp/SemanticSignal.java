package summitbot.nlp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic second opinion in service: the sentence encoder and the index of training
 * questions, loaded in the background so start-up does not wait for them. Until both are ready
 * (or when they could not be loaded) it has no opinion and the OpenNLP classifier answers alone.
 * Thread-safe.
 */
public final class SemanticSignal {
    private static final Logger log = LoggerFactory.getLogger(SemanticSignal.class);
    private static final int MAX_SENTENCES = 20_000;
    private static final SemanticSignal NONE = new SemanticSignal(CompletableFuture.completedFuture(null));

    private final CompletableFuture<SentenceEncoder> encoder;
    private final AtomicReference<SemanticIndex> index = new AtomicReference<>();
    // Vectors of sentences outside the training data (unit texts, which admins edit), by text.
    private final Map<String, float[]> sentences = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Double>> recentResults = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Double>> eldest) {
            return size() > SentenceEncoder.DEFAULT_CACHE;
        }
    };
    private SemanticIndex resultsOf;
    // Recent questions' similarity to each sentence they were compared with (units' texts and
    // examples, by text): a question is ranked against the same units several times and asked again.
    private final Map<String, Map<String, Double>> recentSentenceScores = new java.util.LinkedHashMap<>(256, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Double>> eldest) {
            return size() > SentenceEncoder.DEFAULT_CACHE;
        }
    };
    // Training data that changed while loading: the index is rebuilt for it once loaded.
    private final AtomicReference<List<LabeledQuestion>> pending = new AtomicReference<>();

    private SemanticSignal(CompletableFuture<SentenceEncoder> encoder) {
        this.encoder = encoder;
    }

    /** No second opinion: the classifier alone. */
    public static SemanticSignal none() {
        return NONE;
    }

    /**
     * Starts loading the encoder and the index of {@code data} on a background thread: the index
     * kept in {@code files} when it was built from the same data, else a new one, saved there.
     */
    public static SemanticSignal loading(IntentModelFiles files, List<LabeledQuestion> data, int cacheSize) {
        return loading(files, data, cacheSize, Progress.silent());
    }

    /** As {@link #loading(IntentModelFiles, List, int)}, telling {@code progress} when it builds a new index. */
    public static SemanticSignal loading(IntentModelFiles files, List<LabeledQuestion> data, int cacheSize,
                                         Progress progress) {
        CompletableFuture<SentenceEncoder> encoder = new CompletableFuture<>();
        SemanticSignal signal = new SemanticSignal(encoder);
        Thread loader = new Thread(() -> {
            try {
                long start = System.nanoTime();
                SentenceEncoder loaded = SentenceEncoder.load(cacheSize);
                String fingerprint = IntentModelFiles.fingerprint(data);
                SemanticIndex ready = SemanticIndex.load(files.semanticFile(), fingerprint).orElseGet(() -> {
                    log.info("building the semantic index of {} training questions", data.size());
                    return progress.step(String.format(java.util.Locale.ROOT,
                            "building the semantic index of %,d questions",
                            data.size()), "semantic index built", () -> {
                                SemanticIndex built = SemanticIndex.build(loaded, data, null);
                                built.save(files.semanticFile());
                                return built;
                            });
                });
                signal.index.set(ready);
                encoder.complete(loaded);
                List<LabeledQuestion> changed = signal.pending.getAndSet(null);
                if (changed != null) {
                    signal.rebuild(files, changed);
                }
                log.info("semantic signal ready ({} questions) in {} ms", ready.size(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                log.warn("semantic signal unavailable, the classifier answers alone: {}", e.toString());
                encoder.complete(null);
            }
        }, "semantic-loader");
        loader.setDaemon(true);
        loader.start();
        return signal;
    }

    /** Waits until loading has finished (ready or failed): for evaluation and benchmarks. */
    public SemanticSignal awaitReady() {
        encoder.join();
        return this;
    }

    /** Whether the encoder and index answer. */
    public boolean ready() {
        return encoder.isDone() && encoder.join() != null && index.get() != null;
    }

    /** Encodes the parts of one long message side by side, ahead of asking about each. */
    public void prepare(List<String> sentences) {
        if (ready()) {
            encoder.join().prepare(sentences);
        }
    }

    /** Each intent's best similarity to {@code question}, or empty while loading or when unavailable. */
    public Optional<Map<String, Double>> similarities(String question) {
        if (!ready() || question.isBlank()) {
            return Optional.empty();
        }
        SemanticIndex current = index.get();
        SentenceEncoder model = encoder.join();
        if (!model.caches()) {
            return Optional.of(current.similarities(model.encode(question)));
        }
        // Recent questions' results, for the index that gave them.
        synchronized (recentResults) {
            Map<String, Double> known = recentResults.get(question);
            if (known != null && resultsOf == current) {
                return Optional.of(known);
            }
            if (resultsOf != current) {
                recentResults.clear();
                resultsOf = current;
            }
        }
        Map<String, Double> found = Map.copyOf(current.similarities(model.encode(question)));
        synchronized (recentResults) {
            if (resultsOf == current) {
                recentResults.put(question, found);
            }
        }
        return Optional.of(found);
    }

    /**
     * How close {@code question} comes to the nearest of {@code candidates} (an answer unit's text
     * and example questions), or empty while loading or when unavailable.
     */
    public OptionalDouble similarity(String question, Collection<String> candidates) {
        return similarity(question, candidates, 1);
    }

    /**
     * The mean similarity of the {@code best} candidates nearest to {@code question} (all of them when
     * there are fewer): with many examples, one lucky match says less than two.
     */
    public OptionalDouble similarity(String question, Collection<String> candidates, int best) {
        if (!ready() || candidates.isEmpty() || question.isBlank()) {
            return OptionalDouble.empty();
        }
        SentenceEncoder model = encoder.join();
        SemanticIndex current = index.get();
        float[] q = model.encode(question);
        Map<String, Double> known = null;
        if (model.caches()) {
            synchronized (recentSentenceScores) {
                known = recentSentenceScores.computeIfAbsent(question, k -> new ConcurrentHashMap<>());
            }
        }
        double[] top = new double[Math.min(best, candidates.size())];
        java.util.Arrays.fill(top, -1);
        for (String c : candidates) {
            Double score = known == null ? null : known.get(c);
            if (score == null) {
                score = SemanticIndex.similarity(q, current.vector(c).orElseGet(() -> vectorOf(model, c)));
                if (known != null) {
                    known.put(c, score);
                }
            }
            // Keep the best scores in descending order.
            for (int k = 0; k < top.length; k++) {
                if (score > top[k]) {
                    System.arraycopy(top, k, top, k + 1, top.length - k - 1);
                    top[k] = score;
                    break;
                }
            }
        }
        return OptionalDouble.of(java.util.Arrays.stream(top).average().orElse(-1));
    }

    private float[] vectorOf(SentenceEncoder model, String sentence) {
        if (sentences.size() > MAX_SENTENCES) {
            sentences.clear();
        }
        return sentences.computeIfAbsent(sentence, model::encodeFresh);
    }

    /**
     * Rebuilds the index for new training data (a taught question), reusing the vectors it has,
     * and saves it to {@code files}; while loading, once loaded.
     */
    public synchronized void rebuild(IntentModelFiles files, List<LabeledQuestion> data) {
        if (!ready()) {
            pending.set(data);
            return;
        }
        SemanticIndex next = SemanticIndex.build(encoder.join(), data, index.get());
        next.save(files.semanticFile());
        index.set(next);
    }
}
