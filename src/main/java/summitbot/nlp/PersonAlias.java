package summitbot.nlp;

/**
 * One way of naming a person, normalised. {@code relativeOf} is set for kinship words ("father")
 * that name this person only when they refer to that relative's family.
 */
public record PersonAlias(String alias, Person person, String relativeOf) {
}
