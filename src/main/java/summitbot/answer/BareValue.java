package summitbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import summitbot.facts.AnswerUnit;
import summitbot.nlp.AliasText;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * "moscow?", "100x?", "wonsan?" right after an answer that gave a value of that kind: a value
 * offered for the one given, read as "is it moscow?" is, so the rest of the pipeline checks it
 * against the last answer instead of taking it for a new question about Moscow.
 */
final class BareValue {
    private static final int MAX_WORDS = 3;
    private static final Pattern OPENER = Pattern.compile("^(?:so|oh|wait|not|or) ");
    // "and moscow?", "what about 2011?", "compared to china?": the same thing asked of another value,
    // not offered for it; "is it russia?" is offered already.
    private static final Set<String> NOT_OFFERED = Set.of("and", "what", "how", "about", "with", "in", "at", "on",
            "to", "from", "by", "since", "until", "before", "after", "than", "more", "less", "compared", "vs",
            "versus", "like", "unlike", "besides", "except", "is", "was", "are", "were", "it", "that", "this", "does",
            "did", "do", "has", "have", "will", "would", "can", "could", "which", "who", "where", "when", "why");

    private final SlotFinder slots;
    private final Function<String, List<Slot>> answerValues;

    /** @param answerValues the values an answer's text states (the ranker's, memoised) */
    BareValue(SlotFinder slots, Function<String, List<Slot>> answerValues) {
        this.slots = slots;
        this.answerValues = answerValues;
    }

    /**
     * The message as "is it ...?" when it is a bare value of a kind {@code lastAnswer} states. (Not
     * after a summary, which states several facts: "chongjin?" after the food aid asks for the one
     * that names the port.)
     */
    Optional<String> rewrite(String message, AnswerUnit lastAnswer) {
        String bare = message.strip();
        if (lastAnswer.summary() || !bare.endsWith("?")) {
            return Optional.empty();
        }
        String normal = OPENER.matcher(AliasText.normalise(bare)).replaceFirst("");
        String[] words = normal.split(" ");
        if (normal.isEmpty() || words.length > MAX_WORDS
                || java.util.Arrays.stream(words).anyMatch(NOT_OFFERED::contains)) {
            return Optional.empty();
        }
        // Read as a place would be after "in", so that "moscow" is a place and not a word.
        List<Slot> offered = slots.find("is it in " + normal, true, List.of()).stream()
                .filter(v -> !v.kind().equals(SlotFinder.PERSON)).toList();
        if (offered.size() != 1) {
            return Optional.empty();
        }
        String kind = offered.get(0).kind();
        boolean stated = answerValues.apply(lastAnswer.text()).stream().anyMatch(v -> v.kind().equals(kind));
        return stated ? Optional.of("is it " + normal + "?") : Optional.empty();
    }
}
