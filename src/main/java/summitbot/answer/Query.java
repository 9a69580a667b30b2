package summitbot.answer;

import java.util.List;
import java.util.Optional;
import summitbot.nlp.PersonMention;

/** A classified question as handlers see it: its intent, the people it names, and its context. */
public record Query(String text, String intent, List<PersonMention> mentions,
                    Optional<ConversationMemory.Context> context) {
}
