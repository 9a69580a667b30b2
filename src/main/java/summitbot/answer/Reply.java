package summitbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AnswerType;

/**
 * A handler's reply: its text, what kind of reply it is, the answer units it came from (main one
 * first), the answer types and topic of the main unit, how it was chosen (for /why), and the person
 * it was about, if any (remembered for follow-ups).
 */
public record Reply(String text, Kind kind, List<String> units, Set<AnswerType> types, String detail,
                    String personId, String topic) {
    /** What a reply does for the user. */
    public enum Kind {
        /** States a fact of the article (or of an admin's edit). */
        ANSWER,
        /** Says the article does not answer this, or asks for a question it can read. */
        DECLINE,
        /** Greeting, help, thanks: nothing from the article. */
        SMALLTALK,
        /** Asks which of two topics was meant ("Did you mean ...?"): states no fact. */
        CLARIFY
    }

    public Reply {
        units = List.copyOf(units);
        types = Set.copyOf(types);
    }

    /** One unit's text as a sentence, of the unit's topic and answer types, about nobody in particular. */
    static Reply ofUnit(AnswerUnit unit, Kind kind, String detail) {
        return new Reply(TemplateRenderer.sentence(unit.text()), kind, List.of(unit.key()), unit.types(), detail, null,
                unit.intent());
    }

    /** The unit the reply was made from (the first, for a two-part reply), as {@code units} holds it now. */
    Optional<AnswerUnit> mainUnit(UnitStore store) {
        return units.stream().findFirst().flatMap(store::unit);
    }

    static Reply smallTalk(String text) {
        return new Reply(text, Kind.SMALLTALK, List.of(), Set.of(), "", null, null);
    }

    static Reply decline(String text) {
        return new Reply(text, Kind.DECLINE, List.of(), Set.of(), "", null, null);
    }

    Reply withText(String other) {
        return new Reply(other, kind, units, types, detail, personId, topic);
    }

    /** The same reply, about {@code person} (who "he" is in the next question). */
    Reply about(String person) {
        return new Reply(text, kind, units, types, detail, person, topic);
    }

    Reply withDetail(String other) {
        return new Reply(text, kind, units, types, other, personId, topic);
    }
}
