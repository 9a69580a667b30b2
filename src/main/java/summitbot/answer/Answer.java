package summitbot.answer;

import java.util.List;

/**
 * What the bot made of a question and what it replies: the intent, the classifier's confidence,
 * the people named, the reply, its kind (answer, decline, smalltalk), the answer units it came
 * from and how they were chosen.
 */
public record Answer(String question, String intent, double confidence, List<Entity> entities, String reply,
                     Reply.Kind kind, List<String> units, String detail) {
    public Answer {
        entities = List.copyOf(entities);
        units = List.copyOf(units);
    }
}
