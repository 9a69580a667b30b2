package summitbot.answer;

import java.util.List;

/** What the bot made of a question and what it replies. */
public record Answer(String question, String intent, double confidence, List<Entity> entities, String reply) {
}
