package summitbot.answer;

import java.util.List;

/**
 * What the bot made of a question and what it replies: the intent, the classifier's confidence,
 * the people named, the reply, its kind (answer, decline, smalltalk, clarify), the answer units it
 * came from, how they were chosen, and for a clarifying question the topics it offers, in order.
 */
public record Answer(String question, String intent, double confidence, List<Entity> entities, String reply,
                     Reply.Kind kind, List<String> units, String detail, List<Choice> choices) {
    /**
     * Something the user can pick with one tap: a topic offered by a clarifying question ({@code id}
     * its intent) or a related question ({@code id} its answer unit), and the short question shown.
     */
    public record Choice(String id, String question) {
    }

    public Answer {
        entities = List.copyOf(entities);
        units = List.copyOf(units);
        choices = List.copyOf(choices);
    }

    public Answer(String question, String intent, double confidence, List<Entity> entities, String reply,
                  Reply.Kind kind, List<String> units, String detail) {
        this(question, intent, confidence, entities, reply, kind, units, detail, List.of());
    }
}
