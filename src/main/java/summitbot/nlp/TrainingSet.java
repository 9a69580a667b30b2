package summitbot.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code intent<TAB>utterance} files; blank lines and lines starting with # are skipped. */
public final class TrainingSet {
    private TrainingSet() {
    }

    public static List<LabeledQuestion> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a file shipped inside the jar, e.g. {@code models/training.tsv}. */
    public static List<LabeledQuestion> readResource(String name) {
        InputStream in = TrainingSet.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not packaged with the bot");
        }
        try (in) {
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static List<LabeledQuestion> read(InputStream in, String name) throws IOException {
        List<LabeledQuestion> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException(name + " line " + number + ": expected intent<TAB>utterance");
            }
            out.add(new LabeledQuestion(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return out;
    }
}
