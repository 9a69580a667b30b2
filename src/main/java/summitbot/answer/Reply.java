package summitbot.answer;

/** A handler's reply and the person it was about, if any (remembered for follow-ups). */
public record Reply(String text, String personId) {
    public static Reply of(String text) {
        return new Reply(text, null);
    }
}
