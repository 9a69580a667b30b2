package summitbot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.nlp.AliasText;

/**
 * "which one?" after "published this week in a Japanese newspaper": the message as "which
 * newspaper", the kind of thing the last answer spoke of, so the rest of the pipeline reads it as
 * if the user had asked which one that was.
 */
final class WhichOne {
    private static final Pattern WHICH_ONE = Pattern.compile(
            "(?:(?:so|and|ok|but) )*(?:which|what) ones?(?: (?:then|exactly|tho|though|was it|is it))*");
    // The things the article speaks of without always naming them.
    private static final Pattern THING = Pattern.compile("\\b(newspaper|researcher|port|city|resolution|leaders?"
            + "|summits?|projects?|officials|allies)\\b");

    private WhichOne() {
    }

    /** Whether a message does nothing but ask which one ("which one?", "so which ones exactly"). */
    static boolean asks(String normal) {
        return WHICH_ONE.matcher(normal).matches();
    }

    /** "which" and the first kind of thing {@code lastAnswer} speaks of, if the message asks which one. */
    static Optional<String> rewrite(String message, String lastAnswer) {
        if (lastAnswer == null || !asks(AliasText.normalise(message))) {
            return Optional.empty();
        }
        Matcher thing = THING.matcher(AliasText.normalise(lastAnswer));
        return thing.find() ? Optional.of("which " + thing.group(1) + "?") : Optional.empty();
    }
}
