package summitbot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnansweredLog;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.PersonFinder;
import summitbot.nlp.PersonMention;
import summitbot.nlp.Prediction;
import summitbot.nlp.ScopeGate;

/**
 * The answering core: checks the input, classifies the question, resolves follow-ups from the
 * conversation's memory, and sends it to the handler of its intent family. Thread-safe; knows
 * nothing of Telegram or terminals.
 */
public final class ReplyRouter {
    /** Longest question the bot reads; longer ones are asked to be shorter. */
    public static final int MAX_QUESTION_LENGTH = 1000;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;&?!]|\\band\\b|\\balso\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final double SECOND_QUESTION_CONFIDENCE = 0.5;
    private static final Set<String> ARTICLE_TOPICS = Set.of("participants", "location", "date", "kim_goals",
            "laborers", "food_aid", "sanctions", "economy", "china", "south_korea", "trade_target", "russia_projects",
            "why_now", "hanoi_summit", "putin_outlook", "putin_history", "history", "source");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern ANY_LETTER = Pattern.compile("\\p{L}");

    private final Supplier<IntentClassifier> classifier;
    private final UnansweredLog unanswered;
    private final ScopeGate gate;
    private final PersonFinder personFinder;
    private final ConversationMemory memory;
    private final TemplateRenderer renderer;
    private final Map<String, IntentHandler> handlers = new HashMap<>();
    private final IntentHandler fallback;

    public ReplyRouter(IntentClassifier classifier, ScopeGate gate, FactStore facts, PeopleDirectory people,
                       TemplateStore templates, ConversationMemory memory) {
        this(() -> classifier, gate, facts, people, templates, memory, null);
    }

    /**
     * @param classifier read for every question, so a retrained model takes over at once
     * @param unanswered where out-of-scope and low-confidence questions are recorded (null: nowhere)
     */
    public ReplyRouter(Supplier<IntentClassifier> classifier, ScopeGate gate, FactStore facts, PeopleDirectory people,
                       TemplateStore templates, ConversationMemory memory, UnansweredLog unanswered) {
        this.classifier = classifier;
        this.unanswered = unanswered;
        this.gate = gate;
        this.memory = memory;
        this.personFinder = new PersonFinder(people::aliases);
        this.renderer = new TemplateRenderer(facts, templates);
        PersonResolver resolver = new PersonResolver(people);
        this.fallback = new SmallTalkHandler(renderer);
        for (String intent : List.of("greeting", "help", "thanks_bye", ScopeGate.OUT_OF_SCOPE)) {
            handlers.put(intent, fallback);
        }
        IntentHandler articleFacts = new ArticleFactHandler(renderer);
        for (String intent : ARTICLE_TOPICS) {
            handlers.put(intent, articleFacts);
        }
        handlers.put("summit_count", new SummitCountHandler(renderer, resolver, facts));
        handlers.put("person", new PersonHandler(renderer, resolver, facts));
    }

    /** Answers one message of conversation {@code conversationId}. */
    public Answer answer(String conversationId, String text) {
        return answer(conversationId, text, "unknown");
    }

    /**
     * Answers one message of conversation {@code conversationId}; {@code chatType} (private,
     * group, terminal...) is recorded with questions the bot could not answer.
     */
    public Answer answer(String conversationId, String text, String chatType) {
        String question = text == null ? "" : text;
        Optional<String> refusal = refuse(question);
        if (refusal.isPresent()) {
            return new Answer(question, ScopeGate.OUT_OF_SCOPE, 0, List.of(), refusal.get());
        }
        Prediction prediction = gate.predict(classifier.get(), question);
        String intent = gate.decide(prediction);
        Optional<ConversationMemory.Context> context = memory.recall(conversationId);
        List<PersonMention> mentions = personFinder.find(question);
        intent = ConversationRules.resolve(question, intent, prediction, mentions, context);
        Query query = new Query(question, intent, mentions, context);
        Reply reply = handlers.getOrDefault(intent, fallback).reply(query);
        // A follow-up already took the message's meaning from the conversation: no second question in it.
        String second = intent.equals(gate.decide(prediction)) ? secondQuestion(question, intent) : null;
        if (second != null) {
            Reply more = handlers.get(second).reply(new Query(question, second, mentions, context));
            reply = new Reply(reply.text() + " " + more.text(), reply.personId());
        }
        if (!ScopeGate.OUT_OF_SCOPE.equals(intent)) {
            memory.remember(conversationId, intent, reply.personId());
        } else if (unanswered != null) {
            unanswered.record(new UnansweredLog.Entry(question.strip(), chatType, prediction.intent(),
                    prediction.confidence(), prediction.runnerUp(), prediction.runnerUpConfidence()));
        }
        List<Entity> entities = mentions.stream()
                .map(m -> new Entity("person", m.person().id(), m.person().name(), m.matched()))
                .toList();
        return new Answer(question, intent, prediction.confidence(), entities, reply.text());
    }

    /** Answers a topic directly (e.g. a pressed topic button), as if its example were asked. */
    public Answer answerIntent(String conversationId, String intent) {
        if (!handlers.containsKey(intent)) {
            throw new IllegalArgumentException("unknown intent " + intent);
        }
        Query query = new Query("", intent, List.of(), memory.recall(conversationId));
        Reply reply = handlers.get(intent).reply(query);
        memory.remember(conversationId, intent, reply.personId());
        return new Answer("", intent, 1.0, List.of(), reply.text());
    }

    /** Every intent the router answers. */
    public Set<String> intents() {
        return Set.copyOf(handlers.keySet());
    }

    // "where is the summit, and when is it?": a second clause that confidently asks about another
    // article topic gets its answer too. People questions are left out: they need their own names.
    private String secondQuestion(String question, String intent) {
        if (!ARTICLE_TOPICS.contains(intent) || !CLAUSE_BREAK.matcher(question).find()) {
            return null;
        }
        IntentClassifier model = classifier.get();
        for (String clause : CLAUSE_BREAK.split(question)) {
            if (clause.isBlank()) {
                continue;
            }
            Prediction p = model.classify(clause);
            String other = gate.decide(p);
            if (!other.equals(intent) && ARTICLE_TOPICS.contains(other) && p.confidence() >= SECOND_QUESTION_CONFIDENCE) {
                return other;
            }
        }
        return null;
    }

    private Optional<String> refuse(String question) {
        String q = question.strip();
        if (q.isEmpty()) {
            return Optional.of("Please type a question about the Kim-Putin summit, for example \"Where is the summit?\"");
        }
        if (q.length() > MAX_QUESTION_LENGTH) {
            return Optional.of("That message is too long for me: please ask a shorter question (up to "
                    + MAX_QUESTION_LENGTH + " characters).");
        }
        if (!LATIN_LETTER.matcher(q).find()) {
            String topics = renderer.render("help", Map.of());
            return Optional.of(ANY_LETTER.matcher(q).find()
                    ? "Sorry, I can only read questions in English. " + topics
                    : "I can only answer questions written in words. " + topics);
        }
        return Optional.empty();
    }
}
