package summitbot.answer;

import java.util.List;
import java.util.Optional;
import summitbot.nlp.PersonMention;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.Slot;

/**
 * A question read once and passed on: its text, alias normal form, content words, shape (answer
 * type, yes/no, broad), checkable values, the people it names, the intent chosen for it, and the
 * conversation so far.
 */
public record Query(String text, String normal, List<String> words, QuestionShape shape, List<Slot> slots,
                    List<PersonMention> mentions, String intent, Optional<ConversationMemory.Context> context) {
    public Query {
        words = List.copyOf(words);
        slots = List.copyOf(slots);
        mentions = List.copyOf(mentions);
    }

    /** The same question answered as another intent (a second clause, a corrected topic). */
    Query withIntent(String other) {
        return new Query(text, normal, words, shape, slots, mentions, other, context);
    }
}
