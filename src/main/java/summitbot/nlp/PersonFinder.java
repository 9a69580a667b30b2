package summitbot.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the people a question names, from the aliases in the database: exact alias matches
 * first, longest first, then small typos of longer aliases ("kin jong un", "vladimir putn").
 */
public final class PersonFinder {
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int LONG_ALIAS = 9;
    private static final int SHORT_WORD = 4;
    private static final int FULL_NAME_WORDS = 3;

    // The last words of titles that name one person ("the north korean leader", "the south korean president").
    private static final Set<String> TITLES = Set.of("leader", "president", "chairman", "premier", "minister");

    private static final java.util.Set<String> OTHER_FAMILY = java.util.Set.of("my", "your", "ur", "our", "mine");

    private final Supplier<List<PersonAlias>> aliases;
    private volatile Index index = new Index(List.of(), Map.of(), Map.of(), 0, Set.of());

    // The alias map, rebuilt only when the supplier hands over a different list. Aliases that may
    // match with a typo are grouped by first letter and word count, the two things a typo keeps.
    // maxWords: the longest alias's length in words, the widest window worth looking at.
    private record Index(List<PersonAlias> source, Map<String, PersonAlias> byAlias,
                         Map<String, List<PersonAlias>> fuzzyByShape, int maxWords, Set<String> aliasWords) {
    }

    /** @param aliases read on every call, so an alias an admin adds works in the next question */
    public PersonFinder(Supplier<List<PersonAlias>> aliases) {
        this.aliases = aliases;
    }

    /** The people named in {@code text}, in the order they appear. */
    public List<PersonMention> find(String text) {
        String normal = AliasText.normalise(text);
        if (normal.isEmpty()) {
            return List.of();
        }
        String[] words = normal.split(" ");
        Index idx = index(aliases.get());
        Map<String, PersonAlias> byAlias = idx.byAlias();
        boolean[] used = new boolean[words.length];
        List<PersonMention> found = new ArrayList<>();
        for (int size = Math.min(idx.maxWords(), words.length); size >= 1; size--) {
            for (int start = 0; start + size <= words.length; start++) {
                if (anyUsed(used, start, size)) {
                    continue;
                }
                String window = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + size));
                PersonAlias hit = byAlias.get(window);
                if (hit == null) {
                    hit = fuzzy(window, size, idx.fuzzyByShape().getOrDefault(shape(window, size), List.of()),
                            idx.aliasWords());
                }
                // "my dad", "your grandpa": the user's family, not Kim's.
                if (hit != null && hit.relativeOf() != null && start > 0 && OTHER_FAMILY.contains(words[start - 1])) {
                    hit = null;
                }
                if (hit != null) {
                    found.add(new PersonMention(hit.person(), window, hit.relativeOf(), start));
                    for (int i = start; i < start + size; i++) {
                        used[i] = true;
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(PersonMention::position));
        return found;
    }

    private Index index(List<PersonAlias> current) {
        Index i = index;
        if (i.source() != current) {
            Map<String, PersonAlias> byAlias = new HashMap<>();
            Map<String, List<PersonAlias>> byShape = new HashMap<>();
            int maxWords = 0;
            Set<String> aliasWords = new HashSet<>();
            for (PersonAlias stored : current) {
                // Normalised as questions are: "north korea s leader", stored so by older
                // migrations, is the "north korea leader" that "north korea's leader" becomes.
                PersonAlias a = new PersonAlias(AliasText.normalise(stored.alias()), stored.person(),
                        stored.relativeOf());
                if (a.alias().isEmpty()) {
                    continue;
                }
                byAlias.put(a.alias(), a);
                maxWords = Math.max(maxWords, wordCount(a.alias()));
                aliasWords.addAll(List.of(a.alias().split(" ")));
                // Kinship words and short aliases must match exactly: "dad" is one letter from "bad".
                if (a.relativeOf() == null && a.alias().length() >= MIN_FUZZY_LENGTH) {
                    byShape.computeIfAbsent(shape(a.alias(), wordCount(a.alias())), k -> new ArrayList<>()).add(a);
                }
            }
            i = new Index(current, byAlias, byShape, maxWords, aliasWords);
            index = i;
        }
        return i;
    }

    private static String shape(String text, int words) {
        return text.charAt(0) + ":" + words;
    }

    private static PersonAlias fuzzy(String window, int size, List<PersonAlias> candidates, Set<String> aliasWords) {
        if (window.length() < MIN_FUZZY_LENGTH) {
            return null;
        }
        PersonAlias best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PersonAlias a : candidates) {
            String alias = a.alias();
            int allowed = alias.length() >= LONG_ALIAS ? 2 : 1;
            // "north korea's leaders" are not its leader: a title made plural is no typo of it
            // ("putins", "kim jong uns" are names with the apostrophe left out).
            if (Math.abs(alias.length() - window.length()) > allowed
                    || (window.equals(alias + "s") && TITLES.contains(alias.substring(alias.lastIndexOf(' ') + 1)))) {
                continue;
            }
            if ((size < FULL_NAME_WORDS && shortWordsDiffer(window, alias)) || swapsAWord(window, alias, aliasWords)) {
                continue;
            }
            int d = EditDistance.between(window, alias);
            if (d <= allowed && (d < bestDistance || (d == bestDistance && alias.compareTo(best.alias()) < 0))) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    // "president of north korea" is not a typo of "president of south korea", nor "leave russia" of
    // "leads russia": in a name of several words, a word that differs is a typo only when it is one
    // letter off and no word of any alias itself.
    private static boolean swapsAWord(String window, String alias, Set<String> aliasWords) {
        String[] w = window.split(" ");
        String[] a = alias.split(" ");
        for (int i = 0; i < Math.min(w.length, a.length); i++) {
            if (!w[i].equals(a[i]) && (aliasWords.contains(w[i])
                    || (a.length > 1 && EditDistance.between(w[i], a[i]) > 1))) {
                return true;
            }
        }
        return false;
    }

    // "kim had" is not "kim dad": in short aliases, short words are real words and must match.
    // Full three-word names ("kin jong un") carry enough context to forgive them.
    private static boolean shortWordsDiffer(String window, String alias) {
        String[] w = window.split(" ");
        String[] a = alias.split(" ");
        for (int i = 0; i < a.length; i++) {
            if ((a[i].length() < SHORT_WORD || w[i].length() < SHORT_WORD) && !a[i].equals(w[i])) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean anyUsed(boolean[] used, int start, int size) {
        for (int i = start; i < start + size; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
