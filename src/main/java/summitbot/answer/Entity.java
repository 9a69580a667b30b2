package summitbot.answer;

/** Something the question names that the reply depends on, e.g. a person. */
public record Entity(String type, String id, String name, String text) {
}
