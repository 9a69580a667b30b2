package summitbot.facts;

import java.util.List;
import java.util.Set;
import summitbot.nlp.AnswerType;

/**
 * One claim of the article as the bot replies with it: a fact (its key, topic, text and
 * paragraph) with the answer types it serves, its kind and the example questions it answers.
 * A fact an admin added without unit details is a unit of kind {@code fact} that may serve any type.
 *
 * @param kind            {@code fact}, {@code summary} (a topic's overview) or {@code gap} (what
 *                        the article does not say, answered as a decline)
 * @param alsoParagraphs  further paragraphs the text rests on
 * @param examples        example questions written for the unit
 * @param learned         example questions learned from blind-written conversations ({@code data
 *                        harvest}): many more hands than {@code examples}, so they teach how the unit
 *                        is asked but are not taken as words the article knows
 * @param confirmations   the learned examples their writers asked as yes/no questions that the unit
 *                        answers "yes"
 */
public record AnswerUnit(String key, String intent, String text, Integer paragraphId, String kind,
                         Set<AnswerType> types, List<Integer> alsoParagraphs, List<String> examples,
                         List<String> learned, List<String> confirmations) {
    public static final String FACT = "fact";
    public static final String SUMMARY = "summary";
    public static final String GAP = "gap";

    public AnswerUnit {
        types = Set.copyOf(types);
        alsoParagraphs = List.copyOf(alsoParagraphs);
        examples = List.copyOf(examples);
        learned = List.copyOf(learned);
        confirmations = List.copyOf(confirmations);
    }

    public boolean summary() {
        return SUMMARY.equals(kind);
    }

    public boolean gap() {
        return GAP.equals(kind);
    }

    public boolean serves(AnswerType type) {
        return types.contains(type);
    }
}
