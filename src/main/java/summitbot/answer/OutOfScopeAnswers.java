package summitbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Intents;
import summitbot.nlp.PersonMention;
import summitbot.nlp.Prediction;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * What a question the scope gate put out of scope gets instead of the plain apology, where the
 * article comes close: a topic the classifier's guesses rescue by its words, the topic's own "doesn't
 * say", a fact that settles a yes/no question or holds every word, a prediction's gap, or the
 * closest fact the article does give.
 */
final class OutOfScopeAnswers {
    // Out of scope to both opinions, yet this close to a fact's example question: asked for that fact.
    // (0.8 and 0.85 answered "where was the first trump kim summit held?" with this summit's place.)
    private static final double ALMOST_AN_EXAMPLE = 0.9;
    // How close in meaning a topic's "doesn't say" unit must be to stand in for the apology.
    private static final double GAP_MEANING = 0.75;
    private static final int MIN_RESCUE_WORDS = 2;
    private static final double NEAR_TOPIC = 0.15;
    private static final double NEAR_COVERAGE = 0.5;
    // "trump is president of which country?": words that ask what someone is, and the words a title is made of.
    // ("moon is japan's pm?": a title he does not hold is still what he is asked to be.)
    private static final Set<String> TITLE_ASKED = Set.of("president", "leader", "title", "job", "role", "position",
            "pm", "premier", "minister", "chancellor", "ruler", "dictator");
    // (Nationalities, "russian" or "chinese", are countries' words: ranker.countryOf knows them.)
    private static final Set<String> TITLE_WORDS = Set.of("country", "nation", "state", "head", "current", "us",
            "u", "south", "north", "former", "prime");
    // Scores this close are the same match: the one of them that can check the question answers it.
    private static final double ABOUT_AS_CLOSE = 0.5;
    private static final double MIN_RESCUE_CONFIDENCE = 0.15;
    private static final double RESCUE_COVERAGE = 0.75;
    private static final double SAME_MEANING = 0.8;
    // A fact whose words match nearly all the question's, at a score few facts reach.
    private static final double ALL_ITS_WORDS = 0.95;
    private static final double STRONG_SCORE = 12;
    private static final double SAME_MEANING_OF_ASKED_KIND = 0.7;
    private static final double FUTURE_GAP_MEANING = 0.7;
    // "what's X got to do with this?", "X's connection to all this", "why is X mentioned?".
    private static final Pattern PART_ASKED = Pattern.compile(
            "\\b(to do with|connection to|connection with|connected to|role in|part in|fit in|fits in"
                    + "|involved|mentioned|relevant|relevance|(?:met|meet) (?:some|any)(?:one|body))\\b"
                    + "|^what did (\\w+ ){1,2}do$");

    private final UnitRanker ranker;
    private final UnitStore unitStore;
    private final UnitAnswerer units;
    private final TemplateRenderer renderer;

    OutOfScopeAnswers(UnitRanker ranker, UnitStore unitStore, UnitAnswerer units, TemplateRenderer renderer) {
        this.ranker = ranker;
        this.unitStore = unitStore;
        this.units = units;
        this.renderer = renderer;
    }

