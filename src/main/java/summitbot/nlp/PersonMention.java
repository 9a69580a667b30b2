package summitbot.nlp;


/**
 * A person named in a question. {@code relativeOf} is set when the words were a kinship word
 * ("father") that names this person only as that relative's family.
 */
public record PersonMention(Person person, String matched, String relativeOf, int position) {
}
