package summitbot.facts;

/** A topic users are offered, with an example question that the bot answers. */
public record Topic(String intent, String label, String example) {
}