    // Declined, but close to a topic ("what's the weather in Vladivostok?"): say so, with the
    // closest fact the article does give; otherwise the plain out-of-scope reply.
    Reply declined(Query query, List<Prediction> opinions, Map<String, String> door) {
        Optional<Reply> part = partInTheStory(query);
        if (part.isPresent()) {
            return part.get();
        }
        List<UnitRanker.Ranking> rankings = new ArrayList<>();
        List<UnitStore.Hit> hits = query.words().isEmpty() ? List.of() : ranker.search(query);
        for (Prediction prediction : opinions) {
            String guess = Intents.ARTICLE_TOPICS.contains(prediction.intent()) ? prediction.intent()
                    : prediction.runnerUp();
            double p = guess.equals(prediction.intent()) ? prediction.confidence() : prediction.runnerUpConfidence();
            String near = ConversationRules.whatRussiaWants(query, guess);
            if (Intents.ARTICLE_TOPICS.contains(near) && p >= NEAR_TOPIC && !query.words().isEmpty()
                    && !ConversationRules.aboutAnotherMeeting(near, query.mentions())) {
                UnitRanker.Ranking ranking = ranker.rank(query.withIntent(near), near, hits);
                if (ranking.best() != null) {
                    rankings.add(ranking);
                }
            }
        }
        List<UnitRanker.Scored> nearest = rankings.stream().map(UnitRanker.Ranking::best).toList();
        // Each opinion's nearest topic is tried for a gap or a settling fact before any is used for
        // the closest fact: the second opinion's topic may be the one that answers.
        for (UnitRanker.Ranking ranking : rankings) {
            UnitRanker.Scored best = ranking.best();
            // "what is Putin hoping to get out of this?": the topic's own "the article doesn't
            // say what Putin wants" beats the general apology.
            if (best.unit().gap() && (best.meaning() >= GAP_MEANING
                    || (UnitRanker.asksPrecision(query) && best.coverage() >= 1.0))) {
                return Reply.ofUnit(best.unit(), Reply.Kind.DECLINE, "out of scope, the topic's gap "
                        + best.describe());
            }
            // "is the summit on Friday?", "did Putin ever meet him?" (Kim Jong Il): a yes/no question
            // the closest fact denies, or whose every value (two at least) it states, is answered
            // with it, not declined.
            // ("wheat went to pyongyang right": of two facts about as close, the port's can check the place.)
            Optional<UnitRanker.Scored> settling = !query.shape().yesNo() ? Optional.empty()
                    : ranking.ranked().stream().takeWhile(u -> u.score() >= best.score() - ABOUT_AS_CLOSE)
                            .filter(u -> !u.unit().gap() && u.coverage() >= NEAR_COVERAGE && settles(query, u.unit()))
                            .findFirst();
            if (settling.isPresent()) {
                Reply r = units.reply(query.withIntent(settling.get().unit().intent()),
                        new UnitRanker.Ranking(List.of(settling.get()), null));
                return r.withDetail("out of scope, but its values settle it: " + r.detail());
            }
        }
        // "whats medvedev got to do with this": a fact holding every word of the question, and its
        // meaning, answers it though the classifier heard small talk or nothing it knew; so does one
        // holding half its words whose example is nearly the question ("the documents, who got hold
        // of them?").
        // ("how much wheat did they get?": every word, and the kind of answer asked, a little less
        // of the meaning; "how many workers is north korea about to lose in russia": a fact the words
        // and the meaning both pick out, by far, though some words are not its own.)
        AnswerType asked = query.shape().type();
        for (UnitRanker.Scored best : nearest) {
            boolean servesAsked = asked.specific() && best.unit().serves(asked);
            if (!best.unit().gap() && ((best.coverage() >= 1.0
                    && best.meaning() >= (servesAsked ? SAME_MEANING_OF_ASKED_KIND : SAME_MEANING))
                    || (best.coverage() >= NEAR_COVERAGE && best.meaning() >= ALMOST_AN_EXAMPLE)
                    || (best.coverage() >= NEAR_COVERAGE && best.lexical() >= ALL_ITS_WORDS
                            && best.score() >= STRONG_SCORE && best.meaning() >= SAME_MEANING))) {
                Reply r = units.reply(query.withIntent(best.unit().intent()),
                        new UnitRanker.Ranking(List.of(best), null));
                return r.withDetail("out of scope, but a fact holds all of it: " + r.detail());
            }
        }
        Optional<UnitRanker.Scored> unforeseen = gapOfPrediction(query, null);
        if (unforeseen.isPresent()) {
            return Reply.ofUnit(unforeseen.get().unit(), Reply.Kind.DECLINE, "out of scope, a prediction; the gap "
                    + unforeseen.get().describe());
        }
        for (UnitRanker.Scored best : nearest) {
            if (!best.unit().gap() && best.coverage() >= NEAR_COVERAGE) {
                String closest = TemplateRenderer.sentence(best.unit().text());
                return new Reply(renderer.render("answer.doesnt_say", Map.of("answer.text", closest)),
                        Reply.Kind.DECLINE, List.of(best.unit().key()), best.unit().types(),
                        "out of scope, closest " + best.describe(), null, best.unit().intent());
            }
        }
        return Reply.decline(renderer.render(ScopeGate.OUT_OF_SCOPE, door));
    }

    // "whats medvedev got to do with all this?", "trump's connection to this?": the part someone
    // other than the two leaders plays in the story is the fact that names them closest in meaning.
    private Optional<Reply> partInTheStory(Query query) {
        return partInTheStory(query, Integer.MAX_VALUE, "out of scope, but the part ");
    }

    /**
     * "what did medvedev do?", "why is he even mentioned?" heard as about who he is: the part
     * played by someone the article names in one fact, not who they are; nothing for "who", or for
     * someone several facts name (what Trump did is more than one fact).
     */
    Optional<Reply> partOfSomeoneInOneFact(Query query) {
        return query.shape().type() == AnswerType.PERSON ? Optional.empty()
                : partInTheStory(query, 1, "asked about who, but the part ");
    }

