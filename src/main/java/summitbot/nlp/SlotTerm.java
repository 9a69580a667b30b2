package summitbot.nlp;

import java.util.List;

/**
 * A word a yes/no question can be checked against: a place, day, month or commodity, with the
 * canonical names of the wider terms it falls within (Vladivostok within Russia, wheat within food).
 *
 * @param term      the words, in alias normal form
 * @param kind      place, day, month or commodity
 * @param canonical the name the term stands for
 * @param within    canonical names of wider terms
 */
public record SlotTerm(String term, String kind, String canonical, List<String> within) {
    public SlotTerm {
        within = List.copyOf(within);
    }
}
