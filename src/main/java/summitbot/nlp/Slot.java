package summitbot.nlp;

import java.util.List;

/**
 * A checkable value in a text: a place, day, month, commodity, year, person or number.
 *
 * @param kind      place, day, month, commodity, year, person or number
 * @param value     the canonical value (a number as its digits, a person as their id)
 * @param within    wider values this one confirms (Vladivostok confirms Russia)
 * @param qualifier for numbers: how the text bounds it
 */
public record Slot(String kind, String value, List<String> within, Qualifier qualifier) {
    /**
     * How a number is bounded in the text: "more than 10,000", "as many as 50,000", "nearly"; ORDER is
     * an order of magnitude ("billions", "hundreds of millions"): from the value up to the next one.
     */
    public enum Qualifier { EXACT, MORE_THAN, AS_MANY_AS, ABOUT, LESS_THAN, ORDER }

    public Slot {
        within = List.copyOf(within);
    }

    public static Slot of(String kind, String value) {
        return new Slot(kind, value, List.of(), Qualifier.EXACT);
    }
}
