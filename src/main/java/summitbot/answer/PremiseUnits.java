package summitbot.answer;

import java.util.ArrayList;
import java.util.List;
import summitbot.facts.AnswerUnit;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * Which fact can check the values a yes/no question takes for granted ("is the summit in Beijing?"
 * is checked by the fact that says where it is), and whether a follow-up offers a value in place of
 * the one the last answer gave.
 */
final class PremiseUnits {
    // Where the whole story is set: a question naming it sets the scene, never another country.
    static final String HOME = "North Korea";

    private final UnitRanker ranker;
    private final YesNoAnswer yesNo;

    PremiseUnits(UnitRanker ranker, YesNoAnswer yesNo) {
        this.ranker = ranker;
        this.yesNo = yesNo;
    }

    // "is it russia?" after "North Korea has long depended on China as its primary trading partner":
    // a value offered in place of the one the last answer gave, of the same kind, with nothing around
    // it to say it is about something else ("is it in russia?" asks where, and may mean the summit).
    boolean offeredInstead(Query read, List<Slot> stated, AnswerUnit last) {
        return stated.size() == 1 && QuestionShape.offersAnotherValue(read.normal())
                && ranker.slotsOf(last.text()).stream().anyMatch(x -> x.kind().equals(stated.get(0).kind()));
    }

    // People are named everywhere ("will Putin help Kim?"): only places, dates, numbers and goods
    // send a question looking for the unit that can check them.
    boolean checkable(List<Slot> values, AnswerUnit unit) {
        List<Slot> unitSlots = ranker.slotsOf(unit.text());
        // A value the unit or its topic states ("to North Korea" against "... wheat to the North")
        // is the scene, checked by it too, whatever the unit is about.
        List<Slot> stated = new ArrayList<>(unitSlots);
        stated.addAll(yesNo.scene(unit));
        return !values.isEmpty() && values.stream()
                .allMatch(v -> YesNoCheck.comparable(List.of(v), unitSlots, unit.types())
                        || YesNoCheck.states(stated, v)
                        // "is there a food shortage in north korea?": the North is where the whole
                        // story is set, whichever fact names it.
                        || isHome(v)
                        // "with Xi?" against a summit "with Trump": the unit says who was there.
                        || (v.kind().equals(SlotFinder.PERSON)
                                && unitSlots.stream().anyMatch(u -> u.kind().equals(SlotFinder.PERSON))));
    }

    /** Whether the value is North Korea, where the whole story is set. */
    static boolean isHome(Slot v) {
        return v.kind().equals("place") && HOME.equals(v.value());
    }
}
