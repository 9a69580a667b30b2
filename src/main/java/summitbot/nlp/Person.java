package summitbot.nlp;

/** Someone the article names. */
public record Person(String id, String name) {
}
