package summitbot.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Turns a question into the tokens the classifier sees, the same way at training and at run
 * time: Unicode-normalised lowercase, OpenNLP tokens, lemmas from the pre-trained lemmatizer,
 * number words as digits, punctuation dropped.
 *
 * <p>Each word is lemmatised on its own (tagged, then lemmatised, as a one-word sentence), so
 * its lemma is a pure function of the word: deterministic whatever came before, and memoised.
 * Tagging and lemmatising whole sentences cost about 0.7 ms a question, the memo a few µs.
 */
public final class TextNormalizer {
    // Loaded by file name: every OpenNLP model jar carries a root model.properties, so scanning would clash.
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("million", "1000000"),
            Map.entry("billion", "1000000000"), Map.entry("first", "1st"), Map.entry("second", "2nd"),
            Map.entry("third", "3rd"), Map.entry("fourth", "4th"));

    // OpenNLP's ME taggers keep per-call state, so each thread gets its own over the shared models.
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<LemmatizerME> lemmatizer;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final Map<String, String> lemmaMemo = new ConcurrentHashMap<>();
    private final Map<String, List<String>> chunkMemo = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 200_000;
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    private TextNormalizer(TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas, SentenceModel sentences) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentences));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pos));
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmas));
    }

    /** Loads the pre-trained English models from the classpath. */
    public static TextNormalizer load() {
        try (InputStream t = open(TOKENS); InputStream p = open(POS); InputStream l = open(LEMMAS);
             InputStream s = open(SENTENCES)) {
            return new TextNormalizer(new TokenizerModel(t), new POSModel(p), new LemmatizerModel(l), new SentenceModel(s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP English models", e);
        }
    }

    /** The sentences of {@code text}, by the pre-trained English sentence detector. */
    public String[] sentences(String text) {
        return sentenceDetector.get().sentDetect(text);
    }

    /** The normalised tokens of {@code text}; empty when it holds no word. */
    public String[] normalize(String text) {
        String clean = THOUSANDS_COMMA.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String chunk : WHITESPACE.split(clean)) {
            if (chunk.isEmpty()) {
                continue;
            }
            // Plain words need no model (OpenNLP's own "alphanumeric optimisation", which this
            // pre-trained model leaves off); the tokenizer splits the rest ("kim's", "summit?").
            if (PLAIN_WORD.matcher(chunk).matches()) {
                out.add(lemmaOf(chunk));
                continue;
            }
            out.addAll(tokensOf(chunk));
        }
        return out.toArray(String[]::new);
    }

    // The lemmas of a chunk with punctuation in it ("kim's", "summit?"): the tokenizer model is the
    // slowest step, and people write the same chunks again and again.
    private List<String> tokensOf(String chunk) {
        List<String> memo = chunkMemo.get(chunk);
        if (memo != null) {
            return memo;
        }
        List<String> lemmas = new ArrayList<>();
        for (String word : tokenizer.get().tokenize(chunk)) {
            if (hasWordCharacter(word)) {
                lemmas.add(lemmaOf(word));
            }
        }
        List<String> tokens = List.copyOf(lemmas);
        if (chunkMemo.size() < MEMO_LIMIT) {
            chunkMemo.put(chunk, tokens);
        }
        return tokens;
    }

    private String lemmaOf(String word) {
        String memo = lemmaMemo.get(word);
        if (memo != null) {
            return memo;
        }
        String[] one = {word};
        String lemma = lemmatizer.get().lemmatize(one, tagger.get().tag(one))[0];
        if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || !hasWordCharacter(lemma)) {
            lemma = word;
        }
        lemma = NUMBER_WORDS.getOrDefault(lemma, lemma);
        // Bounded: past the limit new words are still lemmatised, just not remembered.
        if (lemmaMemo.size() < MEMO_LIMIT) {
            lemmaMemo.put(word, lemma);
        }
        return lemma;
    }

    // Keeps words, numbers and emoji (a wave is a greeting); drops punctuation.
    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.OTHER_SYMBOL);
    }

    private static InputStream open(String name) {
        InputStream in = TextNormalizer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }
}