    private Optional<Reply> partInTheStory(Query query, int mostFacts, String why) {
        List<String> named = query.mentions().stream().filter(m -> m.relativeOf() == null)
                .map(m -> m.person().id()).distinct().toList();
        if (named.size() != 1 || ConversationRules.SUMMIT_PARTIES.contains(named.get(0))
                || !PART_ASKED.matcher(query.normal()).find()) {
            return Optional.empty();
        }
        List<AnswerUnit> naming = unitStore.all().stream()
                .filter(u -> Intents.ARTICLE_TOPICS.contains(u.intent()) && !u.gap() && !u.summary()
                        && ranker.slotsOf(u.text()).stream().anyMatch(v -> v.kind().equals(SlotFinder.PERSON)
                                && v.value().equals(named.get(0))))
                .toList();
        if (naming.size() > mostFacts) {
            return Optional.empty();
        }
        return naming.stream().map(u -> ranker.scoreOne(query.withIntent(u.intent()), u, 0))
                .max(java.util.Comparator.comparingDouble(UnitRanker.Scored::meaning))
                .map(best -> units.replyWith(query.withIntent(best.unit().intent()), best,
                        why + named.get(0) + " plays"));
    }

    // "how will the summit end?", "will they sign a deal?": a prediction the article does not make,
    // which the gap closest in meaning says, whatever topic it is in, if it holds half the
    // question's words and names everyone it names ("will kim meet trump again?" is not what Putin wants).
    // (passedOver: a topic whose own gaps were already found not to say it, or null.)
    Optional<UnitRanker.Scored> gapOfPrediction(Query query, String passedOver) {
        if (!Tense.asksFuture(query.normal())) {
            return Optional.empty();
        }
        return unitStore.all().stream().filter(u -> u.gap() && !u.intent().equals(passedOver))
                .map(u -> ranker.scoreOne(query, u, 0))
                .max(java.util.Comparator.comparingDouble(UnitRanker.Scored::meaning))
                .filter(g -> g.meaning() >= FUTURE_GAP_MEANING && g.coverage() >= NEAR_COVERAGE
                        && ranker.namesEveryone(query, g.unit().text()));
    }

    private boolean settles(Query query, AnswerUnit unit) {
        List<Slot> stated = ranker.slotsOf(unit.text());
        YesNoCheck.Verdict verdict = YesNoCheck.check(query.slots(), stated, unit.types());
        boolean allStated = query.slots().size() >= 2
                && query.slots().stream().allMatch(q -> YesNoCheck.states(stated, q));
        return (verdict == YesNoCheck.Verdict.NO && !query.values().isEmpty())
                || (verdict == YesNoCheck.Verdict.YES && allStated);
    }

    // Below the gate, the classifier's first or second guess stands when a unit of that topic holds
    // nearly every word of the question ("what time does the meeting start?" -> date).
    Optional<String> rescued(Query query, Prediction prediction) {
        if (titleOfSomeoneAsked(query)) {
            return Optional.of(Intents.PERSON);
        }
        if (query.words().isEmpty() || prediction.confidence() < MIN_RESCUE_CONFIDENCE) {
            return Optional.empty();
        }
        List<UnitStore.Hit> hits = ranker.search(query);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        UnitStore.Hit top = hits.get(0);
        boolean guessed = top.intent().equals(prediction.intent()) || top.intent().equals(prediction.runnerUp());
        if (!guessed || !Intents.ARTICLE_TOPICS.contains(top.intent())) {
            return Optional.empty();
        }
        // One word ("what day?") must be the classifier's own first guess and wholly known.
        boolean oneWord = query.words().size() < MIN_RESCUE_WORDS;
        if (oneWord && !top.intent().equals(prediction.intent())) {
            return Optional.empty();
        }
        Optional<AnswerUnit> unit = unitStore.unit(top.key());
        // "is Kim going to attack South Korea?": a word the article never uses, in a question both
        // opinions put out of scope, is what the question is about.
        // (A place it never names is a false premise to correct: "when did they meet in Singapore?")
        boolean foreignWord = query.words().stream().anyMatch(w -> !ranker.knownAnywhere(w)
                && query.values().stream().noneMatch(v -> AliasText.normalise(v.value()).contains(w)));
        double needed = oneWord || foreignWord ? 1.0 : RESCUE_COVERAGE;
        return unit.isPresent() && !unit.get().gap() && ranker.coverage(query, unit.get()) >= needed
                ? Optional.of(top.intent()) : Optional.empty();
    }

    // "trump is president of which country?", "trump is the us president right?": what one named
    // person is, in no other words than a title and countries, is who that person is.
    private boolean titleOfSomeoneAsked(Query query) {
        List<PersonMention> named = query.mentions().stream().filter(m -> m.relativeOf() == null).toList();
        if (named.stream().map(m -> m.person().id()).distinct().count() != 1) {
            return false;
        }
        Set<String> name = named.stream().flatMap(m -> Arrays.stream(AliasText.normalise(m.matched()).split(" ")))
                .collect(Collectors.toSet());
        List<String> rest = query.words().stream().filter(w -> !name.contains(w)).toList();
        // ("the us president" may be one of the names: the title asked is in the name.)
        return query.words().stream().anyMatch(TITLE_ASKED::contains)
                && rest.stream().allMatch(w -> TITLE_ASKED.contains(w) || TITLE_WORDS.contains(w)
                        || ranker.countryOf(w).isPresent());
    }
}
