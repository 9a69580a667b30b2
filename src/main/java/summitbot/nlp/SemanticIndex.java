package summitbot.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every training question (the training file, the answer units' examples, taught questions) with
 * its intent and its sentence vector: answers, for a new question, how close each intent's nearest
 * example comes; then the units' learned examples, kept for their vectors alone. Built when the
 * training data changes and kept beside the intent model. Immutable.
 */
public final class SemanticIndex {
    /**
     * The label of a sentence kept for its vector alone (an answer unit's learned example): found
     * by {@link #vector}, never counted as an intent's example. Such sentences come last.
     */
    public static final String SENTENCE_ONLY = "";

    private static final String MAGIC = "summit-bot semantic index v1";

    private final String fingerprint;
    private final List<LabeledQuestion> questions;
    private final float[][] vectors;
    private final Map<String, float[]> byText = new HashMap<>();
    // Every vector end to end, and each one's intent as a number: one pass over memory per question.
    private final float[] flat;
    private final int[] intentOf;
    private final String[] intents;
    // How many sentences, from the first, are an intent's examples.
    private final int labelled;

    private SemanticIndex(String fingerprint, List<LabeledQuestion> questions, float[][] vectors) {
        this.fingerprint = fingerprint;
        this.questions = List.copyOf(questions);
        this.vectors = vectors;
        int dims = vectors.length == 0 ? 0 : vectors[0].length;
        this.flat = new float[vectors.length * dims];
        this.intentOf = new int[vectors.length];
        List<String> names = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>();
        int examples = 0;
        for (int i = 0; i < vectors.length; i++) {
            byText.put(questions.get(i).text(), vectors[i]);
            System.arraycopy(vectors[i], 0, flat, i * dims, dims);
            String intent = questions.get(i).intent();
            if (intent.equals(SENTENCE_ONLY)) {
                intentOf[i] = -1;
                continue;
            }
            if (examples < i) {
                throw new IllegalArgumentException("an intent's example after a sentence kept for its vector alone");
            }
            examples++;
            intentOf[i] = number.computeIfAbsent(intent, k -> {
                names.add(k);
                return names.size() - 1;
            });
        }
        this.labelled = examples;
        this.intents = names.toArray(String[]::new);
    }

    /** The vector of a sentence of the training data, if it is one. */
    Optional<float[]> vector(String text) {
        return Optional.ofNullable(byText.get(text));
    }

    /** Cosine similarity of two unit-length vectors. */
    static double similarity(float[] a, float[] b) {
        return dot(a, 0, b);
    }

    // The dot product of {@code b} with the vector at {@code at} in {@code all}. Four running sums:
    // independent additions the CPU can overlap.
    private static double dot(float[] all, int at, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int dims = b.length;
        int d = 0;
        for (; d + 3 < dims; d += 4) {
            s0 += all[at + d] * b[d];
            s1 += all[at + d + 1] * b[d + 1];
            s2 += all[at + d + 2] * b[d + 2];
            s3 += all[at + d + 3] * b[d + 3];
        }
        for (; d < dims; d++) {
            s0 += all[at + d] * b[d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Encodes {@code data}; sentences {@code previous} already holds keep their vector, so a taught
     * question costs one encoding, not thousands.
     */
    public static SemanticIndex build(SentenceEncoder encoder, List<LabeledQuestion> data, SemanticIndex previous) {
        Map<String, float[]> known = new HashMap<>();
        if (previous != null) {
            for (int i = 0; i < previous.questions.size(); i++) {
                known.put(previous.questions.get(i).text(), previous.vectors[i]);
            }
        }
        List<String> fresh = data.stream().map(LabeledQuestion::text).filter(t -> !known.containsKey(t))
                .distinct().toList();
        List<float[]> encoded = encoder.encodeAll(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            known.put(fresh.get(i), encoded.get(i));
        }
        float[][] vectors = new float[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            vectors[i] = known.get(data.get(i).text());
        }
        return new SemanticIndex(IntentModelFiles.fingerprint(data), data, vectors);
    }

    /** For each intent, the similarity (cosine, -1..1) of its example nearest to {@code question}. */
    public Map<String, Double> similarities(float[] question) {
        double[] best = new double[intents.length];
        java.util.Arrays.fill(best, -1);
        int dims = question.length;
        for (int i = 0, at = 0; i < labelled; i++, at += dims) {
            double dot = dot(flat, at, question);
            if (dot > best[intentOf[i]]) {
                best[intentOf[i]] = dot;
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (int k = 0; k < intents.length; k++) {
            out.put(intents[k], best[k]);
        }
        return out;
    }

    /** The fingerprint of the data it was built from (see {@link IntentModelFiles#fingerprint}). */
    public String fingerprint() {
        return fingerprint;
    }

    public int size() {
        return questions.size();
    }

    /** Writes the index atomically, so a reader never sees half a file. */
    public void save(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "semantic", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(MAGIC);
                out.writeUTF(fingerprint);
                out.writeInt(questions.size());
                out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (int i = 0; i < questions.size(); i++) {
                    out.writeUTF(questions.get(i).intent());
                    out.writeUTF(questions.get(i).text());
                    for (float x : vectors[i]) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save semantic index " + file, e);
        }
    }

    /** The index saved in {@code file}, when there is one, readable and built from {@code fingerprint}'s data. */
    public static Optional<SemanticIndex> load(Path file, String fingerprint) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())) {
                return Optional.empty();
            }
            int n = in.readInt();
            int dims = in.readInt();
            List<LabeledQuestion> questions = new ArrayList<>(n);
            float[][] vectors = new float[n][dims];
            for (int i = 0; i < n; i++) {
                questions.add(new LabeledQuestion(in.readUTF(), in.readUTF()));
                for (int d = 0; d < dims; d++) {
                    vectors[i][d] = in.readFloat();
                }
            }
            return Optional.of(new SemanticIndex(fingerprint, questions, vectors));
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign file is rebuilt, not trusted.
            return Optional.empty();
        }
    }
}
