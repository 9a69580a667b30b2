package summitbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import summitbot.facts.AnswerUnit;
import summitbot.facts.Topic;
import summitbot.facts.UnitStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.AliasText;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.ContentWords;
import summitbot.nlp.EditDistance;
import summitbot.nlp.PersonFinder;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;
import summitbot.nlp.Synonyms;

/**
 * Ranks the answer units of a topic for a question: by what the question asks (its answer type,
 * broad or specific), by word overlap (FTS5 bm25 over unit text and example questions, relative to
 * the best match anywhere), and by the values both name (a year, a place, a person).
 */
final class UnitRanker {
    /** A unit with its score and the parts of it, for /why. */
    record Scored(AnswerUnit unit, double score, double lexical, double coverage, double meaning) {
        String describe() {
            return unit.key() + " " + ScoreText.of(score) + " (words " + ScoreText.of(lexical) + ", covered "
                    + ScoreText.of(coverage) + ", meaning " + ScoreText.of(meaning) + ")";
        }
    }

    /** The ranking of one topic's units, best first, and the best word match anywhere. */
    record Ranking(List<Scored> ranked, UnitStore.Hit topHit) {
        Scored best() {
            return ranked.isEmpty() ? null : ranked.get(0);
        }
    }

    private static final double WORDS = 3.0;
    // Words that name the kind of value asked ("what date", "which city"), not a thing to find.
    private static final Set<String> KIND_OF_VALUE = Set.of("date", "year", "day", "time", "place", "city",
            "month", "location");
    // The claims' verbs that stems do not join ("meet" and "met").
    private static final Map<String, String> IRREGULAR = Map.of("meet", "met", "met", "meet", "meeting", "met");
    private static final double TYPE_SERVED = 1.5;
    private static final double TYPE_MISSED = -1.0;
    private static final double LOOSE_TYPE_SERVED = 0.3;
    private static final double BROAD_SUMMARY = 3.5;
    private static final Set<String> PREPOSITIONS = Set.of("after", "before", "since", "during", "about", "against",
            "without", "until");
    private static final int BARE_VALUE_WORDS = 2;
    private static final double SPECIFIC_SUMMARY = -1.5;
    private static final double SAME_KIND_OF_VALUE = 0.4;
    private static final double SAME_VALUE = 0.6;
    private static final double COVERAGE = 1.0;
    // The semantic signal's similarity of the question to the unit's text and examples (learned
    // ones too): the mean of the two nearest, as one of many hands' wordings may match by luck.
    private static final double MEANING = 8.0;
    private static final int NEAREST_SENTENCES = 2;
    private static final double LAST_UNIT = 3.0;
    // The share of a fact's words a gap beside it repeats.
    private static final double RESTATED = 0.6;
    // A follow-up leans on the last answer: "then what happened?" is the claim the article states
    // next, "why?" the reason nearest the last claim, "anything else?" another claim nearby.
    private static final double NEXT_CLAIM = 4.0;
    private static final double NEAR_LAST_REASON = 2.0;
    private static final double NEAR_LAST = 0.5;
    // "what was it then?", "who instead?": asking for what corrects the last premise.
    private static final java.util.regex.Pattern CORRECTION_ASKED = java.util.regex.Pattern.compile(
            "\\b(then|instead)$");
    private static final double SAME_PARAGRAPH_OTHER_TOPIC = 6.0;
    private static final double SAID_ALREADY = -2.0;
    private static final double ITS_TIME_OR_PLACE = 2.0;
    private static final java.util.regex.Pattern BACK_TO_IT = java.util.regex.Pattern.compile(
            "\\b(that|it|this|there|then)\\b");
    private static final Set<String> TIME_OR_PLACE_WORDS = Set.of("year", "yr", "date", "day", "month", "region",
            "part", "area", "city", "place", "country");
    private static final int FEW_WORDS = 2;
    private static final java.util.regex.Pattern ADDITION = java.util.regex.Pattern.compile("\\balso\\b");
    private static final java.util.regex.Pattern MORE_ASKED = java.util.regex.Pattern.compile(
            "\\b(else|also|other|others|another|too|besides|more|as well|either|any)\\b");
    private static final double ADDITION_UNASKED = -0.5;
    private static final double PAST_UNASKED = -1.5;
    private static final double OTHER_TIME = -3.0;
    private static final String PLACE = "place";
    private static final String NUMBER = "number";
    private static final String PAST = "before";
    private static final double GAP_ASKED = 0.5;
    private static final double PRECISION_ASKED = 1.0;
    // "where exactly", "what percent", "what's he called", "who else": more than the article may give,
    // so the topic's "doesn't say" units compete on equal terms with its facts.
    private static final java.util.regex.Pattern PRECISION = java.util.regex.Pattern.compile(
            "\\b(exact|exactly|actual|precise|precisely|specific|specifically|percent|percentage|called|named"
                    + "|name of|names of|full name|how long|what time|wat time|wut time|which day of|who else"
                    + "|what date|which date"
                    + "|the date of|calendar date|what happens to|what will happen|end up|ends up|how many hours"
                    + "|gonna happen|going to happen|happen to them|happens next|happen next"
                    + "|how many days|how many minutes|where in the city|where in town|where in vladivostok"
                    + "|whereabouts in|what part of"
                    + "|which part of|which venue|what venue|which building|what building|which hotel|what hotel)\\b");
    // "which sanctions tho?", "what other sanctions are there": which ones, asked of the very thing a
    // gap says the article does not list or name.
    private static final java.util.regex.Pattern WHICH_ONES = java.util.regex.Pattern.compile(
            "\\b(?:which|what) (?:(?:other|specific|exact|particular|kind of|kinds of|type of|types of|un|u n) )*"
                    + "(\\w+)");
    private static final java.util.regex.Pattern DECLINES_NAMING = java.util.regex.Pattern.compile(
            "\\bdoesn t (?:list|name)\\b");
    // Someone besides those already talked about, asked for.
    private static final java.util.regex.Pattern OTHER_PERSON_ASKED = java.util.regex.Pattern.compile(
            "\\b(anyone|anybody|someone|somebody|who|whoever) else\\b|\\bany other (\\w+ )?(leader|leaders|president"
                    + "|presidents|official|officials|russian|russians)\\b"
                    + "|\\b(besides|other than|apart from) (putin|him)\\b");
    private static final double SOMEONE_ELSE = 2.0;
    private static final java.util.regex.Pattern SOMEONE_ELSE_ASKED = java.util.regex.Pattern.compile(
            "\\b(anyone|anybody|someone|somebody) else\\b");
    private static final java.util.regex.Pattern DATE_PRECISION = java.util.regex.Pattern.compile(
            "\\b(what date|which date|the date of|calendar date)\\b");
    private static final double GAP_WITHOUT_WORDS = -3.0;
    private static final double GAP_OTHER_KIND = -3.0;
    // "by when?" asks a deadline ("by the end of this year", "by 2020"); "what year?" a year.
    private static final java.util.regex.Pattern DEADLINE_ASKED = java.util.regex.Pattern.compile(
            "\\b(by when|by what|until when|till when|deadline|how long do they have|how long have they got)\\b");
    private static final java.util.regex.Pattern DEADLINE_GIVEN = java.util.regex.Pattern.compile(
            "\\bby (the end of|\\d{4}|next|this)\\b");
    private static final java.util.regex.Pattern YEAR_ASKED = java.util.regex.Pattern.compile(
            "\\b(what|which) year\\b");
    private static final double TIME_ASKED = 3.0;
    private static final double CONTRARY_STATED = 1.5;
    private static final Set<String> VALUE_CHECK_FILLER = Set.of("was", "is", "it", "that", "this", "so", "then", "in",
            "on", "at", "the", "a", "and", "did", "does", "do", "were", "are", "they", "there", "really", "ok", "wait",
            "right", "s", "or", "not", "isn", "t", "wasn", "oh", "hmm", "by");
    private static final int TYPO_LENGTH = 5;
    private static final int STEM_MEMO_LIMIT = 10_000;

    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile(
            "\\b(not|no|never|nothing|t|wont|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|cant"
                    + "|wouldnt|couldnt|shouldnt)\\b");
    // Whether each example question asks yes or no, or with a negation (example texts repeat).
    private final Map<String, Boolean> yesNoExamples = new ConcurrentHashMap<>();
    private final UnitStore units;
    private final Synonyms synonyms;
    private final SlotFinder slots;
    private final PersonFinder people;
    private final SemanticSignal semantic;
    private final ArticleOrder order;
    private final Map<String, Set<String>> stemMemo = new ConcurrentHashMap<>();
    private final Map<String, List<Slot>> slotMemo = new ConcurrentHashMap<>();
    private final Map<String, String> normalMemo = new ConcurrentHashMap<>();
    private final WordsMemo factWords = new WordsMemo(u -> !u.gap());
    // The topics' labels ("Food aid"): the words that name a topic as a whole.
    private final java.util.function.Supplier<List<Topic>> topics;
    private final WordsMemo unitWords = new WordsMemo(u -> true);

