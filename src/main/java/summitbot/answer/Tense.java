package summitbot.answer;

import java.util.regex.Pattern;
import summitbot.nlp.AliasText;

/**
 * Whether a question asks about what is to come, and whether a fact speaks of it: what has happened
 * ("Russia announced that it had shipped...") answers nothing about what will ("will Russia send more?").
 */
final class Tense {
    // "going to" only before a verb: "is Kim going to Russia just for food?" is a movement, "is
    // there going to be a famine?" a prediction.
    private static final Pattern FUTURE = Pattern.compile("\\b(will|gonna|shall|ll|going to (be|happen|get|give"
            + "|lift|ease|make|do|sign|turn|help|send|stop|change|end|work|agree|come|take|leave|stay|invest|build"
            + "|pay|let|allow|need|want|reach))\\b");
    // "is putin going to pyongyang?": someone's journey under way or planned, which a visit of 2000
    // is not ("is the wheat going to chongjin?" asks where it went).
    private static final Pattern UNDER_WAY = Pattern.compile("\\b(is|are|s|re) (kim( jong un)?|putin"
            + "|vladimir putin|moon|xi|trump|medvedev|he|she|they|both( of them)?|the (two )?leaders)"
            + "( (also|still|really|actually))? (going|heading|travelling|traveling|flying|coming) to\\b");
    private static final Pattern ONWARD = Pattern.compile("\\b(after|afterwards|afterward|next|later|from there)\\b"
            // ("is he heading to vladivostok then?" concludes; "then to moscow" goes on.)
            + "|\\bthen (?=\\w)");
    private static final Pattern ON_TO = Pattern.compile(
            "\\b(going|heading|travelling|traveling|flying|moving) on to\\b");
    // "is he taking his armoured train?": how someone travels.
    // ("what's driving him?" is what moves him, not a car.)
    private static final Pattern TRAVEL_MODE = Pattern.compile("\\b(fly|flies|flying|flew|plane|jet|train|armou?red"
            + "|drive|drives|driving|drove|car|boat|sail|sailing)\\b(?! (him|her|them|kim|putin|it|this|that)\\b)");
    private static final Pattern AHEAD = Pattern.compile("\\b(will|would|going to|want|wants|wanted|plan|plans"
            + "|expected|hope|hopes|aim|aims|seek|seeks|by the end of|this summer|this year|next|is taking place"
            + "|are taking place|is being|are being|to be|ll|could|may|might|possibility|not entirely clear"
            + "|unlikely|likely|require|requires"
            // A willingness or (a lack of) interest is how someone stands towards what is to come.
            + "|willingness|willing|interest)\\b");

    private Tense() {
    }

    /** Whether a question in alias normal form asks about the future ("will", "gonna"). */
    static boolean asksFuture(String normalQuestion) {
        return FUTURE.matcher(normalQuestion).find();
    }

    /** Whether a question in alias normal form asks about a journey under way or planned ("is he going to..."). */
    static boolean asksJourney(String normalQuestion) {
        return UNDER_WAY.matcher(normalQuestion).find();
    }

    /**
     * Whether a question in alias normal form asks where someone goes after this ("is kim going on to
     * moscow after vladivostok?"), which the article never says.
     */
    static boolean asksOnwardJourney(String normalQuestion) {
        return asksJourney(normalQuestion) && ONWARD.matcher(normalQuestion).find()
                || ON_TO.matcher(normalQuestion).find();
    }

    /** Whether a question in alias normal form asks how someone travels (by plane, train, car). */
    static boolean asksHowSomeoneTravels(String normalQuestion) {
        return TRAVEL_MODE.matcher(normalQuestion).find();
    }

    /** Whether a fact speaks of what is coming, wanted, planned or possible, not only of what happened. */
    static boolean speaksAhead(String text) {
        return AHEAD.matcher(AliasText.normalise(text)).find();
    }
}
