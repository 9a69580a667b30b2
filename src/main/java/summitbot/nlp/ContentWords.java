package summitbot.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words of a text that carry its meaning: alias normal form, without function words, question
 * words and chat filler; as written (for word search) or as Porter stems (to compare inflections).
 */
public final class ContentWords {
    /** Function words, question words, auxiliaries and chat filler: never what a question is about. */
    public static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "then", "so",
            "of", "to", "in", "on", "at", "by", "for", "with", "about", "from", "into", "between", "among", "as", "than", "that", "this",
            "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
            "did", "done", "doing", "has", "have", "had", "having", "can", "could", "will", "would", "shall",
            "should", "may", "might", "must", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them",
            "their", "there", "here", "any", "some", "all", "just", "also", "too", "very", "really", "much",
            "many", "more", "most", "not", "no", "yes", "ok", "okay", "pls", "please", "plz", "tell", "know",
            "say", "says", "said", "article", "report", "story", "bot", "hey", "hi", "lol", "like", "tho", "u",
            "ur", "r", "ya", "yeah", "wat", "wut", "whats", "wats", "wuts", "whatre", "though", "hmm", "um", "uh",
            "get", "got", "go", "going", "gonna",
            "wanna", "thing", "things", "stuff", "exactly", "actually", "again", "now", "even", "still", "only",
            "s", "t", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "haven", "hasn", "d", "ll",
            "re", "ve", "m", "mean", "anyway", "btw", "guy", "guys", "one", "ones", "come", "happen", "happened",
            "up", "out", "over", "off", "down", "through", "pretty", "other", "else", "well", "way", "kind", "sort", "part", "bit",
            "right", "true", "correct", "wait", "oh", "ah", "dude", "man", "bro", "idk", "im", "cant", "ever", "least",
            "isnt", "arent", "wasnt", "werent", "doesnt", "didnt", "dont", "hasnt", "havent", "wont", "kinda",
            "sorta", "anything", "something", "maybe", "nvm", "nevermind", "alright", "thx", "ty", "yo", "anyways",
            "usually", "generally", "general", "overall", "typically", "normally", "basically", "literally", "honestly",
            "theyre", "hes", "shes", "getting", "gets", "bc", "cuz", "w", "abt", "feels", "lot", "lots", "loads",
            "plenty", "fine", "cool", "sure", "gotcha",
            "himself", "herself", "itself", "themselves", "since", "y", "seems", "seem", "seemed", "apparently",
            // "I read somewhere that...", "I heard...": how the asker came by a claim, not the claim.
            "read", "heard", "somewhere",
            // "..., i assume?", "obviously": how sure the asker is; "both" counts what the claim names.
            "obviously", "assume", "suppose", "presumably", "both", "per");

    private static final Pattern WANTS = Pattern.compile("\\b((get|gets|gain|gains|getting) out of|in it for"
            + "|would like to|would like|d like to|(trying|tries|try|aiming|aims|seeking|seeks|hoping|hopes|looking|looks) to"
            // "what putin is really after"
            + "|(is|are|s|was|were) (really |actually |even )?after$)\\b");
    // "what does beijing make of it?", "xi's take on the summit": what someone thinks of it.
    // ("how does pyongyang feel about leaning on china?" asks how officials feel, which the article says.)
    private static final Pattern THINKS_OF = Pattern.compile("\\b((make|makes|made) of|(take|opinion|view) on)\\b");
    private static final Pattern BOTH = Pattern.compile("\\b(two|both) of (them|they|those|these|us)\\b"
            + "|\\b(those|these) two\\b");
    private static final Pattern NTH_TIME = Pattern.compile("\\b(first|second|third|last) time\\b");
    // "at some point": when, not a word to find; "business people": the article's "businessmen".
    private static final Pattern AT_SOME_POINT = Pattern.compile("\\bat (some|any|one) point\\b");
    private static final Pattern BUSINESS_PEOPLE = Pattern.compile("\\bbusiness ?(people|persons|men|ppl|folks)\\b");
    // "who's coming with Kim?", "anyone going with him?", "who travels with him?": one word for
    // going along with someone, apart from travelling to a place.
    private static final Pattern ACCOMPANIES = Pattern.compile("\\b(coming|going|come|comes|goes|tagging along"
            + "|tag along|traveling|travelling|travel|travels|went) with (him|kim|putin|them|the leader)\\b");
    // "when was the korean war according to this": where the asker read it, not a word to find
    // ("according to the documents" is the article's own source).
    private static final Pattern PER_THE_ARTICLE = Pattern.compile("\\baccording to (this|it|the article|the report"
            + "|the story|the piece|the ap|ap|you)\\b");
    // "good morning! quick q, which agency...": how the asker opens, not what is asked.
    private static final Pattern OPENERS = Pattern.compile("\\b(good (morning|afternoon|evening|day)|quick (q|qs"
            + "|question|questions)|(one|another) (more )?question|just wondering|hello there|hi there|hey there)\\b");
    // "what came out of it?": its result ("kim came out of isolation" is no result).
    private static final Pattern RESULT_ASKED = Pattern.compile("\\b(what|anything|nothing) (came|comes|come|will come)"
            + " out of\\b");
    private static final Pattern ONE_ON_ONE = Pattern.compile("\\b(one|1) on (one|1)\\b");
    // "quick one", "which one", "one more thing", "one of them": "one" standing for a thing, not counting it.
    private static final Pattern ONE_AS_PRONOUN = Pattern.compile("\\b(quick|this|that|which|the|last|first|other"
            + "|another|each|every|no|any|some|only|real|big) one\\b|\\bone (more|last|thing|question|sec|of)\\b");

    // "the U.S." (normalised "the u s", whose letters are no words) and "the United States": one word.
    // ("the us" is the country: "us" alone is a word of no content.)
    private static final Pattern UNITED_STATES = Pattern.compile(
            "\\b(united states( of america)?|u s( a)?|usa|(?<=the )us)\\b");

    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

    private ContentWords() {
    }

    /** The content words of {@code text} as written, in order, without repeats. */
    public static List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        String normal = withoutCounts(AliasText.normalise(text));
        // "what does Putin get out of this?", "what's in it for Putin?": what he wants; "the regime
        // would like to keep it flowing", "is Kim trying to boost trade?": it wants to.
        normal = WANTS.matcher(normal).replaceAll("want");
        normal = THINKS_OF.matcher(normal).replaceAll("think of");
        // "the first time they meet": the time is the meeting's order, not a word to find.
        normal = NTH_TIME.matcher(normal).replaceAll("$1");
        normal = BUSINESS_PEOPLE.matcher(AT_SOME_POINT.matcher(normal).replaceAll("")).replaceAll("businessmen");
        normal = ACCOMPANIES.matcher(normal).replaceAll("accompany $2");
        normal = RESULT_ASKED.matcher(normal).replaceAll("$1 result of");
        normal = PER_THE_ARTICLE.matcher(normal).replaceAll("");
        normal = OPENERS.matcher(normal).replaceAll("");
        normal = UNITED_STATES.matcher(normal).replaceAll("america");
        for (String w : normal.split(" ")) {
            if (!w.isEmpty() && !STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * {@code normal} (alias normal form) without the number words that count nothing: "one-on-one"
     * is one word, the kind of meeting, "the two of them" means both and "quick one" is a question.
     */
    public static String withoutCounts(String normal) {
        String counted = ONE_AS_PRONOUN.matcher(ONE_ON_ONE.matcher(normal).replaceAll("oneonone")).replaceAll("$1$2");
        return BOTH.matcher(counted).replaceAll("");
    }

    /** The Porter stems of the content words of {@code text}. */
    public static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            out.add(stem(w));
        }
        return out;
    }

    public static String stem(String word) {
        return STEMMER.get().stem(word);
    }
}
