package summitbot.answer;

import java.util.List;
import java.util.Optional;
import summitbot.facts.AnswerUnit;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/** What the conversation rules may ask about a topic's answer units. */
interface TopicFacts {
    /** Whether {@code topic} has a unit (not a gap) giving that kind of answer. */
    boolean serves(String topic, AnswerType type);

    /** Whether a unit of {@code topic} names the person. */
    default boolean namesPerson(String topic, String personId) {
        return unitsNaming(topic, personId) > 0;
    }

    /**
     * The one fact of the whole article (not a gap, a summary or a person's own description) that
     * names the person, if only one does.
     */
    Optional<AnswerUnit> onlyFactNaming(String personId);

    /** How many units of {@code topic} (not gaps) name the person. */
    int unitsNaming(String topic, String personId);

    /** The largest share of the question's content words that one unit of {@code topic} (not a gap) holds. */
    double coverage(String topic, Query query);

    /** The cities the question names, with or without a word that puts something there ("and moscow?"). */
    List<Slot> citiesNamed(Query query);

    /** Whether a fact of {@code topic} (not a gap or summary) can check every one of the values. */
    boolean checks(String topic, List<Slot> values);

    /**
     * Whether a yes/no question names values (not times) that a fact of {@code other} can check and
     * none of {@code last} can: "is it on friday?" after where the summit is.
     */
    default boolean checkedOnlyBy(String other, String last, Query query) {
        List<Slot> values = query.values().stream().filter(v -> !v.kind().equals(SlotFinder.PERIOD)).toList();
        return query.shape().yesNo() && !values.isEmpty() && !checks(last, values) && checks(other, values);
    }

    /**
     * The one other article topic with a fact (not a gap or summary) about something the unit
     * {@code unitKey} mentions, in a run of words they share, near which that unit holds every
     * content word of the question ("which summit failed?" after "... after the failure of his
     * second summit with President Donald Trump" is Hanoi's).
     */
    Optional<String> bridgedBy(String unitKey, Query query);

    /**
     * Whether the text of the unit {@code unitKey} (a fact, not a gap or summary) holds every content
     * word of the question.
     */
    boolean states(String unitKey, Query query);

    /**
     * Whether the question has a content word that no unit uses and that names no checkable value
     * ("ukraine" in "what happened in ukraine today"; "today" names a time).
     */
    boolean namesSomethingForeign(Query query);

    /** Whether a gap unit of {@code topic} ("doesn't say how bad...") holds every content word of the question. */
    boolean coversWithGap(String topic, Query query);

    /** Whether a unit of {@code topic} (not a gap) holds at least half of the question's content words. */
    default boolean covers(String topic, Query query) {
        return coverage(topic, query) >= 0.5;
    }
}
