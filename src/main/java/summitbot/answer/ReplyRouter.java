package summitbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnansweredLog;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.AnswerType;
import summitbot.nlp.ContentWords;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.Intents;
import summitbot.nlp.Intents.Family;
import summitbot.nlp.IntentFusion;
import summitbot.nlp.Person;
import summitbot.nlp.PersonFinder;
import summitbot.nlp.PersonMention;
import summitbot.nlp.Prediction;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;
import summitbot.nlp.Synonyms;

/**
 * The answering core: checks the input, classifies the question, resolves follow-ups from the
 * conversation's memory, sends it to the handler of its intent family, lets word retrieval correct
 * a weak topic, and answers yes/no questions with a yes or a no where the article settles them.
 * Thread-safe; knows nothing of Telegram or terminals.
 */
public final class ReplyRouter {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReplyRouter.class);
    /** Longest question the bot reads; longer ones are asked to be shorter. */
    public static final int MAX_QUESTION_LENGTH = 1000;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;&?!]|\\band\\b|\\balso\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final double SECOND_QUESTION_CONFIDENCE = 0.5;
    private static final int MAX_UNITS = 2;
    // "which country?": the kind of answer asked for, not a word the answer must hold
    // ("Moscow helped rebuild the country" is no answer to "which country does, then?").
    private static final Pattern KIND_ASKED = Pattern.compile("\\b(which|what) country\\b");
    private static final int MAX_RELATED = 3;
    private static final int CHATTY = 100;
    private static final Pattern HIM = Pattern.compile("\\b(he|him|his)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HE_OR_HIM = Pattern.compile("\\b(he|him)\\b", Pattern.CASE_INSENSITIVE);
    // Values a short follow-up can name on its own ("to Pyongyang?", "was it rice?"), unlike a
    // number or a time, which a picked list item ("the second one") may carry.
    private static final Set<String> NAMED_VALUES = Set.of("place", "day", "month", "year", "commodity");
    // Words of a casual title that name no one on their own: "the russian guy", "kim's old man".
    private static final Set<String> CASUAL_TITLE = Set.of("guy", "dude", "man", "old", "boss");
    private static final Pattern REFERS_BACK = Pattern.compile("\\bthere\\b|\\b(did|does|will|was|is) (that|it)"
            + " (end|go|turn out|work out|happen|fail|finish)\\b|\\bwhen was (that|it)\\b|\\bwhat happened (then|at it)\\b");
    private static final Pattern EXISTENTIAL_THERE = Pattern.compile("\\b(is|are|was|were|be) there\\b"
            + "|\\bthere (is|are|was|were|will|have|has)\\b");
    private static final int SHORT_REFERENCE = 10;
    private static final Pattern THERE = Pattern.compile("\\bthere\\b", Pattern.CASE_INSENSITIVE);
    private static final int SHORT_PERSON_REFERENCE = 9;
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(other|besides|else|another|any)\\b");
    // Unlike the rules' pointing-back words, no he/him/his (a pronoun for a person is resolved to a
    // mention, which a question pointing back must not have) and no "then" ("why now then?").
    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(that|it|this|they|them|em|their|theirs|there|those|these)\\b");
    private static final int HINT_WORDS = 4;
    // Words in a row two facts share to be about the same thing ("second summit with"), and how many
    // words either side of that run the question's words may stand ("the failure of his ...").
    private static final int BRIDGE_RUN = 3;
    private static final int BRIDGE_REACH = 3;
    // What a fact sets its subject against: "unlike China", "than Moscow".
    private static final Pattern CONTRASTED = Pattern.compile(
            "(?i)\\b(?:unlike|than|instead of|rather than|compared (?:to|with)) [\\w.-]+");
    private static final double HINT_COVERAGE = 0.5;
    private static final double HINT_MARGIN = 1.0;
    private static final double SURE_OF_PLACE = 0.5;
    private static final double SURE_OF_TYPED_TOPIC = 0.5;
    // The share of what a question asks of the people it names that one fact of a topic must hold.
    private static final double ASKED_OF_THEM = 0.6;
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern ANY_LETTER = Pattern.compile("\\p{L}");

    private final Supplier<IntentClassifier> classifier;
    private final SemanticSignal semantic;
    private final IntentFusion fusion;
    private final UnansweredLog unanswered;
    private final ScopeGate gate;
    private final PersonFinder personFinder;
    private final PeopleDirectory people;
    private final SlotFinder slotFinder;
    private final Set<String> specificPlaces;
    private final YesNoAnswer yesNo;
    private final ConversationMemory memory;
    private final TemplateRenderer renderer;
    private final UnitRanker ranker;
    private final UnitAnswerer units;
    private final UnitStore unitStore;
    private final ValueFollowUps values;
    private final DirectAnswers direct;
    private final OutOfScopeAnswers outOfScope;
    private final PremiseUnits premises;
    private final TopicRouting routing;
    private final BareValue bareValue;
    private final Clarifier clarifier;
    private final AskedAgain askedAgain;
    private final Map<String, IntentHandler> handlers = new HashMap<>();
    private final IntentHandler fallback;

    public ReplyRouter(IntentClassifier classifier, ScopeGate gate, FactStore facts, PeopleDirectory people,
                       TemplateStore templates, UnitStore unitStore, ConversationMemory memory) {
        this(() -> classifier, gate, facts, people, templates, unitStore, memory, null);
    }

    /**
     * @param classifier read for every question, so a retrained model takes over at once
     * @param unanswered where declined questions are recorded (null: nowhere)
     */
    public ReplyRouter(Supplier<IntentClassifier> classifier, ScopeGate gate, FactStore facts, PeopleDirectory people,
                       TemplateStore templates, UnitStore unitStore, ConversationMemory memory,
                       UnansweredLog unanswered) {
        this(classifier, gate, facts, people, templates, unitStore, memory, unanswered, SemanticSignal.none(),
                IntentFusion.DEFAULT);
    }

    /**
     * @param semantic the second opinion consulted when the classifier is unsure
     * @param fusion how the classifier and the second opinion decide together
     */
    public ReplyRouter(Supplier<IntentClassifier> classifier, ScopeGate gate, FactStore facts, PeopleDirectory people,
                       TemplateStore templates, UnitStore unitStore, ConversationMemory memory,
                       UnansweredLog unanswered, SemanticSignal semantic, IntentFusion fusion) {
        this.classifier = classifier;
        this.semantic = semantic;
        this.fusion = fusion;
        this.unanswered = unanswered;
        this.gate = gate;
        this.memory = memory;
        this.people = people;
        this.personFinder = new PersonFinder(people::aliases);
        this.unitStore = unitStore;
        List<summitbot.nlp.SlotTerm> terms = unitStore.slotTerms();
        this.slotFinder = new SlotFinder(terms);
        // Read once, like the slot finder: the places a "there" may mean, and the words of every place.
        this.specificPlaces = terms.stream().filter(t -> t.kind().equals("place") && !t.within().isEmpty())
                .map(summitbot.nlp.SlotTerm::canonical).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Set<String> placeWords = terms.stream().filter(t -> t.kind().equals("place"))
                .flatMap(t -> Arrays.stream(t.term().split(" "))).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.renderer = new TemplateRenderer(facts, templates);
        this.clarifier = new Clarifier(templates, renderer);
        this.askedAgain = new AskedAgain(personFinder, slotFinder);
        this.ranker = new UnitRanker(unitStore, slotFinder, personFinder, new Synonyms(unitStore.synonyms()),
                semantic, templates::topics);
        this.units = new UnitAnswerer(ranker, renderer);
        this.bareValue = new BareValue(slotFinder, ranker::slotsOf);
        this.yesNo = new YesNoAnswer(ranker, unitStore, renderer, placeWords);
        this.values = new ValueFollowUps(ranker, unitStore);
        this.direct = new DirectAnswers(unitStore, ranker, units, yesNo, renderer);
        this.outOfScope = new OutOfScopeAnswers(ranker, unitStore, units, renderer);
        this.premises = new PremiseUnits(ranker, yesNo);
        PersonResolver resolver = new PersonResolver(people);
        this.fallback = new SmallTalkHandler(renderer);
        IntentHandler counts = new SummitCountHandler(renderer, resolver, facts, units);
        IntentHandler persons = new PersonHandler(renderer, resolver, facts, topicFacts);
        Intents.ALL.forEach((intent, family) -> {
            switch (family) {
                case SMALL_TALK -> handlers.put(intent, fallback);
                case ARTICLE -> handlers.put(intent, units);
                case SUMMIT_COUNT -> handlers.put(intent, counts);
                case PERSON -> handlers.put(intent, persons);
                default -> { } // out of scope: declined before any handler
            }
        });
        this.routing = new TopicRouting(handlers, fallback, ranker, unitStore, units, premises);
    }

    // "what happened there?", "how did that end?" after an answer that names the Hanoi summit: the
    // place the last answer named, when reading the question as about it finds another topic, and
    // surely, whose facts name that place.
    private Optional<String> placeReferredTo(IntentClassifier model, String message,
                                             Optional<ConversationMemory.Context> context) {
        Optional<AnswerUnit> last = context.map(ConversationMemory.Context::unit).flatMap(unitStore::unit);
        String normal = AliasText.normalise(message);
        if (last.isEmpty() || normal.split(" ").length > SHORT_REFERENCE || !REFERS_BACK.matcher(normal).find()
                || EXISTENTIAL_THERE.matcher(normal).find()) {
            return Optional.empty();
        }
        List<String> places = ranker.slotsOf(last.get().text()).stream()
                .filter(v -> v.kind().equals("place") && specificPlaces.contains(v.value())).map(Slot::value)
                .filter(p -> !normal.contains(AliasText.normalise(p))).toList();
        if (places.isEmpty()) {
            return Optional.empty();
        }
        String place = places.get(places.size() - 1);
        // ("has putin met a leader there before?" reads "in Vladivostok" where "there" stands.)
        String asked = message.strip().replaceAll("[?.!]+$", "");
        Matcher there = THERE.matcher(asked);
        String reading = there.find() ? there.replaceFirst("in " + Matcher.quoteReplacement(place)) + "?"
                : asked + " in " + place + "?";
        Prediction combined = fullyClassified(model, reading);
        boolean elsewhere = Intents.ARTICLE_TOPICS.contains(combined.intent())
                && !combined.intent().equals(context.get().intent()) && combined.confidence() >= SURE_OF_PLACE
                && unitStore.units(combined.intent()).stream().anyMatch(u -> !u.gap() && ranker.slotsOf(u.text())
                .stream().anyMatch(v -> v.kind().equals("place") && v.value().equals(place)));
        return elsewhere ? Optional.of(reading) : Optional.empty();
    }

    // "where did Putin meet him?" after a question about Kim Jong Il: read with the last person named
    // where the pronoun stands, when that reading is surely about a topic whose facts name him.
    private Optional<String> personReferredTo(IntentClassifier model, String message,
                                              Optional<ConversationMemory.Context> context) {
        String last = context.map(ConversationMemory.Context::personId).orElse(null);
        Matcher pronoun = HE_OR_HIM.matcher(message);
        // Kim and Putin are in nearly every fact: naming them tells the classifier nothing new.
        if (last == null || ConversationRules.SUMMIT_PARTIES.contains(last)
                || AliasText.normalise(message).split(" ").length > SHORT_PERSON_REFERENCE || !pronoun.find()
                || personFinder.find(message).stream().anyMatch(m -> m.person().id().equals(last))) {
            return Optional.empty();
        }
        Optional<Person> person = people.person(last);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String reading = message.substring(0, pronoun.start()) + person.get().name() + message.substring(pronoun.end());
        Prediction combined = fullyClassified(model, reading);
        Prediction original = fullyClassified(model, message);
        // Only where naming him moves the question more surely to a topic it was not in, nor the
        // conversation was (whose own rules know who "him" is there).
        boolean namesHim = !combined.intent().equals(original.intent())
                && !combined.intent().equals(context.get().intent())
                && combined.confidence() > original.confidence()
                && Intents.UNIT_TOPICS.contains(combined.intent()) && !Intents.PERSON.equals(combined.intent())
                && combined.confidence() >= SURE_OF_PLACE && topicFacts.namesPerson(combined.intent(), last);
        return namesHim ? Optional.of(reading) : Optional.empty();
    }

    // The classifier's prediction with the semantic signal's opinion, where it has one.
    private Prediction fullyClassified(IntentClassifier model, String text) {
        Prediction p = gate.predict(model, text, model.normalizer().normalize(text));
        return semantic.similarities(text).map(sim -> fusion.combine(p, sim)).orElse(p);
    }

    // An answer the user may pick an item of: a list of its own, or the summits counted person by person.
    private static boolean lists(AnswerUnit unit) {
        return unit.serves(AnswerType.LIST) && (!unit.summary() || Intents.family(unit.intent()) == Family.SUMMIT_COUNT);
    }

    // A message read as another question: what it became, and which rule made it so.
    private record Rewrite(String text, Kind kind) {
        enum Kind { ASKED_AGAIN, LIST_ITEM, OTHER_SIDE, WHICH_THING, BARE_VALUE, SUMMIT, PLACE, PERSON }
    }

    /** Answers one message of conversation {@code conversationId}. */
    public Answer answer(String conversationId, String text) {
        return answer(conversationId, text, "unknown");
    }

    /**
     * Answers one message of conversation {@code conversationId}; {@code chatType} (private,
     * group, terminal...) is recorded with questions the bot could not answer, and says how to
     * ask for the topics (/topics on Telegram, topics in a terminal).
     */
    public Answer answer(String conversationId, String text, String chatType) {
        String question = text == null ? "" : text;
        Map<String, String> door = Map.of("door.topics", topicsCommand(chatType));
        Optional<ConversationMemory.Context> context = memory.recall(conversationId);
        // "1", "the second one", "neither": the answer to the bot's "did you mean...?".
        Optional<Clarifier.Pick> pick = context.map(ConversationMemory.Context::pending)
                .flatMap(pending -> clarifier.picked(question, pending));
        if (pick.isPresent()) {
            return choose(conversationId, pick.get().intent(), chatType);
        }
        Optional<AnswerUnit> lastAnswer = context.map(ConversationMemory.Context::unit).flatMap(unitStore::unit);
        // ("2011?" after a year is a value offered for it, not a message without words.)
        Optional<String> bare = lastAnswer.flatMap(u -> bareValue.rewrite(question, u));
        Optional<String> refusal = bare.isPresent() ? Optional.empty() : refuse(question, door);
        if (refusal.isPresent()) {
            return new Answer(question, ScopeGate.OUT_OF_SCOPE, 0, List.of(), refusal.get(), Reply.Kind.DECLINE,
                    List.of(), "refused before classification");
        }
        // The question is read once: the classifier's tokens, then everything the rules and units use.
        IntentClassifier model = classifier.get();
        // "Hi! My uncle keeps asking. Where do they meet? Thanks": the sentence that asks about the article.
        // "I might be wrong but isn't it Friday?": the hedge says how sure the asker is, not what is asked.
        String inside = QuestionShape.withoutHedge(semantic.ready() && question.length() > CHATTY
                ? questionInside(model, question) : question);
        // "and the second one?" after a list, "who does?" after "Unlike China, ...": the item
        // picked, as if named.
        Optional<AnswerUnit> list = context.map(c -> c.list() != null ? c.list() : c.unit()).flatMap(unitStore::unit)
                .filter(ReplyRouter::lists);
        // The first rewrite that applies, in this order: "who is then?" after "is trump the russian
        // president?" is the last question of "who"; an item picked from the last list; the side set
        // against the last claim; which of the things the last claim spoke of; a bare value offered
        // for the one the last answer gave ("moscow?" as "is it moscow?"); the summit as "it";
        // the place or the person the last answer named.
        Optional<Rewrite> rewrite = context.flatMap(c -> askedAgain.rewrite(inside, c.asked()))
                .map(t -> new Rewrite(t, Rewrite.Kind.ASKED_AGAIN))
                .or(() -> list.flatMap(u -> ListPick.rewrite(inside, u.text()))
                        .map(t -> new Rewrite(t, Rewrite.Kind.LIST_ITEM)))
                .or(() -> lastAnswer.flatMap(u -> ContrastPick.rewrite(inside, u.text()))
                        .map(t -> new Rewrite(t, Rewrite.Kind.OTHER_SIDE)))
                .or(() -> lastAnswer.flatMap(u -> WhichOne.rewrite(inside, u.text()))
                        .map(t -> new Rewrite(t, Rewrite.Kind.WHICH_THING)))
                .or(() -> (inside.equals(question) ? bare : lastAnswer.flatMap(u -> bareValue.rewrite(inside, u)))
                        .map(t -> new Rewrite(t, Rewrite.Kind.BARE_VALUE)))
                .or(() -> SummitMeant.rewrite(inside, context.map(ConversationMemory.Context::intent))
                        .map(t -> new Rewrite(t, Rewrite.Kind.SUMMIT)))
                .or(() -> placeReferredTo(model, inside, context).map(t -> new Rewrite(t, Rewrite.Kind.PLACE)))
                .or(() -> personReferredTo(model, inside, context).map(t -> new Rewrite(t, Rewrite.Kind.PERSON)));
        boolean picked = rewrite.filter(r -> r.kind() == Rewrite.Kind.LIST_ITEM).isPresent();
        boolean placed = rewrite.filter(r -> r.kind() == Rewrite.Kind.PLACE).isPresent();
        String asked = rewrite.map(Rewrite::text).orElse(inside);
        String[] tokens = model.normalizer().normalize(asked);
        Prediction classified = gate.predict(model, asked, tokens);
        // The classifier decides alone when sure; otherwise with the semantic signal's opinion.
        Optional<Map<String, Double>> similar = fusion.consults(classified)
                ? semantic.similarities(asked) : Optional.empty();
        Prediction prediction = similar.map(s -> fusion.combine(classified, s)).orElse(classified);
        // Read as about the place the last answer named, it has left the last topic: no rule pulls it back.
        Query read = read(asked, tokens, placed ? Optional.empty() : context, prediction.confidence());
        String decided = similar.isPresent() ? keptForTheAskedType(read, classified, prediction)
                : gate.decide(prediction);
        String gated = ScopeGate.OUT_OF_SCOPE.equals(decided)
                ? outOfScope.rescued(read, classified).or(() -> outOfScope.rescued(read, prediction)).orElse(decided) : decided;
        Query query = understood(read, gated, classified);
        Reply reply = direct.reply(query).orElseGet(() -> reply(query, gated, decided,
                similar.isEmpty() ? List.of(classified) : List.of(classified, prediction), door));
        String answered = reply.kind() == Reply.Kind.ANSWER && !reply.units().isEmpty()
                ? unitIntent(reply, query.intent()) : query.intent();
        // About to apologise, but two topics come close: ask which was meant.
        List<Answer.Choice> choices = List.of();
        if (reply.kind() == Reply.Kind.DECLINE && reply.units().isEmpty() && ScopeGate.OUT_OF_SCOPE.equals(gated)) {
            List<String> offered = clarifier.choices(prediction, similar.isPresent());
            if (!offered.isEmpty()) {
                choices = clarifier.described(offered);
                reply = clarifier.ask(choices, terminal(chatType));
                memory.rememberQuestion(conversationId, new ConversationMemory.Pending(question.strip(), offered));
            }
        }
        // A decline that still gave the closest fact keeps its topic and person for what comes next.
        if (reply.kind() != Reply.Kind.CLARIFY && (reply.kind() != Reply.Kind.DECLINE
                || !ScopeGate.OUT_OF_SCOPE.equals(query.intent()) || !reply.units().isEmpty())) {
            String topic = reply.units().isEmpty() ? answered : unitIntent(reply, answered);
            // A decline's closest fact, or its gap, is the last thing said too: "why?" asks about it.
            String unit = reply.units().isEmpty() ? null : reply.units().get(0);
            String listed = picked ? list.get().key()
                    : unitStore.unit(unit == null ? "" : unit).filter(ReplyRouter::lists).map(AnswerUnit::key)
                    .orElse(null);
            memory.remember(conversationId, topic, personOf(reply, query), unit, listed);
        } else if (reply.kind() == Reply.Kind.DECLINE && query.mentions().size() == 1) {
            // "how old is kim jong un?" is declined, but "who is he then?" still means Kim.
            memory.remember(conversationId, ScopeGate.OUT_OF_SCOPE, query.mentions().get(0).person().id(), null);
        }
        memory.rememberAsked(conversationId, asked);
        if ((reply.kind() == Reply.Kind.DECLINE || reply.kind() == Reply.Kind.CLARIFY) && unanswered != null) {
            try {
                unanswered.record(new UnansweredLog.Entry(question.strip(), chatType, prediction.intent(),
                        prediction.confidence(), prediction.runnerUp(), prediction.runnerUpConfidence()));
            } catch (RuntimeException e) {
                // The user's reply does not depend on the admins' review list.
                log.warn("could not record an unanswered question: {}", e.getMessage());
            }
        }
        List<Entity> entities = query.mentions().stream()
                .map(m -> new Entity("person", m.person().id(), m.person().name(), m.matched()))
                .toList();
        String detail = "classifier " + classified.intent() + " " + ScoreText.of(classified.confidence())
                + " (runner-up " + classified.runnerUp() + " " + ScoreText.of(classified.runnerUpConfidence()) + ")"
                + (similar.isEmpty() ? "" : "; with the semantic signal " + prediction.intent() + " "
                        + ScoreText.of(prediction.confidence()) + " (runner-up " + prediction.runnerUp() + " "
                        + ScoreText.of(prediction.runnerUpConfidence()) + ")")
                + (answered.equals(prediction.intent()) ? "" : "; answered as " + answered)
                + (reply.detail().isEmpty() ? "" : "; units: " + reply.detail());
        return new Answer(question, answered, prediction.confidence(), entities, reply.text(), reply.kind(),
                reply.units(), detail, choices);
    }

    /**
     * What people ask next after {@code answer}: up to three other facts of its topic, nearest in
     * the article first, as their example questions (for buttons; none for anything but an answer).
     */
    public List<Answer.Choice> related(Answer answer) {
        if (answer.kind() != Reply.Kind.ANSWER || answer.units().isEmpty()) {
            return List.of();
        }
        Optional<AnswerUnit> main = unitStore.unit(answer.units().get(0));
        if (main.isEmpty() || !Intents.ARTICLE_TOPICS.contains(main.get().intent())) {
            return List.of();
        }
        int at = main.get().paragraphId() == null ? 0 : main.get().paragraphId();
        return unitStore.units(main.get().intent()).stream()
                .filter(u -> !u.gap() && !u.summary() && !answer.units().contains(u.key()) && !u.examples().isEmpty())
                .sorted(java.util.Comparator.<AnswerUnit>comparingInt(u -> Math.abs(
                        (u.paragraphId() == null ? 0 : u.paragraphId()) - at)).thenComparing(AnswerUnit::key))
                .limit(MAX_RELATED)
                .map(u -> new Answer.Choice(u.key(), asQuestion(u.examples().get(0))))
                .toList();
    }

    private static String asQuestion(String example) {
        String q = example.strip();
        return q.isEmpty() ? q : Character.toUpperCase(q.charAt(0)) + q.substring(1);
    }

    /** Answers one related question (a pressed button): the unit itself, remembered as the last answer. */
    public Answer answerUnit(String conversationId, String key) {
        Optional<AnswerUnit> unit = pressable(key);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("no such answer unit " + key);
        }
        AnswerUnit u = unit.get();
        Reply reply = Reply.ofUnit(u, Reply.Kind.ANSWER, "related question " + u.key());
        memory.remember(conversationId, u.intent(), personOf(reply, topicQuery(u.intent(),
                memory.recall(conversationId))), u.key());
        return new Answer(asQuestion(u.examples().isEmpty() ? u.key() : u.examples().get(0)), u.intent(), 1.0,
                List.of(), reply.text(), reply.kind(), reply.units(), reply.detail());
    }

    /** The topic of answer unit {@code key}, if there is one. */
    public Optional<String> topicOf(String key) {
        return unitStore.unit(key).map(AnswerUnit::intent);
    }

    /** Whether {@code key} is a unit {@link #answerUnit} answers. */
    public boolean answersUnit(String key) {
        return pressable(key).isPresent();
    }

    // A unit a related-question button may name: a fact or summary of an article topic.
    private Optional<AnswerUnit> pressable(String key) {
        return unitStore.unit(key).filter(u -> Intents.ARTICLE_TOPICS.contains(u.intent()) && !u.gap());
    }

    /**
     * The user's pick after "did you mean...?" (a typed "1", or a pressed button): the question
     * asked again about the chosen topic, recorded with the question for admins; {@code intent}
     * null for "something else". Without a pending question a chosen topic is answered directly.
     */
    public Answer choose(String conversationId, String intent, String chatType) {
        Optional<ConversationMemory.Context> context = memory.recall(conversationId);
        ConversationMemory.Pending pending = context.map(ConversationMemory.Context::pending).orElse(null);
        if (pending == null || (intent != null && !pending.choices().contains(intent))) {
            return intent != null && handlers.containsKey(intent) ? answerIntent(conversationId, intent)
                    : new Answer("", ScopeGate.OUT_OF_SCOPE, 0, List.of(), somethingElse(chatType), Reply.Kind.DECLINE,
                    List.of(), "nothing was asked");
        }
        ConversationMemory.Context last = context.get();
        if (intent == null) {
            memory.remember(conversationId, last.intent(), last.personId(), last.unit());
            return new Answer(pending.question(), ScopeGate.OUT_OF_SCOPE, 0, List.of(), somethingElse(chatType),
                    Reply.Kind.DECLINE, List.of(), "none of the offered topics");
        }
        if (unanswered != null) {
            unanswered.chosen(pending.question(), intent);
        }
        IntentClassifier model = classifier.get();
        String[] tokens = model.normalizer().normalize(pending.question());
        Query query = read(pending.question(), tokens, context, 1.0).withIntent(intent);
        Reply reply = routing.route(query);
        if (reply.kind() == Reply.Kind.ANSWER && query.shape().yesNo()) {
            reply = yesNo.confirmOrDeny(query, reply);
        }
        String topic = reply.kind() == Reply.Kind.ANSWER ? unitIntent(reply, intent) : intent;
        memory.remember(conversationId, topic, personOf(reply, query),
                reply.kind() == Reply.Kind.ANSWER && !reply.units().isEmpty() ? reply.units().get(0) : null);
        return new Answer(pending.question(), topic, 1.0, List.of(), reply.text(), reply.kind(), reply.units(),
                "chosen by the user: " + intent + (reply.detail().isEmpty() ? "" : "; units: " + reply.detail()));
    }

    private String somethingElse(String chatType) {
        return renderer.render("answer.something_else", Map.of("door.topics", topicsCommand(chatType)));
    }

    // A message that ends by asking whether what it said is so.
    private static final Pattern CONFIRMATION_TAG = Pattern.compile(
            "(?i)[,.!]?\\s*(is that|is this|is it)? ?(right|true|correct|so)\\s*\\?+\\s*$");

    // Of a long message of several sentences, the one the classifier and the semantic signal
    // together find most surely about the article; the whole message when none is. (Short ones
    // keep their sentences together: "hanoi flopped right? how did it end" is one question.)
    private String questionInside(IntentClassifier model, String message) {
        // Its sentences, and the parts of each between commas ("my uncle keeps asking, where do they meet?").
        List<String> sentences = new ArrayList<>();
        // ("I'm editing this. Can you confirm it's in Vladivostok?": each heard as what it asks.)
        for (String sentence : Arrays.stream(model.normalizer().sentences(message))
                .map(QuestionShape::withoutHedge).toList()) {
            sentences.add(sentence);
            Arrays.stream(sentence.split(",")).map(String::strip).filter(p -> !p.isEmpty() && !p.equals(sentence))
                    .forEach(sentences::add);
        }
        if (sentences.size() < 2) {
            return message;
        }
        semantic.prepare(sentences);
        String best = message;
        double bestScore = -1;
        for (String sentence : sentences) {
            Optional<Map<String, Double>> s = semantic.similarities(sentence);
            if (s.isEmpty()) {
                return message;
            }
            Prediction p = fusion.combine(model.classify(sentence), s.get());
            if (Intents.UNIT_TOPICS.contains(p.intent()) && p.confidence() > bestScore) {
                best = sentence;
                bestScore = p.confidence();
            }
        }
        // "I read that the Russians helped rebuild the north, is that right?": the claim is what is asked.
        return !best.equals(message) && CONFIRMATION_TAG.matcher(message).find()
                ? QuestionShape.asQuestion(best) : best;
    }

    // "when is the summmit?": the encoder may hear a neighbouring topic in a typo'd question; where
    // the classifier is sure of a topic that answers the kind of thing asked and the combined one
    // cannot, the classifier's stands.
    private String keptForTheAskedType(Query read, Prediction classified, Prediction combined) {
        AnswerType asked = read.shape().type();
        // "when did he meet kim's dad?": names people, but asks when, not who they are; the
        // classifier's topic answers, or the runner-up or the best word match's topic when one of
        // its facts holds what is asked of them ("when did kim il sung die?" is no question for the
        // founding, which names no death).
        if (Intents.PERSON.equals(combined.intent()) && PersonHandler.NOT_WHO.contains(asked) && !read.shape().yesNo()) {
            Optional<String> topic = Stream.concat(Stream.of(classified.intent(), combined.runnerUp()),
                            ranker.search(read).stream().map(UnitStore.Hit::intent))
                    .filter(t -> t != null && Intents.ARTICLE_TOPICS.contains(t) && (topicFacts.serves(t, asked)
                                    // ("how many times did he meet kim's father?" counts meetings the
                                    // article dates.)
                                    || (asked == AnswerType.AMOUNT && QuestionShape.countsOccasions(read.normal())
                                            && topicFacts.serves(t, AnswerType.DATE)))
                            && read.mentions().stream().allMatch(m -> topicFacts.namesPerson(t, m.person().id()))
                            && (t.equals(classified.intent())
                                    || topicFacts.coverage(t, read.withoutNames()) >= ASKED_OF_THEM))
                    .findFirst();
            if (topic.isPresent()) {
                return topic.get();
            }
        }
        // "why is kim going to russia now?": why this summit now, which the classifier heard though
        // the encoder hears what Kim wants from Russia.
        if (QuestionShape.asksWhyNow(read.normal()) && Intents.WHY_NOW.equals(classified.intent())) {
            return classified.intent();
        }
        boolean bothTopics = Intents.ARTICLE_TOPICS.contains(classified.intent())
                && Intents.ARTICLE_TOPICS.contains(combined.intent());
        return bothTopics && asked.specific() && classified.confidence() >= SURE_OF_TYPED_TOPIC
                && topicFacts.serves(classified.intent(), asked)
                && !topicFacts.serves(combined.intent(), asked) ? classified.intent() : combined.intent();
    }

    // The intent after the conversation's rules, and whether it came from the conversation.
    private Query understood(Query read, String gated, Prediction prediction) {
        String intent = values.placeSetAgainstLast(read).orElseGet(() -> ValueFollowUps.summitTopicOfTheValue(read,
                lastTopicAsHint(read, ConversationRules.resolve(read, gated, prediction, topicFacts))));
        Optional<ConversationMemory.Context> context = read.context();
        // Taken from the conversation, or cued by it ("then what happened?") in the same topic.
        boolean followUp = context.isPresent() && intent.equals(context.get().intent())
                && (!intent.equals(gated) || FollowUpCue.of(read.normal()) != FollowUpCue.NONE || pointsBack(read));
        Query query = followUp ? read.asFollowUp(intent) : read.withIntent(intent);
        // "and earlier?" asks the last question again for another time, not an overview.
        return values.checkOfLastValue(followUp && query.shape().broad() && !query.slots().isEmpty()
                ? query.asNarrow() : query);
    }

    // "by when will they be gone?", "how many of em?" after an answer about the laborers: a short
    // question pointing back, naming no one, is scored in the last topic too; the last topic stays
    // unless the new one's best unit is clearly better (the old context as a hint, not a rule).
    private String lastTopicAsHint(Query read, String intent) {
        Optional<ConversationMemory.Context> context = read.context();
        // "is that in China?", "to Pyongyang?" right after an answer about the wheat: a short yes/no
        // about a value the last answer, or another fact of its topic, can check is checked there.
        Optional<AnswerUnit> lastUnit = context.map(ConversationMemory.Context::unit).flatMap(unitStore::unit);
        // "was that with Xi?" after where Kim's second Trump summit was: the person is checked too.
        boolean aboutLast = read.mentions().isEmpty()
                ? read.values().stream().allMatch(v -> NAMED_VALUES.contains(v.kind()))
                        && (pointsBack(read) || read.words().size() <= read.values().size())
                : read.normal().split(" ").length <= HINT_WORDS + read.mentions().size()
                        && POINTS_BACK.matcher(read.normal()).find();
        List<Slot> stated = read.mentions().isEmpty() ? read.values() : read.slots();
        // "is that about sanctions?" after the U.S. warning to Seoul: words the last answer states.
        boolean itsWords = stated.isEmpty() && !read.words().isEmpty() && lastUnit.isPresent()
                && (read.words().stream().allMatch(w -> ranker.holds(lastUnit.get().text(), w))
                        || contradictsAFactOf(read, lastUnit.get().intent()));
        if (lastUnit.isPresent() && Intents.ARTICLE_TOPICS.contains(lastUnit.get().intent())
                && (read.shape().yesNo() || ValueFollowUps.onlyValuesAsked(read)) && aboutLast
                && (itsWords || premises.checkable(stated, lastUnit.get())
                        || premises.offeredInstead(read, stated, lastUnit.get())
                        || unitStore.units(lastUnit.get().intent()).stream()
                        .anyMatch(u -> !u.gap() && !u.summary() && premises.checkable(stated, u)))) {
            return lastUnit.get().intent();
        }
        if (context.isEmpty() || intent.equals(context.get().intent())
                || !Intents.ARTICLE_TOPICS.contains(context.get().intent())
                || Intents.family(intent) == Family.SMALL_TALK
                || Intents.PERSON.equals(intent)) {
            return intent;
        }
        String last = context.get().intent();
        boolean pointing = pointsBack(read);
        boolean leans = !pointing && leansOn(read, last, intent);
        if (!pointing && !leans) {
            return intent;
        }
        // "is it on friday?" after where the summit is: a value only the new topic can check.
        if (Intents.ARTICLE_TOPICS.contains(intent) && topicFacts.checkedOnlyBy(intent, last, read)) {
            return intent;
        }
        List<UnitStore.Hit> hits = ranker.search(read);
        UnitRanker.Scored mine = ranker.rank(read.withIntent(last), last, hits).best();
        AnswerType asked = read.shape().type();
        if (mine == null || (mine.unit().gap() && !leans) || (asked.specific() && !mine.unit().serves(asked))) {
            return intent;
        }
        UnitRanker.Scored theirs = Intents.ARTICLE_TOPICS.contains(intent)
                ? ranker.rank(read.withIntent(intent), intent, hits).best() : null;
        // Words the last topic does not know send the question on, unless the new topic knows them
        // no better ("by when will they be gone?" after the workers: "gone" is in neither).
        boolean mineWeak = !read.words().isEmpty() && mine.coverage() < HINT_COVERAGE;
        boolean theirsWeak = theirs == null || (!read.words().isEmpty() && theirs.coverage() < HINT_COVERAGE);
        if (mineWeak && !theirsWeak) {
            return intent;
        }
        return theirs == null || mine.score() + HINT_MARGIN >= theirs.score() || (mineWeak && theirsWeak) ? last : intent;
    }

    // "was that their first summit?" after the Hanoi summit: the words of a fact of the topic, but
    // one word that says the opposite of what that fact says ("second"). ("are there many chinese
    // businessmen there?" after Russia's small footprint asks of another country.)
    private boolean contradictsAFactOf(Query read, String topic) {
        return read.shape().yesNo() && read.words().stream().noneMatch(w -> ranker.countryOf(w).isPresent())
                && unitStore.units(topic).stream().filter(u -> !u.gap())
                        .anyMatch(u -> Contraries.contradicted(read.text(), u.text())
                                && read.words().stream().filter(w -> !ranker.holds(u.text(), w)).count() <= 1);
    }

    // "how much trade are we talking?" after China's trade: a short question naming no one, no
    // value and no country, whose words the last topic knows as well as the new one, leans on
    // the last as a pronoun would.
    private boolean leansOn(Query read, String last, String intent) {
        double known = topicFacts.coverage(last, read);
        return read.mentions().isEmpty() && read.values().isEmpty() && !read.words().isEmpty()
                && read.words().stream().noneMatch(w -> ranker.countryOf(w).isPresent())
                && read.words().size() <= HINT_WORDS && !read.shape().yesNo() && known >= HINT_COVERAGE
                && Intents.ARTICLE_TOPICS.contains(intent) && known >= topicFacts.coverage(intent, read)
                // ("which summit failed?" after the failure of Kim's second summit with Trump: the
                // thing the last answer mentions is the new topic's.)
                && read.context().map(ConversationMemory.Context::unit)
                        .flatMap(u -> topicFacts.bridgedBy(u, read))
                        .filter(intent::equals).isEmpty();
    }

    // A short question naming no one that points back with a pronoun: "by when must they be gone?".
    private static boolean pointsBack(Query read) {
        return read.mentions().isEmpty() && read.words().size() <= HINT_WORDS
                && POINTS_BACK.matcher(read.normal()).find();
    }

    // decided: the intent before a declined question was rescued by its words.
    // opinions: the classifier's prediction, then the combined one when the semantic signal was asked.
    private Reply reply(Query query, String gated, String decided, List<Prediction> opinions,
                        Map<String, String> door) {
        // "what did medvedev do?" heard as who he is: the part he plays, which one fact says.
        Optional<Reply> part = Intents.PERSON.equals(query.intent()) ? outOfScope.partOfSomeoneInOneFact(query)
                : Optional.empty();
        if (part.isPresent()) {
            return part.get();
        }
        // A rule's decline (another meeting's place or date) gets no "closest fact" from this summit.
        Reply reply = !ScopeGate.OUT_OF_SCOPE.equals(query.intent()) ? routing.route(query)
                : ScopeGate.OUT_OF_SCOPE.equals(gated) ? outOfScope.declined(query, opinions, door)
                : Reply.decline(renderer.render(ScopeGate.OUT_OF_SCOPE, door));
        // "how's the summit going to turn out?" heard as about who meets: a prediction its topic has
        // no gap for is said by the gap closest in meaning in another topic, not by the topic's fact.
        if (reply.kind() == Reply.Kind.DECLINE && !ScopeGate.OUT_OF_SCOPE.equals(query.intent())
                && reply.units().size() == 1 && unitStore.unit(reply.units().get(0)).map(u -> !u.gap()).orElse(false)) {
            Optional<UnitRanker.Scored> unforeseen = outOfScope.gapOfPrediction(query, query.intent());
            if (unforeseen.isPresent()) {
                return Reply.ofUnit(unforeseen.get().unit(), Reply.Kind.DECLINE, "a prediction; the gap "
                        + unforeseen.get().describe() + " (" + reply.detail() + ")");
            }
        }
        // "how many workers are there and why are they leaving?": two questions the one fact ranked
        // first answers neither of; each clause answered on its own.
        if (reply.kind() == Reply.Kind.DECLINE && reply.units().size() == 1 && query.intent().equals(decided)
                && !ScopeGate.OUT_OF_SCOPE.equals(query.intent())
                && unitStore.unit(reply.units().get(0)).map(u -> !u.gap()).orElse(false)) {
            Optional<Reply> parts = clauseByClause(query, reply);
            if (parts.isPresent()) {
                return parts.get();
            }
        }
        // A follow-up already took the message's meaning from the conversation: no second question in it.
        if (reply.kind() == Reply.Kind.ANSWER && query.intent().equals(decided)) {
            reply = withSecondQuestion(query, reply);
        }
        if (reply.kind() == Reply.Kind.ANSWER && query.shape().yesNo()) {
            reply = yesNo.confirmOrDeny(query, reply);
        }
        return reply;
    }

    /** Answers a topic directly (e.g. a pressed topic button), with its summary or best unit. */
    public Answer answerIntent(String conversationId, String intent) {
        if (!handlers.containsKey(intent)) {
            throw new IllegalArgumentException("unknown intent " + intent);
        }
        Reply reply = handlers.get(intent).reply(topicQuery(intent, memory.recall(conversationId)));
        memory.remember(conversationId, intent, reply.personId(), reply.units().isEmpty() ? null : reply.units().get(0));
        return new Answer("", intent, 1.0, List.of(), reply.text(), reply.kind(), reply.units(), reply.detail());
    }

    // A topic asked for without words (a button): broad, so it gets the summary.
    private static Query topicQuery(String intent, Optional<ConversationMemory.Context> context) {
        return new Query("", "", List.of(), List.of(), new QuestionShape(AnswerType.DESCRIPTION, false, true),
                List.of(), List.of(), intent, 1.0, context, false);
    }

    /** A reply template's wording, for a door's own prompts ({@code telegram.not_text}...). */
    public String wording(String template, Map<String, String> values) {
        return renderer.render(template, values);
    }

    /** Every intent the router answers. */
    public Set<String> intents() {
        Set<String> all = new java.util.HashSet<>(handlers.keySet());
        all.add(ScopeGate.OUT_OF_SCOPE);
        return Set.copyOf(all);
    }

    // A unit text's words in alias normal form, from the ranker's memo: a follow-up compares the last
    // answer with every unit.
    private String[] wordsOf(String text) {
        return ranker.normalOf(text).split(" ");
    }

    // What the conversation rules may ask of a topic's units.
    private final TopicFacts topicFacts = new TopicFacts() {
        @Override
        public boolean serves(String topic, AnswerType type) {
            return unitStore.units(topic).stream().anyMatch(u -> !u.gap() && u.serves(type));
        }

        @Override
        public boolean coversWithGap(String topic, Query query) {
            return unitStore.units(topic).stream().anyMatch(u -> u.gap() && ranker.coverage(query, u) >= 1.0);
        }

        @Override
        public Optional<String> bridgedBy(String unitKey, Query query) {
            Optional<AnswerUnit> last = unitStore.unit(unitKey);
            if (last.isEmpty() || query.words().isEmpty()) {
                return Optional.empty();
            }
            String[] said = wordsOf(last.get().text());
            Set<String> topics = new java.util.TreeSet<>();
            for (AnswerUnit u : unitStore.all()) {
                if (u.gap() || u.summary() || u.intent().equals(last.get().intent())
                        || !Intents.ARTICLE_TOPICS.contains(u.intent())) {
                    continue;
                }
                WordRuns.Run shared = WordRuns.longest(said, wordsOf(u.text()));
                if (shared.length() < BRIDGE_RUN) {
                    continue;
                }
                String near = String.join(" ", Arrays.copyOfRange(said, Math.max(0, shared.start() - BRIDGE_REACH),
                        Math.min(said.length, shared.end() + BRIDGE_REACH)));
                if (query.words().stream().allMatch(w -> ranker.holds(near, w))) {
                    topics.add(u.intent());
                }
            }
            return topics.size() == 1 ? Optional.of(topics.iterator().next()) : Optional.empty();
        }

        @Override
        public boolean states(String unitKey, Query query) {
            // ("unlike china, russia has a very small footprint" says nothing of China's.)
            return !query.words().isEmpty() && unitStore.unit(unitKey).filter(u -> !u.gap() && !u.summary())
                    .map(u -> CONTRASTED.matcher(u.text()).replaceAll(" "))
                    .map(text -> query.words().stream().allMatch(w -> ranker.holds(text, w))).orElse(false);
        }

        @Override
        public boolean namesSomethingForeign(Query query) {
            return query.words().stream().anyMatch(w -> !ranker.knownAnywhere(w)
                    && slotFinder.find(w, false, List.of()).isEmpty());
        }

        @Override
        public double coverage(String topic, Query query) {
            return unitStore.units(topic).stream().filter(u -> !u.gap())
                    .mapToDouble(u -> ranker.coverage(query, u)).max().orElse(0);
        }

        @Override
        public boolean checks(String topic, List<Slot> values) {
            return unitStore.units(topic).stream().anyMatch(u -> !u.gap() && !u.summary() && premises.checkable(values, u));
        }

        @Override
        public List<Slot> citiesNamed(Query query) {
            return ranker.citiesNamed(query);
        }

        @Override
        public int unitsNaming(String topic, String personId) {
            return (int) unitStore.units(topic).stream().filter(u -> !u.gap()).filter(u -> ranker.slotsOf(u.text())
                    .stream().anyMatch(v -> v.kind().equals(SlotFinder.PERSON) && v.value().equals(personId))).count();
        }

        @Override
        public Optional<AnswerUnit> onlyFactNaming(String personId) {
            List<AnswerUnit> naming = factsNamingPeople().getOrDefault(personId, List.of());
            return naming.size() == 1 ? Optional.of(naming.get(0)) : Optional.empty();
        }
    };

    // Who the facts name (not gaps, summaries or people's own descriptions), found once for each
    // version of the units and of the people's names: a person finder over every fact is too slow
    // for each question about someone.
    private record FactsNaming(long revision, List<?> aliases, Map<String, List<AnswerUnit>> byPerson) {
    }

    private final java.util.concurrent.atomic.AtomicReference<FactsNaming> factsNaming =
            new java.util.concurrent.atomic.AtomicReference<>();

    private Map<String, List<AnswerUnit>> factsNamingPeople() {
        long revision = unitStore.revision();
        List<?> aliases = people.aliases();
        FactsNaming known = factsNaming.get();
        if (known != null && known.revision() == revision && known.aliases() == aliases) {
            return known.byPerson();
        }
        Map<String, List<AnswerUnit>> byPerson = new HashMap<>();
        unitStore.all().stream().filter(u -> !u.gap() && !u.summary() && !Intents.PERSON.equals(u.intent()))
                .forEach(u -> personFinder.find(u.text()).stream().map(m -> m.person().id()).distinct()
                        .forEach(id -> byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(u)));
        byPerson.replaceAll((id, units) -> List.copyOf(units));
        Map<String, List<AnswerUnit>> found = Map.copyOf(byPerson);
        factsNaming.set(new FactsNaming(revision, aliases, found));
        return found;
    }

    private Query read(String text, String[] tokens, Optional<ConversationMemory.Context> context,
                       double confidence) {
        List<PersonMention> mentions = withPronounResolved(text, personFinder.find(text), context);
        String normal = AliasText.normalise(text);
        return new Query(text, normal, List.of(tokens),
                ContentWords.words(KIND_ASKED.matcher(named(normal, mentions)).replaceAll("$1")),
                QuestionShape.of(normal, text),
                slotFinder.find(text, true, mentions), mentions, ScopeGate.OUT_OF_SCOPE, confidence, context, false);
    }

    // "did the russian guy meet kim's old man?": the casual words of a title ("guy", "old man") are
    // the person named, not words a unit must hold; "president of russia" keeps its words.
    private static String named(String normal, List<PersonMention> mentions) {
        String out = " " + normal + " ";
        for (PersonMention m : mentions) {
            for (String word : AliasText.normalise(m.matched()).split(" ")) {
                if (CASUAL_TITLE.contains(word)) {
                    out = out.replace(" " + word + " ", " ");
                }
            }
        }
        return out.strip();
    }

    // "did Putin ever meet him?" after a question about Kim Jong Il: "him" is the last person named.
    private List<PersonMention> withPronounResolved(String text, List<PersonMention> found,
                                                    Optional<ConversationMemory.Context> context) {
        String last = context.map(ConversationMemory.Context::personId).orElse(null);
        Matcher pronoun = HIM.matcher(text);
        if (last == null || !pronoun.find() || found.stream().anyMatch(m -> m.person().id().equals(last))) {
            return found;
        }
        Optional<Person> person = people.person(last);
        if (person.isEmpty()) {
            return found;
        }
        List<PersonMention> all = new ArrayList<>(found);
        String before = AliasText.normalise(text.substring(0, pronoun.start()));
        all.add(new PersonMention(person.get(), pronoun.group(), null, before.isEmpty() ? 0 : before.split(" ").length));
        // In the order they are named: "who's he to Kim Jong Un?" asks about "he".
        all.sort(java.util.Comparator.comparingInt(PersonMention::position));
        return all;
    }

    // "where is the summit, and when is it?": a second clause that asks another topic, or another
    // kind of answer in the same topic, gets its unit too.
    private Reply withSecondQuestion(Query query, Reply reply) {
        // ("the wheat went to pyongyang, right? that's what i read": the remark asks nothing.)
        if (!Intents.UNIT_TOPICS.contains(query.intent()) || !CLAUSE_BREAK.matcher(query.text()).find()
                || QuestionShape.tagThenRemark(query.text())) {
            return reply;
        }
        IntentClassifier model = classifier.get();
        List<String> units = new ArrayList<>(reply.units());
        StringBuilder text = new StringBuilder(reply.text());
        // The topic actually answered, which retrieval may have changed from the classifier's.
        String answered = units.isEmpty() ? query.intent() : unitIntent(reply, query.intent());
        List<String> clauses = Arrays.stream(CLAUSE_BREAK.split(query.text())).filter(c -> !c.isBlank()).toList();
        if (clauses.size() < 2) {
            return reply;
        }
        for (String clause : clauses) {
            // ("where's this datelined, seoul?", "is he courting putin just for food and the workers?": a
            // yes/no question's last few words, asking nothing of their own, are part of it.)
            if (units.size() >= MAX_UNITS || (query.shape().yesNo() && clause.equals(clauses.get(clauses.size() - 1))
                    && QuestionShape.shortOfItsOwnQuestion(clause))) {
                continue;
            }
            Clause c = readClause(model, clause, query);
            Query part = c.part();
            String other = c.topic();
            boolean otherTopic = !other.equals(answered) && c.surelyArticle();
            boolean otherKind = Intents.ARTICLE_TOPICS.contains(answered) && part.shape().type().specific()
                    && part.shape().type() != query.shape().type() && !part.words().isEmpty();
            if (!otherTopic && !otherKind) {
                continue;
            }
            String topic = otherTopic ? other : answered;
            Reply more = handlers.get(topic).reply(part.withIntent(topic));
            if (more.kind() == Reply.Kind.ANSWER && !units.containsAll(more.units())) {
                units.addAll(more.units());
                text.append(' ').append(more.text());
            }
        }
        return new Reply(text.toString(), reply.kind(), units, reply.types(), reply.detail(), reply.personId(),
                reply.topic());
    }

    /** One clause of a message, read on its own, with the topic the classifier alone gives it. */
    private record Clause(Query part, String topic, double confidence) {
        // A topic of the article the classifier is sure enough of to answer the clause there.
        boolean surelyArticle() {
            return Intents.ARTICLE_TOPICS.contains(topic) && confidence >= SECOND_QUESTION_CONFIDENCE;
        }
    }

    private Clause readClause(IntentClassifier model, String clause, Query query) {
        String[] clauseTokens = model.normalizer().normalize(clause);
        Prediction p = model.classifyTokens(clauseTokens);
        return new Clause(read(clause, clauseTokens, query.context(), p.confidence()), gate.decide(p),
                p.confidence());
    }

    // Each of two or more questions of one message answered in its own topic (the message's, unless
    // the clause is surely another's), when every one gets a fact and they are not all the same one.
    private Optional<Reply> clauseByClause(Query query, Reply declined) {
        List<String> clauses = Arrays.stream(CLAUSE_BREAK.split(query.text()))
                .filter(c -> ConversationRules.WH_WORD.matcher(AliasText.normalise(c)).find()).toList();
        if (clauses.size() < 2 || clauses.size() > MAX_UNITS) {
            return Optional.empty();
        }
        IntentClassifier model = classifier.get();
        List<String> units = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String clause : clauses) {
            Clause c = readClause(model, clause, query);
            String topic = c.surelyArticle() ? c.topic() : query.intent();
            IntentHandler handler = handlers.get(topic);
            if (handler == null) {
                return Optional.empty();
            }
            Reply answer = handler.reply(c.part().withIntent(topic));
            if (answer.kind() != Reply.Kind.ANSWER || answer.units().isEmpty()) {
                return Optional.empty();
            }
            if (!units.containsAll(answer.units())) {
                units.addAll(answer.units());
                texts.add(answer.text());
            }
        }
        return texts.size() < 2 ? Optional.empty() : Optional.of(new Reply(String.join(" ", texts),
                Reply.Kind.ANSWER, units, declined.types(), "clause by clause (" + declined.detail() + ")",
                declined.personId(), declined.topic()));
    }

    // The topic of the reply's main unit, or {@code intent} outside the topics.
    private static String unitIntent(Reply reply, String intent) {
        return reply.topic() != null && Intents.UNIT_TOPICS.contains(reply.topic()) ? reply.topic() : intent;
    }

    // The person a reply was about: its handler's, else someone the answer brings in that the
    // question did not name ("any other Russian leader?" -> Medvedev, then "who is he?"), else the
    // first person the question named ("what has Medvedev got to do with this?").
    private String personOf(Reply reply, Query query) {
        if (reply.personId() != null) {
            return reply.personId();
        }
        Set<String> asked = new java.util.HashSet<>();
        query.mentions().forEach(m -> asked.add(m.person().id()));
        // "whats medvedev got to do with this?": someone the question itself names, other than the
        // two leaders every fact names, is who it is about, whoever else the answer brings in; not
        // when it asks for someone ("which other russian leader met kim jong il?").
        boolean asksSomeone = query.shape().type() == AnswerType.PERSON
                || SOMEONE_ELSE.matcher(query.normal()).find();
        // ("has putin met kim's dad?": the father is who it is about, so "did medvedev meet him too?" next.)
        Optional<String> named = query.mentions().stream()
                .map(m -> m.person().id()).filter(id -> !ConversationRules.SUMMIT_PARTIES.contains(id)).findFirst();
        if (named.isPresent() && !asksSomeone) {
            return named.get();
        }
        Optional<String> introduced = reply.kind() != Reply.Kind.ANSWER ? Optional.empty()
                : ranker.slotsOf(reply.text()).stream().filter(v -> v.kind().equals(SlotFinder.PERSON))
                        .map(Slot::value).filter(id -> !asked.contains(id)).findFirst();
        Optional<String> subject = query.mentions().stream().filter(m -> m.relativeOf() == null)
                .map(m -> m.person().id()).findFirst();
        Optional<String> last = query.context().map(ConversationMemory.Context::personId);
        // "what's putin's track record?": the answer names Kim's father too, but "he" next is still
        // Putin; someone the answer brings in is who it was about when asked for, or when still the
        // last one talked about ("how many summits with kim?" after "who is xi jinping?").
        boolean broughtIn = asksSomeone || (introduced.isPresent() && introduced.equals(last));
        // ("where?" after Putin's meetings with Kim's father: an answer naming the one talked about
        // still is about them, though it names first one of the two leaders every fact names.)
        if (!broughtIn && subject.isEmpty() && last.isPresent() && reply.kind() == Reply.Kind.ANSWER
                && !ConversationRules.SUMMIT_PARTIES.contains(last.get())
                && introduced.map(ConversationRules.SUMMIT_PARTIES::contains).orElse(false)
                && ranker.slotsOf(reply.text()).stream()
                        .anyMatch(v -> v.kind().equals(SlotFinder.PERSON) && v.value().equals(last.get()))) {
            return last.get();
        }
        return (broughtIn ? introduced.or(() -> subject) : subject.or(() -> introduced)).orElse(last.orElse(null));
    }

    private static String topicsCommand(String chatType) {
        return terminal(chatType) ? "\"topics\"" : "/topics";
    }

    private static boolean terminal(String chatType) {
        return "terminal".equals(chatType) || "cli".equals(chatType);
    }

    private Optional<String> refuse(String question, Map<String, String> door) {
        String q = question.strip();
        if (q.isEmpty()) {
            return Optional.of(renderer.render("answer.empty", door));
        }
        if (q.length() > MAX_QUESTION_LENGTH) {
            return Optional.of(renderer.render("answer.too_long",
                    Map.of("question.limit", Integer.toString(MAX_QUESTION_LENGTH))));
        }
        if (!LATIN_LETTER.matcher(q).find()) {
            return Optional.of(renderer.render(ANY_LETTER.matcher(q).find() ? "answer.not_english" : "answer.no_words",
                    door));
        }
        return Optional.empty();
    }

}
