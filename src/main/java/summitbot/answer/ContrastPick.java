package summitbot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who does?" right after "Unlike China, Russia has a very small footprint in the North": the one
 * the last answer set against its subject, read as if named ("and China?").
 */
final class ContrastPick {
    private static final Pattern WHO_DOES = Pattern.compile(
            "^(?:and |so |ok |but )?(?:who|which one|which country|what country)(?: actually| really)?"
                    // ("which country actually has people on the ground there then?": what the last
                    // answer says its subject lacks; not "who does business there?")
                    + " (?:does|did|has|do|is|has(?: [\\w']+){1,6}?)(?: then)?[?.!]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SET_AGAINST = Pattern.compile("^(?:Unlike|In contrast to|Compared with) ([^,]+),");

    private ContrastPick() {
    }

    /** "and X?" for a bare "who does?" after an answer that opens "Unlike X, ...", if it is one. */
    static Optional<String> rewrite(String message, String lastAnswer) {
        if (lastAnswer == null || !WHO_DOES.matcher(message.strip()).matches()) {
            return Optional.empty();
        }
        Matcher m = SET_AGAINST.matcher(lastAnswer.strip());
        return m.find() ? Optional.of("and " + m.group(1) + "?") : Optional.empty();
    }
}
