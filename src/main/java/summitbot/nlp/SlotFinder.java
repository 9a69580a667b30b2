package summitbot.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable values of a text: places, days, months, commodities, news agencies, industries
 * and nationalities (of a thing the article describes so) from the slot terms,
 * years, numbers with how they are bounded, and people. Questions and answer units are read the
 * same way, so a yes/no question is checked against the current text of a unit, admin edits included.
 */
public final class SlotFinder {
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");
    // "1950-53", and as typed: "1950 to 53", "1950 through 1953".
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)"
            + "(?:\\s*[-\u2013]\\s*|\\s+(?:to|through|thru|till|until)\\s+)((?:1[89]|20)?\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern DECIMAL_DURATION = Pattern.compile("\\b(\\d+\\.\\d+)\\s*(years?|yrs?|months?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Set<String> COUNTED = Set.of("ton", "tons", "tonnes", "workers", "laborers", "labourers",
            "people", "dollars", "troops", "summits", "times");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("twenty", 20L), Map.entry("fifty", 50L), Map.entry("once", 1L), Map.entry("twice", 2L),
            Map.entry("tenfold", 10L), Map.entry("double", 2L), Map.entry("triple", 3L));
    /** The kind of a length of time ("a year and a half"), in months. */
    public static final String DURATION = "duration";
    private static final Map<String, Long> MONTHS_IN = Map.of("year", 12L, "years", 12L, "yrs", 12L, "month", 1L,
            "months", 1L);
    // Longest first: "a year and a half" before "a year" (an ordered list, so every run reads alike).
    private static final List<Map.Entry<String, Long>> SAID_DURATIONS = List.of(Map.entry("a year and a half", 18L),
            Map.entry("year and a half", 18L), Map.entry("half a year", 6L), Map.entry("a year", 12L),
            Map.entry("a month", 1L));
    // "billions", "hundreds of millions": an order of magnitude, not a figure.
    private static final Map<String, Long> MAGNITUDES = Map.of("thousands", 1_000L, "millions", 1_000_000L,
            "billions", 1_000_000_000L);
    private static final Map<String, Long> SHARES_OF_MAGNITUDE = Map.of("tens", 10L, "hundreds", 100L);
    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L, "k", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "bn", 1_000_000_000L);
    // A place in a question counts only where the question puts something there ("in Beijing"), not
    // where it is the subject ("did Russia send rice"): the words that may stand before it.
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "to", "into", "inside", "near", "from", "of",
            "on", "toward", "towards", "visit", "visited", "visiting", "via", "hold", "held", "host", "hosted",
            "datelined", "dateline", "with", "around",
            // "so it's vladivostok?", "but its definitely vladivostok right?": the place is what it is.
            "it", "its", "definitely", "surely", "def");
    private static final String HOME = "North Korea";
    private static final Set<String> CLAUSE_CLOSERS = Set.of("right", "then", "or", "too", "though", "tho");
    private static final Set<String> POINTERS = Set.of("that", "this");
    // (The normal form drops the "'s" of "so that's moscow?".)
    private static final Set<String> BEFORE_POINTER = Set.of("is", "was", "so", "oh", "wait", "and", "but");
    // "the dateline is seoul?": a claim that something is a place (not "is russia ...?", nor "where is ...").
    private static final Set<String> CLAIMED_IS = Set.of("is", "was");
    private static final Set<String> CLEFT = Set.of("that", "who", "which");
    /** The kind of a nationality, followed by what it describes ("nationality newspaper"). */
    public static final String NATIONALITY = "nationality";
    /** The kind of a time said relative to now ("last year", "before", "now"). */
    public static final String PERIOD = "period";
    /** The kind of a person's slot (its value a person id). */
    public static final String PERSON = "person";
    private static final String PAST = "before";
    // The words after "before" that make it a deadline ("before the end of the year", "before 2020").
    private static final Set<String> DEADLINE = Set.of("end", "this", "next", "then");
    private static final Set<String> CLAUSE_OPENERS = Set.of("they", "he", "she", "it", "we", "you", "i", "the",
            "that", "this", "those", "these", "kim", "putin", "russia");
    private static final String LEADER = "leader";
    /** The kind of a multiple ("tenfold", "ten times", "double"). */
    public static final String MULTIPLE = "multiple";
    private static final Set<String> TIMES_WORDS = Set.of("times", "x", "fold");
    private static final Set<String> TIMES_WHAT = Set.of("more", "bigger", "larger", "higher", "greater", "as", "the",
            "what", "current", "its", "their", "that", "today", "now");
    private static final Pattern FOLD = Pattern.compile("(?:(\\d+)x|(\\w+?)fold)");
    private static final Map<String, Long> MULTIPLE_WORDS = Map.of("double", 2L, "doubled", 2L, "triple", 3L,
            "tripled", 3L, "quadruple", 4L);
    /** The kind of a leader's title by country ("the South Korean President"): how someone is named. */
    public static final String LEADER_TITLE = "nationality " + LEADER;
    // A person described by nationality alone ("a Japanese man").
    private static final String SOMEONE = "someone";
    private static final Map<String, String> DESCRIBED = Map.ofEntries(Map.entry("newspaper", "newspaper"),
            Map.entry("newspapers", "newspaper"), Map.entry("paper", "newspaper"), Map.entry("papers", "newspaper"),
            Map.entry("daily", "newspaper"), Map.entry("researcher", "researcher"), Map.entry("researchers", "researcher"),
            Map.entry("scholar", "researcher"), Map.entry("academic", "researcher"), Map.entry("expert", "researcher"),
            Map.entry("official", "officials"), Map.entry("officials", "officials"), Map.entry("port", "port"),
            Map.entry("ports", "port"), Map.entry("harbor", "port"), Map.entry("harbour", "port"),
            Map.entry("city", "city"), Map.entry("cities", "city"), Map.entry("town", "city"),
            Map.entry("president", LEADER), Map.entry(LEADER, LEADER), Map.entry("pm", LEADER),
            Map.entry("premier", LEADER), Map.entry("prime", LEADER), Map.entry("journalist", "researcher"),
            Map.entry("reporter", "researcher"), Map.entry("sanction", "sanctions"), Map.entry("sanctions", "sanctions"),
            Map.entry("resolution", "sanctions"), Map.entry("law", "sanctions"), Map.entry("laws", "sanctions"),
            Map.entry("rule", "sanctions"), Map.entry("rules", "sanctions"), Map.entry("ban", "sanctions"),
            Map.entry("embargo", "sanctions"),
            // "who found the documents, a Japanese man?": someone described, the researcher being the
            // one person the article describes so.
            // ("the russian guy in the photo" is Putin, named by his looks, not described.)
            Map.entry("man", SOMEONE), Map.entry("guy", SOMEONE), Map.entry("woman", SOMEONE),
            Map.entry("person", SOMEONE), Map.entry("professor", "researcher"),
            // "was that a south korean estimate?": whose officials made it.
            Map.entry("estimate", "officials"), Map.entry("estimates", "officials"));
    private static final String U_S = "u s";
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "that", "this", "those", "these");
    private static final Set<String> OBJECT_OPENERS = Set.of("how", "what", "their", "its", "his", "her", "it", "them");
    private static final Set<String> OF_WHOM = Set.of("from", "by", "of");

    private final Map<String, SlotTerm> terms = new HashMap<>();
    private final List<SlotTerm> longPlaces;
    // The places a nationality names ("russian" -> Russia): countries, not cities or regions.
    private final Set<String> countries;
    // The longest term's length in words, the widest window worth looking at.
    private final int maxTermWords;

    public SlotFinder(List<SlotTerm> terms) {
        terms.forEach(t -> this.terms.put(t.term(), t));
        this.maxTermWords = terms.stream().mapToInt(t -> t.term().split(" ").length).max().orElse(1);
        this.longPlaces = terms.stream().filter(t -> "place".equals(t.kind()) && !t.term().contains(" ")
                && t.term().length() >= TYPO_LENGTH).toList();
        this.countries = terms.stream().filter(t -> NATIONALITY.equals(t.kind())).map(SlotTerm::canonical)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether {@code place}, a place's canonical name, is a country (one a nationality names). */
    public boolean isCountry(String place) {
        return countries.contains(place);
    }

    // "pyongyan", "vladivostock": a long place name with one letter wrong (never a short one,
    // where one letter makes another word).
    private Optional<SlotTerm> misspeltPlace(String word) {
        if (word.length() < TYPO_LENGTH || terms.containsKey(word)) {
            return Optional.empty();
        }
        return longPlaces.stream().filter(t -> t.term().charAt(0) == word.charAt(0)
                && Math.abs(t.term().length() - word.length()) <= 1 && EditDistance.between(t.term(), word) <= 1)
                .findFirst();
    }

    // "10k", "$1bn", "5m": a figure and its magnitude in one word, as texted.
    private static final Pattern SUFFIXED_FIGURE = Pattern.compile("(\\d{1,9})(k|m|mn|bn|b)");
    private static final Map<String, Long> MAGNITUDE_SUFFIXES = Map.of("k", 1_000L, "m", 1_000_000L,
            "mn", 1_000_000L, "bn", 1_000_000_000L, "b", 1_000_000_000L);
    private static final Set<String> GENERIC = Set.of("a", "an", "any", "another");
    private static final Set<String> SET_ASIDE = Set.of("other", "besides", "except", "beside", "other than",
            "apart from", "aside from", "but");
    // The shortest place name a one-letter typo is forgiven in.
    private static final int TYPO_LENGTH = 6;

    /**
     * The country a single word names, as a place or a people ("russia", "russian", "russians"),
     * if it names one.
     */
    public Optional<String> countryOf(String word) {
        for (String w : List.of(word, word.endsWith("s") ? word.substring(0, word.length() - 1) : word)) {
            SlotTerm t = terms.get(w);
            if (t != null && (NATIONALITY.equals(t.kind()) || "place".equals(t.kind()))) {
                return Optional.of(t.canonical());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word} (alias normal form) says a multiple: "times", "10x", "tenfold", "double". */
    public static boolean multipleWord(String word) {
        return TIMES_WORDS.contains(word) || FOLD.matcher(word).matches() || MULTIPLE_WORDS.containsKey(word);
    }

    // Whether the nationality at {@code i} and the title after it are a name a mention took.
    private static boolean namesSomeone(String[] words, int i, int size, Set<String> named) {
        String titled = " " + String.join(" ", Arrays.copyOfRange(words, i,
                Math.min(words.length, i + size + 1))) + " ";
        return named.stream().anyMatch(n -> n.contains(titled) || titled.contains(n));
    }

    /** Whether {@code word} (alias normal form) is part of a figure: "300", "10k", "million", "four". */
    public static boolean figureWord(String word) {
        return DIGITS.matcher(word).matches() || SUFFIXED_FIGURE.matcher(word).matches()
                || NUMBER_WORDS.containsKey(word)
                || MULTIPLIERS.containsKey(word) || MAGNITUDES.containsKey(word)
                || SHARES_OF_MAGNITUDE.containsKey(word);
    }

    /**
     * The slots of {@code text}; with {@code question} set, places count only after a word that
     * puts something there.
     */
    public List<Slot> find(String text, boolean question, List<PersonMention> people) {
        // "2,000 tons" is an amount, never the year 2000.
        Set<String> amounts = new HashSet<>();
        Matcher grouped = GROUPED_NUMBER.matcher(text);
        while (grouped.find()) {
            amounts.add(grouped.group().replace(",", ""));
        }
        // "1.5 yrs": read in months ("18 months"), as the normal form would split "1.5" in two.
        String prepared = DECIMAL_DURATION.matcher(THOUSANDS.matcher(text).replaceAll("")).replaceAll(m -> {
            double value = Double.parseDouble(m.group(1));
            return Math.round(m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("m") ? value : value * 12)
                    + " months";
        });
        List<Slot> out = new ArrayList<>();
        Matcher range = YEAR_RANGE.matcher(prepared);
        StringBuilder rest = new StringBuilder();
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int end = Integer.parseInt(range.group(2));
            int to = end >= 100 ? end : from / 100 * 100 + end;
            for (int y = from; y <= to && y - from < 20; y++) {
                out.add(Slot.of("year", Integer.toString(y)));
            }
            range.appendReplacement(rest, " ");
        }
        range.appendTail(rest);
        // "did the north korean leader meet trump?": a title that names someone is a name, not a premise.
        Set<String> named = new HashSet<>();
        if (question) {
            people.forEach(m -> named.add(" " + m.matched() + " "));
        }
        // "one on one", "the two of them": number words that count nothing.
        String[] words = ContentWords.withoutCounts(AliasText.normalise(rest.toString())).split(" ");
        // "where is the summit, moscow?": a place offered after the question, as "in moscow?" would be.
        int guessFrom = question ? words.length - QuestionShape.guessedWords(text) : words.length;
        for (int i = 0; i < words.length; i++) {
            int taken = term(words, i, question, named, guessFrom, out);
            if (taken > 0) {
                i += taken - 1;
                continue;
            }
            int span = durationInWords(words, i, out);
            if (span > 0) {
                i += span - 1;
                continue;
            }
            i += number(words, i, amounts, out) - 1;
        }
        String[] said = question && !people.isEmpty() ? AliasText.normalise(text).split(" ") : new String[0];
        // "any Russian president besides Putin": a person the question sets aside is no premise,
        // however else it names him ("Russian president" is one of Putin's names too).
        Set<String> asideIds = new HashSet<>();
        for (PersonMention m : people) {
            if (question && setAside(said, m.position())) {
                asideIds.add(m.person().id());
            }
        }
        for (PersonMention m : people) {
            if (!asideIds.contains(m.person().id())) {
                out.add(Slot.of(PERSON, m.person().id()));
            }
        }
        return out;
    }

    // Set aside ("besides Putin") or named only as a kind ("a Kim", "any Russian president").
    private static boolean setAside(String[] words, int position) {
        String one = position >= 1 && position <= words.length ? words[position - 1] : "";
        if (GENERIC.contains(one)) {
            return true;
        }
        String two = position >= 2 && position <= words.length ? words[position - 2] + " " + one : "";
        return SET_ASIDE.contains(one) || SET_ASIDE.contains(two);
    }

    private static boolean comesFrom(String[] words, int i, int guessFrom) {
        return (i > 0 && words[i - 1].equals("from"))
                || (i >= guessFrom && Arrays.asList(words).subList(0, guessFrom).contains("from"));
    }

    private int term(String[] words, int i, boolean question, Set<String> named, int guessFrom, List<Slot> out) {
        for (int size = Math.min(maxTermWords, words.length - i); size >= 1; size--) {
            SlotTerm exact = terms.get(String.join(" ", Arrays.copyOfRange(words, i, i + size)));
            if (exact == null && size == 1 && question && usAsANationality(words, i)) {
                exact = terms.get(U_S);
            }
            SlotTerm t = exact == null && size == 1 ? misspeltPlace(words[i]).orElse(null) : exact;
            if (t == null) {
                continue;
            }
            // "leave before the end of this year?": "before" a deadline says by when, not "earlier".
            if (PAST.equals(t.canonical()) && PERIOD.equals(t.kind()) && i + size < words.length
                    && deadline(words, i + size)) {
                return size;
            }
            boolean placed = !"place".equals(t.kind()) || !question || i >= guessFrom
                    || (i > 0 && PLACE_WORDS.contains(words[i - 1]))
                    || (i > 1 && PLACE_WORDS.contains(words[i - 2]) && "the".equals(words[i - 1]))
                    // "in moscow or vladivostok?": the second place offered stands where the first does.
                    || (i > 0 && "or".equals(words[i - 1]) && !out.isEmpty()
                            && "place".equals(out.get(out.size() - 1).kind()))
                    // "is that pyongyang?", "so that's chongjin?": the place is what that is.
                    || (i > 0 && POINTERS.contains(words[i - 1])
                            && (i == 1 || BEFORE_POINTER.contains(words[i - 2])))
                    || (i > 1 && CLAIMED_IS.contains(words[i - 1]) && !QuestionShape.WH_WORDS.contains(words[i - 2])
                            // ("it was russia that helped ...": who did it, not where.)
                            && !(i + size < words.length && CLEFT.contains(words[i + size])));
            // "are the laborers from north korea?", "where do they come from, nk?": where someone is from,
            // which for North Korea, where the story is set, says nothing of where they are.
            if (placed && question && HOME.equals(t.canonical()) && comesFrom(words, i, guessFrom)) {
                placed = false;
            }
            if (NATIONALITY.equals(t.kind())) {
                // A question's "the Japanese PM" is a title; its "any other Russian leader" names no one.
                boolean definite = !question || words[i].equals("the") || (i > 0 && words[i - 1].equals("the"));
                Optional<String> head = described(words, i + size);
                if (head.isEmpty() && question) {
                    head = predicated(words, i, size);
                }
                if (head.isPresent() && head.get().equals(SOMEONE)) {
                    head = definite ? Optional.empty() : Optional.of("researcher");
                }
                if (head.isPresent() && (!head.get().equals(LEADER) || (definite
                        && !namesSomeone(words, i, size, named)))) {
                    out.add(new Slot(NATIONALITY + " " + head.get(), t.canonical(), t.within(), Slot.Qualifier.EXACT));
                }
            } else if (placed && question && "place".equals(t.kind()) && leaderOf(words, i)
                    && !namesSomeone(words, i, size, named)) {
                // "is moon the president of north korea?": the title by country, as "the North
                // Korean president" would give it.
                out.add(new Slot(LEADER_TITLE, t.canonical(), t.within(), Slot.Qualifier.EXACT));
            } else if (placed) {
                out.add(new Slot(t.kind(), t.canonical(), t.within(), Slot.Qualifier.EXACT));
            }
            return size;
        }
        return 0;
    }

    // A deadline from {@code at}: "the end of...", "this year", "next month", "then", "2020".
    private static boolean deadline(String[] words, int at) {
        int next = words[at].equals("the") && at + 1 < words.length ? at + 1 : at;
        return DEADLINE.contains(words[next]) && (next == at || words[next].equals("end"))
                || YEAR.matcher(words[at]).matches();
    }

    // "president of north korea", "the leader of the south": a leader's title with "of" and a country.
    private static boolean leaderOf(String[] words, int i) {
        int of = i > 0 && words[i - 1].equals("the") ? i - 2 : i - 1;
        return of > 0 && words[of].equals("of") && LEADER.equals(DESCRIBED.get(words[of - 1]));
    }

    // "is that a US sanction?": "us" is the country, not the pronoun, between an article and a
    // thing the article gives a nationality to.
    private static boolean usAsANationality(String[] words, int i) {
        return words[i].equals("us") && i > 0 && ARTICLES.contains(words[i - 1])
                && i + 1 < words.length && DESCRIBED.containsKey(words[i + 1]);
    }

    // The thing a nationality describes, when it is one the article gives a nationality to: "a
    // Japanese newspaper", "a South Korean researcher", "U.S. officials", "the North Korean port",
    // "the South Korean President", "a U.N. sanctions resolution".
    // Elsewhere a nationality is no premise: "the Russian wheat" is the wheat Russia shipped.
    private static Optional<String> described(String[] words, int next) {
        for (int j = next; j < Math.min(words.length, next + 2); j++) {
            String head = DESCRIBED.get(words[j]);
            // ("did the US estimate the money?": a verb, its object after it.)
            boolean verb = words[j].startsWith("estimate") && j + 1 < words.length
                    && (ARTICLES.contains(words[j + 1]) || OBJECT_OPENERS.contains(words[j + 1]));
            if (head != null && !verb) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    // "was the newspaper south korean?", "the paper was japanese, right": a nationality said of the
    // thing just before it (or before "is"/"was"), closing the clause.
    private static Optional<String> predicated(String[] words, int i, int size) {
        boolean closes = i + size == words.length || CLAUSE_CLOSERS.contains(words[i + size]);
        if (!closes || i == 0) {
            return Optional.empty();
        }
        int before = i - 1;
        // "the resolution is from the EU?", "a ban by the u.n.?": whose the thing is.
        if (words[before].equals("the") && before > 0) {
            before--;
        }
        if (OF_WHOM.contains(words[before]) && before > 0) {
            before--;
        }
        if ((words[before].equals("is") || words[before].equals("was")) && before > 0) {
            before--;
        }
        String head = DESCRIBED.get(words[before]);
        return head == null || head.equals(LEADER) ? Optional.empty() : Optional.of(head);
    }

    // Returns how many words the number took (at least 1, so the caller moves on).
    private static int number(String[] words, int i, Set<String> amounts, List<Slot> out) {
        String w = words[i];
        Long value = null;
        boolean counted = amounts.contains(w) || (i + 1 < words.length && COUNTED.contains(words[i + 1]));
        if (YEAR.matcher(w).matches() && !counted) {
            out.add(Slot.of("year", w));
            return 1;
        }
        // "did they once number 50,000?": "once" is a time, unless it is counted ("more than once")
        // or joins a clause ("once they're sent home").
        if (w.equals("once") && qualifier(words, i) == Slot.Qualifier.EXACT
                && !(i > 0 && (words[i - 1].equals("only") || words[i - 1].equals("just")))) {
            if (i + 1 >= words.length || !CLAUSE_OPENERS.contains(words[i + 1])) {
                out.add(Slot.of(PERIOD, PAST));
            }
            return 1;
        }
        // ("how many millions?" asks the figure, it states none.)
        boolean asked = i > 0 && (words[i - 1].equals("many") || words[i - 1].equals("much"));
        if (MAGNITUDES.containsKey(w) && !asked) {
            out.add(new Slot("number", Long.toString(MAGNITUDES.get(w)), List.of(), Slot.Qualifier.ORDER));
            return 1;
        }
        if (SHARES_OF_MAGNITUDE.containsKey(w) && i + 2 < words.length && words[i + 1].equals("of")
                && MAGNITUDES.containsKey(words[i + 2])) {
            long order = SHARES_OF_MAGNITUDE.get(w) * MAGNITUDES.get(words[i + 2]);
            out.add(new Slot("number", Long.toString(order), List.of(), Slot.Qualifier.ORDER));
            return 3;
        }
        // "tenfold", "10x", "double": a multiple in one word.
        Matcher fold = FOLD.matcher(w);
        if (fold.matches() || MULTIPLE_WORDS.containsKey(w)) {
            long times = fold.matches() ? (fold.group(1) != null ? Long.parseLong(fold.group(1))
                    : NUMBER_WORDS.getOrDefault(fold.group(2), 0L)) : MULTIPLE_WORDS.get(w);
            if (times > 1) {
                out.add(new Slot(MULTIPLE, Long.toString(times), List.of(), Slot.Qualifier.EXACT));
            }
            return 1;
        }
        Matcher suffixed = SUFFIXED_FIGURE.matcher(w);
        if (DIGITS.matcher(w).matches() && w.length() < 13) {
            value = Long.parseLong(w);
        } else if (suffixed.matches()) {
            // "10k", "50k", "1bn": text-speak for thousands, millions and billions.
            value = Long.parseLong(suffixed.group(1)) * MAGNITUDE_SUFFIXES.get(suffixed.group(2));
        } else if (NUMBER_WORDS.containsKey(w)) {
            value = NUMBER_WORDS.get(w);
        }
        // "a million", "a thousand": the multiplier alone is the number.
        if (value == null && MULTIPLIERS.containsKey(w) && i > 0 && (words[i - 1].equals("a")
                || words[i - 1].equals("one"))) {
            value = MULTIPLIERS.get(w);
            out.add(new Slot("number", Long.toString(value), List.of(), qualifier(words, i - 1)));
            return 1;
        }
        if (value == null) {
            return 1;
        }
        int taken = 1;
        if (i + 1 < words.length && MULTIPLIERS.containsKey(words[i + 1])) {
            value *= MULTIPLIERS.get(words[i + 1]);
            taken = 2;
        }
        // "ten times", "10 x": how many times something grows, not a thing counted.
        // ("met xi four times" counts meetings: "times" multiplies only what follows it.)
        String unit = i + taken < words.length ? words[i + taken] : "";
        String next = i + taken + 1 < words.length ? words[i + taken + 1] : "";
        if (TIMES_WORDS.contains(unit) && (!unit.equals("times") || TIMES_WHAT.contains(next))) {
            out.add(new Slot(MULTIPLE, Long.toString(value), List.of(), qualifier(words, i)));
            return taken + 1;
        }
        // "two years", "18 months": a length of time, in months.
        Long months = i + taken < words.length ? MONTHS_IN.get(words[i + taken]) : null;
        if (months != null) {
            out.add(new Slot(DURATION, Long.toString(value * months), List.of(), qualifier(words, i)));
            return taken + 1;
        }
        out.add(new Slot("number", Long.toString(value), List.of(), qualifier(words, i)));
        return taken;
    }

    // "nearly a year and a half", "half a year": a length of time in words, in months; how many
    // words it took (0 for none).
    private static int durationInWords(String[] words, int i, List<Slot> out) {
        String rest = String.join(" ", Arrays.copyOfRange(words, i, Math.min(words.length, i + 5)));
        for (Map.Entry<String, Long> said : SAID_DURATIONS) {
            if ((rest + " ").startsWith(said.getKey() + " ")) {
                out.add(new Slot(DURATION, Long.toString(said.getValue()), List.of(), qualifier(words, i)));
                return said.getKey().split(" ").length;
            }
        }
        return 0;
    }

    private static Slot.Qualifier qualifier(String[] words, int i) {
        String before = (i >= 2 ? words[i - 2] + " " : "") + (i >= 1 ? words[i - 1] : "");
        if (before.endsWith("more than") || before.endsWith("over") || before.endsWith("at least")
                || before.endsWith("above")) {
            return Slot.Qualifier.MORE_THAN;
        }
        if (before.endsWith("as many as") || before.endsWith("as much as") || before.endsWith("up to")
                || before.endsWith("many as")) {
            return Slot.Qualifier.AS_MANY_AS;
        }
        if (before.endsWith("nearly") || before.endsWith("almost") || before.endsWith("about")
                || before.endsWith("around") || before.endsWith("roughly")) {
            return Slot.Qualifier.ABOUT;
        }
        if (before.endsWith("less than") || before.endsWith("fewer than") || before.endsWith("under")) {
            return Slot.Qualifier.LESS_THAN;
        }
        return Slot.Qualifier.EXACT;
    }
}
