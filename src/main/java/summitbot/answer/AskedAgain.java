package summitbot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import summitbot.nlp.AliasText;
import summitbot.nlp.PersonFinder;
import summitbot.nlp.SlotFinder;

/**
 * "who is then?" after "is xi jinping the south korean president?": the last yes/no question asked
 * again of whoever it is, "who is the south korean president?". The subject it checked (a person
 * or a country, right after its verb) gives way to "who".
 */
final class AskedAgain {
    // "who is then", "so who was it then", "which one is then", "what country then".
    private static final Pattern WHO_THEN = Pattern.compile(
            "^(so |ok |okay |well |hm+ |oh )?(who|which one|which country|what country)( is| was| s| are| were)?"
                    + "( it| he| she| that| they)? then$");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were");
    private static final int LONGEST_COUNTRY = 2;
    // "north korea's": a possessive, not the subject.
    private static final String POSSESSIVE = "s";
    private static final Pattern POSSESSIVE_S = Pattern.compile("['\u2019]s\\b");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // "is the summit in vladivostok?": a place after a preposition is where, not who.
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "to", "from", "of", "with", "by", "on", "for");

    private final PersonFinder people;
    private final SlotFinder places;

    AskedAgain(PersonFinder people, SlotFinder places) {
        this.people = people;
        this.places = places;
    }

    /** The last question asked of "who", when {@code question} asks "who then?" after one that checked a subject. */
    Optional<String> rewrite(String question, String lastAsked) {
        if (lastAsked == null || !WHO_THEN.matcher(AliasText.normalise(question)).matches()) {
            return Optional.empty();
        }
        String[] words = wordsOf(lastAsked);
        if (words.length < 3 || !AUXILIARIES.contains(words[0])) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(words).subList(1, words.length);
        // "is trump the russian president?", or "is north korea's main partner russia?"
        int first = namedAt(rest, 0);
        if (first > 0 && first < rest.size() && !rest.get(first).equals(POSSESSIVE)) {
            return Optional.of(who(words[0], rest.subList(first, rest.size())));
        }
        for (int start = rest.size() - 1; start > 0; start--) {
            if (namedAt(rest, start) == rest.size() - start && !PREPOSITIONS.contains(rest.get(start - 1))) {
                return Optional.of(who(words[0], rest.subList(0, start)));
            }
        }
        return Optional.empty();
    }

    // Lower case, a possessive's "s" kept as a word of its own ("korea s"), no punctuation.
    private static String[] wordsOf(String text) {
        return NOT_A_WORD.matcher(POSSESSIVE_S.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" s"))
                .replaceAll(" ").strip().split(" ");
    }

    private static String who(String verb, List<String> predicate) {
        return "who " + verb + " " + String.join(" ", predicate);
    }

    // The words of the person or country named from word {@code start} on, or 0 when none is.
    private int namedAt(List<String> words, int start) {
        String from = String.join(" ", words.subList(start, words.size()));
        var person = people.find(from).stream().filter(m -> m.position() == 0 && m.relativeOf() == null).findFirst();
        if (person.isPresent()) {
            return person.get().matched().split(" ").length;
        }
        for (int n = Math.min(LONGEST_COUNTRY, words.size() - start); n >= 1; n--) {
            if (places.countryOf(String.join(" ", words.subList(start, start + n))).isPresent()) {
                return n;
            }
        }
        return 0;
    }
}
