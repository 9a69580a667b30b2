package summitbot.answer;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.nlp.AliasText;
import summitbot.nlp.Intents;

/**
 * "is it in st petersburg?" with nothing before it, or after a fact of the summit itself: "it" is
 * the summit, the article's subject, so the message is read as "is the summit in st petersburg?"
 * (a place a photo caption names is no answer to where the summit is).
 */
final class SummitMeant {
    private static final Pattern IT_IS_WHERE_OR_WHEN = Pattern.compile("^((?:so|and|ok|wait|but) )*"
            + "(is|was|will|isnt|wasnt|isn t|wasn t) it (be )?((being )?(held|happening|taking place|hosted) )?"
            + "(in|on|at) ");
    // The topics whose "it" is the summit: who meets, where and when.
    private static final Set<String> SUMMIT_TOPICS = Set.of(Intents.PARTICIPANTS, Intents.LOCATION, Intents.DATE);

    private SummitMeant() {
    }

    /** The message with "the summit" for "it", if it asks where or when "it" is and nothing else was meant. */
    static Optional<String> rewrite(String message, Optional<String> lastTopic) {
        if (lastTopic.isPresent() && !SUMMIT_TOPICS.contains(lastTopic.get())) {
            return Optional.empty();
        }
        String normal = AliasText.normalise(message);
        Matcher it = IT_IS_WHERE_OR_WHEN.matcher(normal);
        if (!it.find()) {
            return Optional.empty();
        }
        return Optional.of(normal.substring(0, it.start(2)) + it.group(2) + " the summit "
                + normal.substring(it.end(2) + " it ".length()) + "?");
    }
}