    UnitRanker(UnitStore units, SlotFinder slots, PersonFinder people, Synonyms synonyms, SemanticSignal semantic,
               java.util.function.Supplier<List<Topic>> topics) {
        this.semantic = semantic;
        this.topics = topics;
        this.synonyms = synonyms;
        this.units = units;
        this.slots = slots;
        this.people = people;
        this.order = new ArticleOrder(units);
    }

    /** Word matches across every topic, best first (one search per question and data revision). */
    List<UnitStore.Hit> search(Query query) {
        List<String> words = synonyms.expand(query.words());
        long revision = units.revision();
        SearchMemo memo = lastSearch.get();
        if (memo != null && memo.revision() == revision && memo.words().equals(words)) {
            return memo.hits();
        }
        List<UnitStore.Hit> hits = units.search(words);
        lastSearch.set(new SearchMemo(words, revision, hits));
        return hits;
    }

    // The rules ask the same question's matches several times (rescue, routing, the closest fact).
    private record SearchMemo(List<String> words, long revision, List<UnitStore.Hit> hits) {
    }

    private final ThreadLocal<SearchMemo> lastSearch = new ThreadLocal<>();

    Ranking rank(Query query, String topic, List<UnitStore.Hit> hits) {
        Map<String, Double> lexical = new HashMap<>();
        double top = hits.isEmpty() ? 0 : hits.get(0).score();
        for (UnitStore.Hit h : hits) {
            lexical.put(h.key(), top <= 0 ? 0 : h.score() / top);
        }
        List<AnswerUnit> candidates = units.units(topic);
        // What facts already cover: a gap must be asked for in words of its own ("exact", "name").
        Set<String> factWords = allFactWords();
        // Or a gap gives the only answer of the kind asked ("which newspaper?" names no paper).
        AnswerType asked = query.shape().type();
        boolean factsServe = !asked.specific() || candidates.stream().anyMatch(u -> !u.gap() && u.serves(asked));
        // "what date is on the putin photo?": a calendar date is no more than a topic whose facts date
        // things by month and day can give.
        boolean precise = asksPrecision(query) && !(DATE_PRECISION.matcher(query.normal()).find()
                && candidates.stream().anyMatch(u -> !u.gap() && slotsOf(u.text()).stream()
                        .anyMatch(v -> v.kind().equals("month"))));
        List<Scored> ranked = new ArrayList<>();
        FollowUpCue cue = FollowUpCue.of(query.normal());
        boolean oneFactsWord = namesOneFact(query, topic, candidates);
        for (AnswerUnit u : candidates) {
            ranked.add(score(query, u, lexical.getOrDefault(u.key(), 0.0), factWords, factsServe, precise, cue,
                    oneFactsWord));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.unit().key()));
        return new Ranking(ranked, hits.isEmpty() ? null : hits.get(0));
    }

    // "what's the headline?": the one word asked is a thing only one fact of the topic states, so
    // that fact answers it, not the overview, however short the question.
    private boolean namesOneFact(Query query, String topic, List<AnswerUnit> candidates) {
        if (!query.shape().broad() || query.words().size() != 1) {
            return false;
        }
        String word = query.words().get(0);
        // ("what's he after?" wants; a preposition names no thing, nor does a person: "what happened
        // with trump" asks about him.)
        if (PREPOSITIONS.contains(word) || query.withoutNames().words().isEmpty()) {
            return false;
        }
        // ("tell me more about the food one" asks about the topic the word names: "Food aid".)
        if (topics.get().stream().anyMatch(t -> t.intent().equals(topic) && holds(t.label(), word))) {
            return false;
        }
        return candidates.stream().filter(u -> !u.gap() && !u.summary() && holds(u.text(), word)).count() == 1;
    }

    // The words of every unit, gaps too, and their examples, rebuilt when the units change.
    private Set<String> allUnitWords() {
        return unitWords.stems();
    }

    // The words of every fact and its examples, rebuilt when the units change.
    private Set<String> allFactWords() {
        return factWords.stems();
    }

    // The stems of the units that pass a filter, with their examples, for the units' revision.
    private final class WordsMemo {
        private final Predicate<AnswerUnit> which;
        private volatile Words current;

        WordsMemo(Predicate<AnswerUnit> which) {
            this.which = which;
        }

        Set<String> stems() {
            Words known = current;
            long revision = units.revision();
            if (known == null || known.revision() != revision) {
                Set<String> all = new HashSet<>();
                units.all().stream().filter(which).forEach(u -> all.addAll(stemsOf(u)));
                known = new Words(Set.copyOf(all), revision);
                current = known;
            }
            return known.stems();
        }
    }

    private record Words(Set<String> stems, long revision) {
    }

    /** One unit scored for the question, outside any topic's ranking. */
    Scored scoreOne(Query query, AnswerUnit unit, double lexical) {
        return score(query, unit, lexical, allFactWords(), true, asksPrecision(query),
                FollowUpCue.of(query.normal()), false);
    }

    // Learned examples are questions that stand on their own (see ExampleHarvest): a follow-up,
    // whose words lean on the conversation, is compared with the text and written examples only.
    private double meaning(Query query, AnswerUnit unit) {
        return nearest(query, sentencesOf(unit, !query.followUp()));
    }

    /**
     * How close in meaning a question is to what a unit claims: its text and the example questions
     * that ask for it rather than whether it holds. A yes/no example may be a false premise ("is the
     * south on board?" is an example of the South's allegiance to Washington), and a negated one
     * turns the claim around ("why won't seoul go along with kim?"), so being close to either says
     * nothing of whether the claim confirms the question.
     */
    double meaningOfClaim(Query query, AnswerUnit unit) {
        return nearest(query, sentencesOf(unit, !query.followUp()).stream()
                .filter(e -> e.equals(unit.text()) || !yesNoExample(e)).toList());
    }

    /**
     * How close in meaning a question comes to the nearest question readers asked of the unit as a
     * yes/no question that it confirms (its learned confirmations); 0 when it has none.
     */
    double meaningOfConfirmation(Query query, AnswerUnit unit) {
        return semantic.similarity(query.text(), unit.confirmations(), 1).orElse(0);
    }

    // A follow-up's similarity is to the nearest sentence; a standalone question's the mean of the
    // nearest two, learned examples included.
    private double nearest(Query query, List<String> sentences) {
        return semantic.similarity(query.text(), sentences, query.followUp() ? 1 : NEAREST_SENTENCES).orElse(0);
    }

    // An example asking whether, or asking with a negation ("why won't seoul go along?"): its
    // wording says nothing of what the claim confirms.
    private boolean yesNoExample(String example) {
        return yesNoExamples.computeIfAbsent(example, e -> {
            String normal = AliasText.normalise(e);
            return QuestionShape.of(normal, e).yesNo() || NEGATED.matcher(normal).find();
        });
    }

    /** The country or place one word names ("russians": Russia). */
    Optional<String> countryOf(String word) {
        return slots.countryOf(word);
    }

    /** Whether a place's canonical name is a country's. */
    boolean isCountry(String place) {
        return slots.isCountry(place);
    }

    /** The values (places, years, people, numbers...) a unit's current text names. */
    List<Slot> slotsOf(String text) {
        List<Slot> found = slotMemo.get(text);
        if (found == null) {
            found = slots.find(text, false, people.find(text));
            if (slotMemo.size() < STEM_MEMO_LIMIT) {
                slotMemo.put(text, found);
            }
        }
        return found;
    }

    /** Whether the text names everyone the question names (by name or as someone's relative). */
    boolean namesEveryone(Query query, String text) {
        List<Slot> named = slotsOf(text);
        return query.mentions().stream()
                .allMatch(m -> YesNoCheck.states(named, Slot.of(SlotFinder.PERSON, m.person().id())));
    }

    /** The share of the question's content words found in the unit's text or example questions. */
    double coverage(Query query, AnswerUnit unit) {
        return coverage(query, stemsOf(unit));
    }

    /** The share of the question's content words found in the unit's own text. */
    double textCoverage(Query query, String text) {
        return coverage(query, textStems(text));
    }

    /** Whether the text holds the word (as itself, a synonym or with a typo). */
    boolean holds(String text, String word) {
        return knownAsAny(word, textStems(text));
    }

    /** The stems of a text's content words (memoised, as answers' texts repeat). */
    Set<String> stemsOfText(String text) {
        return textStems(text);
    }

    /** Whether any fact or gap of the article, or its example questions, knows the word. */
    boolean knownAnywhere(String word) {
        return knownAsAny(word, allUnitWords());
    }

    /** Whether the stems hold the word (as itself, a synonym or with a typo). */
    boolean holdsAny(Set<String> stems, String word) {
        return knownAsAny(word, stems);
    }

    /** The words with the article's words they stand for. */
    List<String> withSynonyms(List<String> words) {
        return synonyms.expand(words);
    }

    /** The question's content words the text does not hold (as itself, a synonym or with a typo). */
    List<String> uncovered(Query query, String text) {
        Set<String> known = textStems(text);
        return query.words().stream().filter(w -> !knownAsAny(w, known)).toList();
    }

    /**
     * The question's place words the text does not hold as themselves (a typo forgiven) or as the
     * exact words they stand for: "south" (South Korea) is not found in "Korean War".
     */
    List<String> placeWordsMissing(Query query, String text, Predicate<String> placeWord) {
        Set<String> known = textStems(text);
        return query.words().stream().filter(placeWord).filter(w -> !known(w, known)
                && synonyms.of(w).stream().noneMatch(x -> known.contains(ContentWords.stem(x)))).toList();
    }

    // The stems of a text alone (an answer as sent), memoised apart from units' text and examples.
    private Set<String> textStems(String text) {
        return stems("\u0001" + text, () -> ContentWords.stems(text));
    }

    private double coverage(Query query, Set<String> known) {
        if (query.words().isEmpty()) {
            return 1.0;
        }
        long covered = query.words().stream().filter(w -> knownAsAny(w, known)).count();
        return (double) covered / query.words().size();
    }

    // A word is known as itself or as one of the article's words it stands for.
    private boolean knownAsAny(String word, Set<String> stems) {
        for (String w : synonyms.of(word)) {
            if (known(w, stems)) {
                return true;
            }
        }
        return false;
    }

    // A word is known by its stem, or with one typo in a longer word ("vladivostock", "sumit").
    private static boolean known(String word, Set<String> stems) {
        String stem = ContentWords.stem(word);
        if (stems.contains(stem)) {
            return true;
        }
        if (word.length() < TYPO_LENGTH) {
            return false;
        }
        for (String s : stems) {
            if (s.length() >= TYPO_LENGTH - 1 && s.charAt(0) == stem.charAt(0)
                    && Math.abs(s.length() - stem.length()) <= 1 && EditDistance.between(s, stem) <= 1) {
                return true;
            }
        }
        return false;
    }

    // The unit's written examples, its learned ones when asked, and its text: one list, built once.
    private static List<String> sentencesOf(AnswerUnit unit, boolean learned) {
        List<String> all = new ArrayList<>(unit.examples().size() + (learned ? unit.learned().size() : 0) + 1);
        all.addAll(unit.examples());
        if (learned) {
            all.addAll(unit.learned());
        }
        all.add(unit.text());
        return all;
    }

    // The stems of a unit's text and written example questions. Learned examples stay out: written
    // by many hands, their words would make every word seem known (so nothing is declined), leave a
    // gap no words of its own and tip the rules that weigh one topic's words against another's.
    private Set<String> stemsOf(AnswerUnit unit) {
        return stems("\u0000" + unit.key() + "\u0000" + unit.text(), () -> {
            Set<String> s = new HashSet<>(ContentWords.stems(unit.text()));
            unit.examples().forEach(e -> s.addAll(ContentWords.stems(e)));
            return s;
        });
    }

    // A unit's text in alias normal form, memoised like its stems.
    /** A text in alias normal form, remembered by text. */
    String normalOf(String text) {
        if (normalMemo.size() > STEM_MEMO_LIMIT) {
            normalMemo.clear();
        }
        return normalMemo.computeIfAbsent(text, AliasText::normalise);
    }

    private Set<String> stems(String memoKey, Supplier<Set<String>> compute) {
        if (stemMemo.size() > STEM_MEMO_LIMIT) {
            stemMemo.clear();
        }
        return stemMemo.computeIfAbsent(memoKey, k -> compute.get());
    }

    /** The reason the article gives right after unit {@code key}, in its paragraph, in any topic. */
    Optional<String> reasonAfter(String key) {
        return order.nextInParagraph(key, AnswerType.REASON);
    }

    /** Whether the article states units {@code a} and {@code b} in the same paragraph. */
    boolean sameParagraph(String a, String b) {
        var one = order.place(a);
        var other = order.place(b);
        return one.isPresent() && other.isPresent() && one.get().paragraph() == other.get().paragraph();
    }

    /** The claim of {@code topic} the article states right before unit {@code key}. */
    Optional<String> claimBefore(String topic, String key) {
        return order.neighbour(topic, key, false);
    }

    /** The claim the article states right after unit {@code key}, in any topic. */
    Optional<String> claimAfter(String key) {
        return order.nextInArticle(key);
    }

    /** The unit of {@code key}, if it is still in the store. */
    Optional<AnswerUnit> unitOf(String key) {
        return units.unit(key);
    }

    /** Whether the question asks for more than a fact may give: "where exactly", "what time", "who else". */
    static boolean asksPrecision(Query query) {
        return PRECISION.matcher(query.normal()).find();
    }

    private boolean whichOnesAsked(Query query, AnswerUnit gap) {
        java.util.regex.Matcher which = WHICH_ONES.matcher(query.normal());
        return which.find() && DECLINES_NAMING.matcher(AliasText.normalise(gap.text())).find()
                && known(which.group(1), stemsOfText(gap.text()));
    }

    // A deadline asked for and given, or a year asked for and stated as a year.
    private static double timeAsked(Query query, AnswerUnit u, List<Slot> unitSlots) {
        if (DEADLINE_ASKED.matcher(query.normal()).find()) {
            return DEADLINE_GIVEN.matcher(AliasText.normalise(u.text())).find() ? TIME_ASKED : 0;
        }
        if (YEAR_ASKED.matcher(query.normal()).find()) {
            return unitSlots.stream().anyMatch(x -> x.kind().equals("year")) ? TIME_ASKED : 0;
        }
        return 0;
    }

    private Scored score(Query query, AnswerUnit u, double lexical, Set<String> factWords, boolean factsServe,
                         boolean precise, FollowUpCue cue, boolean oneFactsWord) {
        double s = WORDS * lexical;
        AnswerType asked = query.shape().type();
        if (asked.specific()) {
            s += u.serves(asked) ? TYPE_SERVED : TYPE_MISSED;
        } else if (u.serves(asked)) {
            s += LOOSE_TYPE_SERVED;
        }
        // A gap ("the article doesn't say who the researcher is") must be asked for in its own words.
        if (u.gap()) {
            Set<String> own = stemsOf(u);
            boolean askedFor = (!factsServe && u.serves(asked)) || precise
                    || query.words().stream().anyMatch(w -> knownAsAny(w, own) && !knownAsAny(w, factWords))
                    || whichOnesAsked(query, u);
            s += askedFor ? GAP_ASKED : GAP_WITHOUT_WORDS;
            // "where was it written?" against "doesn't say when it was written": a gap says which
            // kind of thing is missing; another kind asked is not what it declines.
            if (asked.specific() && !u.serves(asked)) {
                s += GAP_OTHER_KIND;
            }
            // "exactly how many millions?": more than the estimate the fact gives.
            if (precise) {
                s += PRECISION_ASKED;
            }
        }
        // "then what happened?" is short but asks one claim of the last answer, not an overview.
        if (u.summary()) {
            s += query.shape().broad() && !bareValue(query) && cue != FollowUpCue.NEXT && cue != FollowUpCue.PREVIOUS
                    && cue != FollowUpCue.REASON && !oneFactsWord ? BROAD_SUMMARY : SPECIFIC_SUMMARY;
            // "is this an AP report?": a summary can say neither yes nor no; the fact it holds can.
            if (query.shape().yesNo() && !query.shape().broad() && QuestionShape.opensWithAuxiliary(query.normal())) {
                s += SPECIFIC_SUMMARY;
            }
        }
        List<Slot> unitSlots = slotsOf(u.text());
        for (Slot q : query.slots()) {
            // "what did kim announce a year and a half ago?": a length of time sets when, unless checked.
            if (q.kind().equals(SlotFinder.DURATION) && !query.shape().yesNo()) {
                continue;
            }
            if (unitSlots.stream().anyMatch(x -> x.kind().equals(q.kind()))) {
                s += SAME_KIND_OF_VALUE;
            }
            if (unitSlots.stream().anyMatch(x -> x.kind().equals(q.kind()) && x.value().equals(q.value()))) {
                s += SAME_VALUE;
            }
        }
        // "what's needed to pull that off?": the first requirement, not the one the article adds to it
        // ("It would also require ..."), unless more is asked for. (Not a person added to others,
        // "Medvedev also met Kim Jong Il", whom "he" and "where did he meet him?" ask about.)
        if (ADDITION.matcher(u.text()).find() && !MORE_ASKED.matcher(query.normal()).find()
                && slotsOf(u.text()).stream().noneMatch(v -> v.kind().equals(SlotFinder.PERSON))) {
            s += ADDITION_UNASKED;
        }
        // "how many?" asks about now: a figure the article gives for the past answers only when
        // the question names a time ("at the peak", "before").
        if (query.slots().stream().noneMatch(q -> q.kind().equals(SlotFinder.PERIOD))
                && unitSlots.stream().anyMatch(x -> x.kind().equals(SlotFinder.PERIOD) && x.value().equals(PAST))) {
            s += PAST_UNASKED;
        }
        // "and how many now?" against the peak: another time rules the unit out, for a yes/no
        // question too ("were there more before?" is settled by the figure of before, not by now's).
        boolean otherTime = query.slots().stream().anyMatch(q -> q.kind().equals(SlotFinder.PERIOD)
                && unitSlots.stream().anyMatch(x -> x.kind().equals(SlotFinder.PERIOD)
                        && !x.value().equals(q.value())));
        if (otherTime) {
            s += OTHER_TIME;
        }
        // "was that their first summit?" against "Kim's second summit": the word opposite to the
        // question's is what a yes/no checks, like a value.
        // (Not "did it work?" against "have stalled": one word alone is no claim about this fact.)
        if (query.shape().yesNo() && !u.summary() && Contraries.contradictedNormal(query.normal(), normalOf(u.text()))
                && query.words().stream().anyMatch(w -> holds(u.text(), w))) {
            s += CONTRARY_STATED;
        }
        s += timeAsked(query, u, unitSlots);
        double coverage = coverage(query, u);
        s += COVERAGE * coverage;
        double meaning = meaning(query, u);
        s += MEANING * meaning;
        // "where?" after an answer that says where: that answer's unit, not a neighbour's; not when
        // the question names another value of a kind the unit states. ("how come?" after a reason
        // asks for the reason behind it.)
        boolean lastAnswer = query.context().map(c -> u.key().equals(c.unit()) || restatedBy(c.unit(), u))
                .orElse(false);
        // ("what did they send then?" after "No. ... wheat": what the premise got wrong is the fact
        // that corrected it, whatever kind of answer the wh-word usually wants.)
        // (The last answer first: every unit of the topic is scored here, these checks are for one.)
        boolean askedAgainOfIt = lastAnswer && askedOfThisClaim(query, u) && asked.specific()
                && asked != AnswerType.REASON && u.serves(asked);
        boolean corrected = lastAnswer && correctionAsked(query) && (u.serves(asked) || !asked.specific());
        if ((askedAgainOfIt || corrected) && !namesOtherValue(query, unitSlots)) {
            s += LAST_UNIT;
        }
        // "so it's from Seoul?" after the dateline: the last answer checks the value it states the kind of
        // ("were there more before?" asks another time, not whether the last one holds).
        // ("so over 10k are still there?" after the revenue: the count states the figure word for word.)
        if (lastAnswer && query.shape().yesNo() && query.followUp()
                && query.values().stream().anyMatch(q -> !q.kind().equals(SlotFinder.PERIOD)
                        && unitSlots.stream().anyMatch(x -> x.kind().equals(q.kind())))
                && !valueStatedByAnother(query, u, unitSlots)
                // ("was it rice?" after when the wheat was announced: the thing shipped is the
                // shipment's to check, not a date's.)
                && query.values().stream().allMatch(v -> YesNoCheck.servedBy(v, u.types()))) {
            s += LAST_UNIT;
            // ("was it 2001?" after Putin's visit of 2000: nothing but the value, which another
            // fact's words match, and that fact is not what "it" was; the last answer scores as if
            // it had stated the value asked.)
            if (onlyValues(query)) {
                s += WORDS + COVERAGE + SAME_VALUE;
            }
        }
        // "is that a lot?" asks about the last answer.
        if (lastAnswer && query.followUp() && QuestionShape.judgesSize(query.normal())) {
            s += LAST_UNIT;
        }
        s += leaningOnLastAnswer(query, u, cue);
        s += besideLastAnswer(query, u);
        if (!u.gap() && !u.summary() && OTHER_PERSON_ASKED.matcher(query.normal()).find()
                && namesSomeoneElse(query, u)) {
            s += SOMEONE_ELSE;
        }
        return new Scored(u, s, lexical, coverage, meaning);
    }

    // "who said that?" after "The article gives no exact figure; U.S. officials estimated the revenue
    // stream in the hundreds of millions": a gap restates the fact it stands beside, which a
    // follow-up asks of as if it had been the answer.
    private boolean restatedBy(String lastKey, AnswerUnit u) {
        if (lastKey == null || u.gap() || u.summary()) {
            return false;
        }
        return units.unit(lastKey).filter(g -> g.gap() && g.intent().equals(u.intent())).map(g -> {
            Set<String> fact = textStems(u.text());
            Set<String> gap = textStems(g.text());
            return !fact.isEmpty() && fact.stream().filter(gap::contains).count() >= RESTATED * fact.size();
        }).orElse(false);
    }

    // A figure the question offers that the unit does not state and another fact of its topic does.
    // (Only a figure: "in moscow?" after Medvedev's meeting still asks where that one was.)
    private boolean valueStatedByAnother(Query query, AnswerUnit u, List<Slot> unitSlots) {
        return query.values().stream().anyMatch(q -> q.kind().equals(NUMBER) && !YesNoCheck.states(unitSlots, q)
                && units.units(u.intent()).stream().anyMatch(o -> !o.key().equals(u.key()) && !o.gap()
                        && YesNoCheck.states(slotsOf(o.text()), q)));
    }

    // A wh-question ending in "then" or "instead" right after a yes/no question that offered a value
    // to check ("did russia send rice?"; not "will putin give kim what he wants?").
    private boolean correctionAsked(Query query) {
        return query.followUp() && !query.shape().yesNo() && CORRECTION_ASKED.matcher(query.normal()).find()
                && query.context().map(ConversationMemory.Context::asked)
                        .filter(a -> QuestionShape.of(AliasText.normalise(a), a).yesNo())
                        .map(a -> slotsOf(a).stream().anyMatch(v -> !v.kind().equals(SlotFinder.PERSON)))
                        .orElse(false);
    }

    // "where?", or "where did they meet?" after Medvedev's meeting, "what date is it from?" after a
    // photo: no words but the claim's own, as written, and the name of the kind of value asked.
    private boolean askedOfThisClaim(Query query, AnswerUnit u) {
        if (query.words().isEmpty()) {
            return true;
        }
        if (!query.followUp()) {
            return false;
        }
        Set<String> own = textStems(u.text());
        return query.words().stream().allMatch(w -> KIND_OF_VALUE.contains(w) || known(w, own)
                || known(IRREGULAR.getOrDefault(w, w), own));
    }

    // Nothing but a value asked of what was just said: "was it 2001?", "so in moscow then?".
    private static boolean onlyValues(Query query) {
        List<String> said = query.values().stream().map(v -> " " + AliasText.normalise(v.value()) + " ").toList();
        return !query.words().isEmpty() && java.util.Arrays.stream(query.normal().split(" "))
                .allMatch(w -> VALUE_CHECK_FILLER.contains(w) || said.stream().anyMatch(v -> v.contains(" " + w + " ")));
    }

    // "wheat?", "50k", "and moscow?": a bare value asks for the fact that states it, not an overview.
    // (A city named alone counts too, though in a question a place is a value only after "in" or
    // "to"; a country alone, "and china?", still asks about the country as a whole.)
    private boolean bareValue(Query query) {
        return query.normal().split(" ").length <= BARE_VALUE_WORDS
                && (query.values().stream().anyMatch(v -> !v.kind().equals(SlotFinder.PERIOD))
                        || !citiesNamed(query).isEmpty());
    }

    /**
     * The cities (places inside another: a city, a region, not a country) a question names, with or
     * without a word that puts something there ("and moscow?", "chongjin?").
     */
    List<Slot> citiesNamed(Query query) {
        return slots.find(query.normal(), false, List.of()).stream()
                .filter(v -> v.kind().equals(PLACE) && !v.within().isEmpty()).toList();
    }

    // A value of the question of a kind the unit states, but not one the unit states.
    private static boolean namesOtherValue(Query query, List<Slot> unitSlots) {
        return query.slots().stream().anyMatch(q -> unitSlots.stream().anyMatch(x -> x.kind().equals(q.kind()))
                && unitSlots.stream().noneMatch(x -> x.kind().equals(q.kind()) && x.value().equals(q.value())));
    }

    // "and China?" right after "Unlike China, Russia has a very small footprint": the claim about
    // China the article makes in the same paragraph, not China's overview.
    private double besideLastAnswer(Query query, AnswerUnit u) {
        String last = query.lastUnitKey().orElse(null);
        // ("where exactly in vladivostok?" asks more than a neighbouring claim gives.)
        if (last == null || u.summary() || u.gap() || query.words().size() > 1 || asksPrecision(query)
                || query.context().map(c -> u.intent().equals(c.intent())).orElse(true)) {
            return 0;
        }
        var here = order.place(last);
        var there = order.place(u.key());
        return here.isPresent() && there.isPresent() && here.get().paragraph() == there.get().paragraph()
                ? SAME_PARAGRAPH_OTHER_TOPIC : 0;
    }

    // "anyone else from russia meet kim's father?", "who else met him there, besides putin?": a fact
    // naming someone who is neither asked about, nor in the last answer, nor one of the two leaders
    // the story is about.
    private boolean namesSomeoneElse(Query query, AnswerUnit u) {
        Set<String> known = new HashSet<>(ConversationRules.SUMMIT_PARTIES);
        query.mentions().forEach(m -> known.add(m.person().id()));
        query.lastUnit(units).ifPresent(l -> slotsOf(l.text()).stream()
                .filter(v -> v.kind().equals(SlotFinder.PERSON)).forEach(v -> known.add(v.value())));
        return slotsOf(u.text()).stream()
                .anyMatch(v -> v.kind().equals(SlotFinder.PERSON) && !known.contains(v.value()));
    }

    /** The ids of the people a text names, in the order it names them. */
    List<String> peopleNamedIn(String text) {
        return slotsOf(text).stream().filter(v -> v.kind().equals(SlotFinder.PERSON)).map(Slot::value).toList();
    }

    // Whether a unit names a person the unit {@code lastKey} does not.
    private boolean namesSomeoneNew(AnswerUnit u, String lastKey) {
        Set<String> before = units.unit(lastKey).map(l -> Set.copyOf(peopleNamedIn(l.text()))).orElse(Set.of());
        return slotsOf(u.text()).stream()
                .anyMatch(v -> v.kind().equals(SlotFinder.PERSON) && !before.contains(v.value()));
    }

    // "which yr", "what date was it taken?" after a claim that gives one: a few words asking the
    // time or place of what was just said, naming none of their own.
    private boolean asksItsTimeOrPlace(Query query, AnswerUnit u) {
        AnswerType asked = query.shape().type();
        if ((asked != AnswerType.DATE && asked != AnswerType.PLACE) || !query.values().isEmpty()
                || !query.mentions().isEmpty() || query.words().size() > FEW_WORDS || query.shape().yesNo()) {
            return false;
        }
        // ("when do they have to leave?" asks of the people, not of the claim just made.)
        if (!BACK_TO_IT.matcher(query.normal()).find()
                && !query.words().stream().allMatch(TIME_OR_PLACE_WORDS::contains)) {
            return false;
        }
        // ("what date is that?" after "on Thursday": a calendar date, which a weekday is not.)
        Set<String> kinds = asked == AnswerType.PLACE ? Set.of(PLACE)
                : DATE_PRECISION.matcher(query.normal()).find() ? Set.of("month") : UnitAnswerer.DATE_KINDS;
        return slotsOf(u.text()).stream().anyMatch(v -> kinds.contains(v.kind()));
    }

    // What a follow-up asks of the last answer's unit, by where the article states each claim.
    private double leaningOnLastAnswer(Query query, AnswerUnit u, FollowUpCue cue) {
        String last = query.lastUnitKey().orElse(null);
        if (last == null || !query.followUp() || !u.intent().equals(query.intent())) {
            return 0;
        }
        if (cue == FollowUpCue.NEXT || cue == FollowUpCue.PREVIOUS) {
            return order.neighbour(u.intent(), last, cue == FollowUpCue.NEXT).map(u.key()::equals).orElse(false)
                    ? NEXT_CLAIM : 0;
        }
        // "why?" and "anything else?" ask for something the last answer did not say.
        if (u.key().equals(last)) {
            return cue == FollowUpCue.MORE || cue == FollowUpCue.REASON ? SAID_ALREADY
                    : asksItsTimeOrPlace(query, u) ? ITS_TIME_OR_PLACE : 0;
        }
        var here = order.place(last);
        var there = order.place(u.key());
        if (here.isEmpty() || there.isEmpty() || u.summary()) {
            return 0;
        }
        double near = here.get().nearness(there.get());
        // "why?", or "why would that be hard?" in a word or two of its own: the reason nearest the last claim.
        boolean asksReason = cue == FollowUpCue.REASON || (query.shape().type() == AnswerType.REASON
                && query.words().size() <= FEW_WORDS);
        if (asksReason && u.serves(AnswerType.REASON)) {
            return NEAR_LAST_REASON * near;
        }
        if (cue == FollowUpCue.EXAMPLE && u.serves(AnswerType.LIST)) {
            return NEAR_LAST_REASON * near;
        }
        // "anyone else?" after Putin's meetings with Kim Jong Il: a claim near it naming someone it does not.
        if (cue == FollowUpCue.MORE && SOMEONE_ELSE_ASKED.matcher(query.normal()).find()
                && namesSomeoneNew(u, last)) {
            return NEAR_LAST_REASON * near;
        }
        return NEAR_LAST * near;
    }
}
