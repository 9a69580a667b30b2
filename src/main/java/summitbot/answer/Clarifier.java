package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.TemplateStore;
import summitbot.facts.Topic;
import summitbot.nlp.AliasText;
import summitbot.nlp.Intents;
import summitbot.nlp.Prediction;

/**
 * "Did you mean ...?" (the two-stage fallback of Rasa): when a question would be declined but two
 * topics come close, the bot offers both instead of apologising; the next message (or a pressed
 * button) picks one. Thread-safe.
 */
final class Clarifier {
    // With the semantic signal, the best topic's combined score must reach this and come within
    // NEAR_DECLINE of the decline's; with the classifier alone, its probability must reach
    // ASK_CLASSIFIER (just under the gate). Measured on the tuning files (README): looser settings
    // mostly asked about questions the article cannot answer.
    static final double ASK_COMBINED = 0.5;
    static final double NEAR_DECLINE = 0.05;
    static final double ASK_CLASSIFIER = 0.25;
    private static final Set<String> FIRST = Set.of("1", "1)", "first", "the first", "the first one", "first one");
    private static final Set<String> SECOND = Set.of("2", "2)", "second", "the second", "the second one",
            "second one");
    private static final Set<String> NEITHER = Set.of("3", "neither", "none", "something else", "neither of them",
            "no", "nope");

    /** What the next message did with a pending question: picked a topic, or none of them. */
    record Pick(String intent) {
        boolean none() {
            return intent == null;
        }
    }

    private final TemplateStore templates;
    private final TemplateRenderer renderer;

    Clarifier(TemplateStore templates, TemplateRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /**
     * The two topics worth offering for a question about to be declined, best first, or none.
     * {@code combined}: whether the scores are the semantic signal's combined ones.
     */
    List<String> choices(Prediction opinion, boolean combined) {
        List<Map.Entry<String, Double>> best = opinion.scores().entrySet().stream()
                .filter(e -> Intents.ASKABLE_TOPICS.contains(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).toList();
        if (best.size() < 2 || best.get(0).getValue() < (combined ? ASK_COMBINED : ASK_CLASSIFIER)) {
            return List.of();
        }
        double top = opinion.scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (combined && top - best.get(0).getValue() > NEAR_DECLINE) {
            return List.of();
        }
        return List.of(best.get(0).getKey(), best.get(1).getKey());
    }

    /** The choices as the user sees them: each topic's short question. */
    List<Answer.Choice> described(List<String> intents) {
        Map<String, Topic> topics = new java.util.HashMap<>();
        templates.topics().forEach(t -> topics.put(t.intent(), t));
        return intents.stream().map(i -> new Answer.Choice(i,
                Optional.ofNullable(topics.get(i)).map(Topic::example).orElse(i))).toList();
    }

    /** The clarifying question; in a terminal the choices are numbered, on Telegram they are buttons. */
    Reply ask(List<Answer.Choice> choices, boolean terminal) {
        String first = quoted(choices.get(0).question());
        String second = quoted(choices.get(1).question());
        String text = renderer.render("answer.clarify", Map.of(
                "choice.1", terminal ? "1) " + first : first,
                "choice.2", terminal ? "2) " + second : second,
                "door.pick", renderer.render(terminal ? "answer.clarify.pick.terminal" : "answer.clarify.pick.telegram",
                        Map.of())));
        return new Reply(text, Reply.Kind.CLARIFY, List.of(), Set.of(), "offered "
                + String.join(" or ", choices.stream().map(Answer.Choice::id).toList()), null, null);
    }

    /** Whether {@code message} answers the pending question: "1", "the second", a choice's words, "neither". */
    Optional<Pick> picked(String message, ConversationMemory.Pending pending) {
        String said = AliasText.normalise(message).strip();
        if (FIRST.contains(said) || FIRST.contains(message.strip())) {
            return Optional.of(new Pick(pending.choices().get(0)));
        }
        if (SECOND.contains(said) || SECOND.contains(message.strip())) {
            return Optional.of(new Pick(pending.choices().get(1)));
        }
        if (NEITHER.contains(said)) {
            return Optional.of(new Pick(null));
        }
        List<Answer.Choice> choices = described(pending.choices());
        return choices.stream().filter(c -> AliasText.normalise(c.question()).equals(said))
                .map(c -> new Pick(c.id())).findFirst();
    }

    private static String quoted(String question) {
        return "\u201c" + question + "\u201d";
    }

}
