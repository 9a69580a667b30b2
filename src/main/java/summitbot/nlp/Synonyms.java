package summitbot.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's words for the words users type ("workers" for "laborers", "pic" for "photo"), so a
 * question finds and covers a unit in the article's wording.
 */
public final class Synonyms {
    private final Map<String, List<String>> means;

    /** @param means for each typed word, the article's words it stands for */
    public Synonyms(Map<String, List<String>> means) {
        this.means = Map.copyOf(means);
    }

    /** The word itself, then the words it stands for. */
    public List<String> of(String word) {
        List<String> found = means.get(word);
        if (found == null) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>(found.size() + 1);
        out.add(word);
        out.addAll(found);
        return out;
    }

    /** Every word with the words it stands for, without repeats. */
    public List<String> expand(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        words.forEach(w -> out.addAll(of(w)));
        return new ArrayList<>(out);
    }
}
