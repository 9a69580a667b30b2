package summitbot.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for, read from its wording: the answer type ("how many" asks an amount,
 * "which port" a place), whether it wants a yes or a no, and whether it asks broadly about a
 * topic ("tell me about the workers").
 *
 * @param type  the answer type asked for
 * @param yesNo whether the question expects a yes or a no
 * @param broad whether the question asks for an overview rather than one fact
 */
public record QuestionShape(AnswerType type, boolean yesNo, boolean broad) {
    // Checked in order: "why ... where" asks a reason. Phrases are matched on whole words of
    // the alias normal form (lowercase words, single spaces, "what's" as "what").
    private static final List<Map.Entry<AnswerType, List<String>>> CUES = List.of(
            Map.entry(AnswerType.REASON, List.of("why", "how come", "what for", "for what reason", "the reason",
                    "what reason", "reasons", "what caused", "what is behind", "motive", "purpose", "wy", "y does",
                    "what stopping", "what is stopping", "what keeping", "what is keeping", "what holding",
                    "what is holding", "what prevents", "what preventing", "what is preventing", "what blocking",
                    "what is blocking", "what stands in", "what standing in", "what in the way", "what is in the way",
                    "y is", "y did",
                    // "what would it take?": what a goal requires, which the article gives as its conditions.
                    "it take", "that take", "would take", "require", "requires", "need to change", "needs to change",
                    "need to happen", "needs to happen")),
            Map.entry(AnswerType.AMOUNT, List.of("how many", "how much", "number of", "what amount", "how big",
                    "how large", "what figure", "how many times", "what percentage", "how mny", "how manny",
                    "how mant", "what quantity", "how many tons")),
            Map.entry(AnswerType.PLACE, List.of("where", "which city", "what city", "which port", "what port",
                    "which country", "what country", "which place", "what place", "what region", "which region",
                    "what part of", "which part of", "location", "wher", "were is", "were are", "were do", "were does",
                    "were will")),
            Map.entry(AnswerType.DATE, List.of("when", "what time", "what year", "which year", "what day",
                    "which day", "what date", "what month", "which month", "how long ago", "since when", "by when",
                    "how long", "wen", "what deadline", "deadline", "which yr", "what yr")),
            Map.entry(AnswerType.PERSON, List.of("who", "whom", "whose", "which leader", "what leader",
                    "which president", "what president", "which leaders", "name of", "by whom", "which newspaper",
                    "what newspaper", "which paper", "what paper", "which researcher", "what researcher",
                    "which officials", "what officials", "which official", "which reporter", "what reporter")),
            Map.entry(AnswerType.LIST, List.of("which projects", "what projects", "what are", "which are", "list",
                    "like what", "such as", "for example", "for instance", "examples",
                    "what kind of", "what kinds of", "what sort of", "what things", "which things")));
    // Where things stand, not a place: "where do the US and NK stand?", "where does that leave
    // things?", "where are kim's efforts to get out from under them?".
    private static final Pattern STAND = Pattern.compile(" where (?:(?:do|does|did) (?:\\w+ ){1,3}stand"
            + "|(?:do|does|did|will) (?:\\w+ ){1,2}leave|(?:is|are|re|s) (?:\\w+ ){0,3}(?:efforts|talks|things"
            + "|relations|ties|negotiations|process|matters)) ");
    // "where does that number come from?" asks its source, who says so, not a place.
    private static final Pattern COME_FROM = Pattern.compile(
            " where ((do|does|did|is|are) (\\w+ ){1,8}(come|came|coming) from )");
    // ("where do the workers come from?" asks where they are from.)
    private static final Pattern CLAIMED = Pattern.compile("\\b(that|this|it|number|numbers|figure|figures|estimate"
            + "|goal|target|plan|idea|info|information|claim|claims|data|stat|stats|thing|docs|documents|report)\\b");
    // "whats", "wats" typed without the apostrophe read as "what's" does.
    private static final Pattern WHATS = Pattern.compile(" (whats|wats|wat) ");
    private static final Pattern OR_CHOICE = Pattern.compile("(.* )?or( .*)?");
    // "which Japanese newspaper", "what South Korean researcher": asks who, by name.
    private static final Pattern IDENTITY = Pattern.compile("\\b(?:(?:which|what) (?!country|nation)(?:\\w+ ){0,2}"
            + "|name of (?:the |that |this )?(?:\\w+ ){0,2}"
            + "|(?:who (?:is |was |s )?|whos )(?:the |that |this )(?:\\w+ ){0,2})"
            + "(newspaper|paper|researcher|reporter|journalist|author|writer|official|officials|photographer"
            + "|publication|outlet|company|companies)\\b");
    private static final Pattern WANTS_OVERALL = Pattern.compile("(?:(?:yo|ok|so|and|hey|but) )*"
            // "can you give me a quick rundown of what kim is hoping to get from putin?"
            + "(?:(?:(?:can|could) you )?(?:give me|tell me|explain)(?: a| the)?(?: quick| short| brief)?"
            + "(?: rundown| summary| overview| sense| idea)?(?: of)? )?"
            + "(?:what|wat|wut|whats|wats)(?: does| do| is| did)? (?:kim|he|kim jong un)(?: is| s| was)?"
            + "(?: even| really| actually)? (?:want|wants|hoping to get"
            + "|hope to get|after|tryna get|trying to get|looking for|want to get)"
            // ("what does kim want to get from putin in this meeting?": two such places at most.)
            + "(?: (?:from|out of|outta|with|in|going into|at|for)"
            + " (?:putin|russia|him|it|vladivostok|this(?: whole thing| summit| meeting| trip| visit)?"
            + "|the (?:summit|meeting|trip|visit|talks))){0,2}"
            + "(?: lol| exactly| even| here| overall| in general)?");
    // "could you tell me more about the food situation?": a request put as a question, not a yes/no one.
    private static final Pattern REQUEST = Pattern.compile("^ ?(?:\\w+ ){0,2}(?:can|could|would|will) (?:you|u)"
            + " (?:please |pls )?(?:tell|give|explain|describe|share|summarize|summarise|walk|break|fill|list|show"
            + "|talk|go over|sum up)\\b");
    private static final Pattern EMBEDDED_WH = Pattern.compile(" (say|says|said|mention|mentions|tell|tells|know"
            + "|explain|explains|idea|reveal|reveals|state|states|remember) (me |us |you )?(what|which|who|when|where"
            + "|why|how) ");
    // "how many times did they meet?": occasions counted, which dated facts list.
    private static final Pattern OCCASIONS = Pattern.compile("\\b(how many times|how often|how many meetings"
            + "|how many visits)\\b");
    // "why now?", "why is this summit happening now?": the whole story of the timing.
    private static final Pattern WHY_NOW = Pattern.compile("(?:\\w+ ){0,2}(?:why|y)(?: \\w+){0,5} now(?: then)?");
    private static final Pattern SUBORDINATE = Pattern.compile("^ (?:\\w+ )*?(?:what|which|who|how|why) (?:\\w+ )+?"
            + "(when|while|after|before) (he|she|they|it|kim|putin|the|his|their|we|you|i) ");
    private static final Pattern SIZE_JUDGED = Pattern.compile("(?:(?:so|and|but|ok|hmm|wow) )*(?:is|was|are|were)"
            + " (?:that|it|this|those|these|they) (?:a lot|alot|much|many|big|huge|large|significant|a big deal"
            + "|enough|small|little|a little|not much)(?: then| really| tho| though)?");
    private static final int ELLIPSIS_WORDS = 4;
    // Words a question may open with before it starts: "so they meet on thursday?", "ok but did...".
    private static final Set<String> FILLER = Set.of("so", "and", "but", "ok", "okay", "also", "then", "wait", "hey",
            "oh", "hmm", "lol", "btw", "just", "quick", "question", "q", "nvm", "nevermind", "alright", "cool",
            "thanks", "thx", "ty", "yo", "um", "uh", "well", "anyway", "anyways", "hi", "hello", "fine", "sure",
            "gotcha");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "did", "does", "do", "has",
            "have", "had", "can", "could", "will", "would", "should", "isn", "aren", "wasn", "weren", "didn",
            "doesn", "don", "hasn", "haven", "hadn", "won", "wouldn", "shall", "am", "r", "iz", "dose", "dont", "isnt",
            "arent", "wasnt", "werent", "didnt", "doesnt", "hasnt", "havent", "wont", "wouldnt");
    private static final List<String> YES_NO_TAILS = List.of(" right", " correct", " true", " yes", " no",
            " isn t it", " is that so", " yeah");
    // "kim n trump have met 3 times now havent they": a tag question at the end (not "how much was it").
    private static final Pattern TAG = Pattern.compile(" (is|isn t|isnt|are|aren t|arent|was|wasn t|wasnt|were"
            + "|weren t|werent|do|don t|dont|does|doesn t|doesnt|did|didn t|didnt|has|hasn t|hasnt|have|haven t"
            + "|havent|will|won t|wont) (it|they|he|she|that|there|we)$");
    // "the wheat went to pyongyang, right? that's what tom said": a claim tagged for agreement, then a
    // remark that asks nothing.
    private static final Pattern TAG_THEN_REMARK = Pattern.compile("(?i)(?:,|\\b)\\s*(?:right|correct|true|yeah"
            + "|isn'?t (?:it|that|he|she|they)|aren'?t they|didn'?t (?:he|she|they|it)|no)\\s*\\?+\\s+"
            + "(?!(?:what|which|who|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|can|could|will"
            + "|would|should)\\b)[^?]*$");
    // The words a message may open with before a hedge, a belief or a request to check a claim.
    private static final String OPENERS = "so|ok|okay|well|hmm|wait|and|but|also|hi|hey";
    private static final Pattern HEDGE = Pattern.compile("(?i)^\\s*(?:(?:" + OPENERS + ")[,!.]?\\s+)*"
            + "(?:i (?:might|may|could) be wrong(?: here| about this)?|correct me if i['’]?m wrong|unless i['’]?m mistaken"
            + "|if i (?:remember|recall) (?:right|rightly|correctly)|not (?:100% |totally |entirely )?sure but"
            + "|i['’]?m not (?:100% |totally |entirely )?sure but|i could be mistaken)[\\s,.:;!-]*(?:but\\b)?[\\s,:-]*");
    // "so i thought ...", "i heard that ...": how a belief offered to be checked opens.
    private static final String BELIEF_VERBS = "thought|heard|read|remember|think|believe|was told|assumed|figured";
    // BELIEF as written, before normalising.
    private static final Pattern HELD_BELIEF = Pattern.compile("(?i)^\\s*(?:(?:" + OPENERS + ")[,.]?\\s+)*"
            + "i (?:" + BELIEF_VERBS + ")(?: that)?[\\s,]+(\\S.*)$");
    // "can you confirm the summit is in Vladivostok?", "please verify that ...": a request to check a
    // claim, which asks the claim, after any remark ("I'm editing this piece. Can you confirm ...").
    private static final Pattern CHECK_REQUESTED = Pattern.compile("(?i)^(?:[^?]*?[.!]\\s+)?"
            + "\\s*(?:(?:" + OPENERS + ")[,.]?\\s+)*"
            + "(?:(?:can|could|would) you (?:please |just )?|please |just )?(?:confirm|verify|double[- ]check)"
            + "(?: for me)?(?: that| whether| if)?[\\s,:]+(\\S.*)$");
    private static final Pattern CLOSING_STOPS = Pattern.compile("[.!]+$");
    private static final Pattern FIGURES_ASKED = Pattern.compile("\\b(numbers|figures|stats|statistics|in dollars)\\b");
    private static final Pattern FIGURES_SOURCED = Pattern.compile("\\b(come|came|comes|coming) from\\b|\\bsource");
    private static final Pattern TRAILING_CHATTER = Pattern.compile("( (lol|lmao|haha|hah|tho|though|ok|then))+$");
    private static final Pattern BELIEF = Pattern.compile("^(?:(?:" + OPENERS + ") )*i (?:" + BELIEF_VERBS
            + ")(?: that)? (.+)$");
    // A claim opened with "so": at least "so" and two words, and not "so many", "so far"...
    private static final int SO_CLAIM_WORDS = 3;
    private static final Set<String> SO_QUALIFIES = Set.of("many", "much", "far", "long", "what", "how", "why",
            "who", "where", "when", "which", "whats", "wheres", "whos", "hows", "whens", "tell", "explain");
    // Words after a "when" or "where" that make it open a clause rather than ask.
    private static final int CLAUSE_WORDS = 2;
    private static final Set<String> SUBORDINATING = Set.of("when", "where");
    private static final List<String> YES_NO_PHRASES = List.of("is it true", "is it correct", "am i right",
            "true or false", "is that true", "is that right", "confirm");
    private static final List<String> BROAD = List.of("tell me about", "tell me bout", "tell me abt", "tell me more",
            "what about", "how about",
            "explain", "describe", "summarize", "summarise", "summary", "overview", "background", "the deal with",
            "going on with", "info on", "information on", "info about", "anything about", "more about", "story with",
            "story of", "details on", "break down the", "break down this", "break down that", "break down what",
            "break it down", "rundown", "low down", "lowdown", "fill me in", "catch me up",
            "the gist", "in a nutshell", "short version", "quick version", "brief me", "talk about",
            "everything about", "what do you know about",
            "whats up with", "what up with", "the situation with", "the situation of",
            "the situation in", "situation in", "situation with", "what happening to", "what is happening to",
            "what happening with", "what is happening with", "whats happening with", "going on between",
            "the deal w", "tl dr", "tldr", "gist", "main points", "key points", "sum up", "sum it up",
            "recap", "in short", "the basics", "what happened with", "goin on", "angle", "to do with any of this",
            "to do with all this", "to do with all of this", "give me the history", "the history between",
            "the history of", "what on his", "what on kim", "what on kims", "what is on his",
            "what is on kim", "big picture", "any news about", "any news on", "whats the story", "what s the story",
            "situation", "whole picture", "full picture", "walk me through", "run me through", "take me through",
            "it say about", "it says about", "article say about", "article says about", "story say about",
            "story says about", "in there about", "overall", "section");
    // "give me the sanctions picture": an overview asked for, as "the big picture" is.
    // ("and the china bit?": a part of the story named as a part.)
    private static final Pattern PICTURE_ASKED = Pattern.compile(
            " (?:give|paint|show) me (?:the|a) (?:\\w+ ){0,2}picture |^ (?:and |what about )?the (?:\\w+ ){1,2}bit(?: too| then)? $");
    // "what's this article abt": the short ways of writing "about".
    private static final Pattern ABOUT_SHORT = Pattern.compile(" (abt|bout|abut) ");
    // ("fair enough. what's this article about then": the acknowledgement asks nothing.)
    private static final Pattern LEADING_FILLER = Pattern.compile("^ (?:(?:ok|okay|so|and|but|hey|yo|well|fair enough"
            + "|got it|i see|cool|alright|oh|ah|hmm|thanks|thx) )+");
    private static final Pattern OFFERED_INSTEAD = Pattern.compile(
            "(?:so |oh |wait )?(?:is|was|isn t|wasn t) (?:it|that|this|the answer) (?:the |not )?"
                    + "(?!(?:in|at|to|from|on|with|of|into|near|by|for|about) )\\S+(?: \\S+)?");
    private static final Pattern GENERALLY = Pattern.compile(" (?:in general|overall|generally|basically) $");
    private static final Set<String> BROAD_FILLERS = Set.of("the", "a", "and", "about", "what", "so", "ok",
            "now", "then", "please", "pls", "plz", "thing", "stuff", "situation", "topic", "whole");
    // "did trump say anything about it?", "what has moon said about the meeting?": who is asked to
    // have said something.
    private static final Pattern SPEAKER_ASKED = Pattern.compile("\\b(?:did|does|do|has|have|had|will|would|is|was)"
            + " ((?:\\w+ ){1,3}?)(?:ever |even |just |also |actually )?"
            + "(?:say|said|saying|comment|commented|react|reacted|respond|responded|tell|told)\\b(?! me\\b)");
    // "and it's on thursday?": a verb contracted (the normal form drops it), so a question of its own.
    private static final Pattern CONTRACTED_VERB = Pattern.compile("\\b(?:it|that|he|she|this|there|they|we)['’]?(?:s|re)\\b");
    private static final int WHAT_ABOUT_WORDS = 6;
    private static final int THE_THING_ABOUT_WORDS = 4;
    private static final int GUESS_WORDS = 4;
    // "how bad is it?": a degree asked, not an overview.
    private static final Pattern DEGREE_ASKED = Pattern.compile(" how (bad|serious|severe|dire|grave|critical) ");
    // "where exactly in vladivostok, some hotel?": a guess of no value, asking the more exact answer.
    private static final Set<String> VAGUE_GUESS = Set.of("some", "somewhere", "something", "someone", "somebody");
    // "who else met him, besides putin?": the one set aside, not a guess to confirm.
    private static final Set<String> SET_ASIDE = Set.of("besides", "except", "excluding", "apart", "aside", "other",
            "barring", "beyond");
    // The last of several sentences, when it is a question.
    private static final Pattern LAST_SENTENCE_ASKS = Pattern.compile("[.!]\\s+([^.!?]+\\?)\\s*$");
    private static final Pattern GUESSED_IT = Pattern.compile("^(?:so |or )?(?:is|was|are|were) (?:it|that|they|there)"
            + " \\S");
    // The last of several sentences, when it is a question, after any sentence (a question too).
    private static final Pattern LAST_QUESTION = Pattern.compile("[.!?]\\s+([^.!?]+\\?)\\s*$");
    /** The words that ask who, what, which, when, where, why or how, as people type them ("whats", "wat"). */
    public static final Set<String> WH_WORDS = Set.of("what", "whats", "wat", "wats", "which", "who", "whos", "whom",
            "whose", "when", "whens", "where", "wheres", "why", "how", "hows");

    /**
     * Whether the whole question offers one value for what was just said, with nothing around it
     * ("is it russia?", "was that chongjin?"; not "is it in russia?", which asks where).
     */
    public static boolean offersAnotherValue(String normal) {
        return OFFERED_INSTEAD.matcher(normal).matches();
    }

    /** Whether the question only asks how big the last thing said is: "is that a lot?", "was it much?". */
    public static boolean judgesSize(String normal) {
        return SIZE_JUDGED.matcher(normal).matches();
    }

    /**
     * Who a question asks to have said something ("did trump say anything about the summit?" ->
     * "trump"), or null.
     */
    public static String speakerAsked(String normal) {
        Matcher m = SPEAKER_ASKED.matcher(normal);
        return m.find() ? m.group(1).trim() : null;
    }

    /**
     * The thing a question asks to be named ("which Japanese newspaper" -> "newspaper"), or null.
     */
    public static String identityAskedFor(String normal) {
        Matcher m = IDENTITY.matcher(normal);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Reads the shape of a question: {@code normal} is its alias normal form
     * ({@link AliasText#normalise}); {@code text} as typed, for its question mark ("so they meet on
     * Thursday?" asks a yes or a no).
     */
    public static QuestionShape of(String normal, String text) {
        // "so kim is going to see putin. whats he hoping to get out of it?": a remark, then the
        // question, whose shape is the message's.
        Matcher last = LAST_SENTENCE_ASKS.matcher(text);
        if (last.find()) {
            String asked = AliasText.normalise(last.group(1));
            if (WH_WORDS.contains(WHATS.matcher(" " + asked + " ").replaceAll(" what ").strip().split(" ")[0])) {
                return of(asked, last.group(1));
            }
        }
        // "where do things stand?" asks how things are, not a place.
        String padded = STAND.matcher(" " + normal + " ").replaceAll(" what stand ");
        padded = COME_FROM.matcher(padded).replaceAll(m -> CLAIMED.matcher(m.group(1)).find() ? " who $1" : " what $1");
        padded = WHATS.matcher(padded).replaceAll(" what ");
        // "what was Kim's plan when he came out of isolation?" asks what, not when: a clause that
        // follows the question word only sets the time.
        Matcher clause = SUBORDINATE.matcher(padded);
        String cued = clause.find() ? padded.substring(0, clause.start(1)) : padded;
        AnswerType type = IDENTITY.matcher(normal).find() ? AnswerType.PERSON : AnswerType.DESCRIPTION;
        for (Map.Entry<AnswerType, List<String>> cue : CUES) {
            if (type == AnswerType.DESCRIPTION
                    && cue.getValue().stream().anyMatch(c -> cued.contains(" " + c + " "))) {
                type = cue.getKey();
                break;
            }
        }
        // "china trade numbers?", "how much is that in dollars": figures asked for, unless where they
        // come from is ("where did those trade numbers come from?").
        if (type == AnswerType.DESCRIPTION && FIGURES_ASKED.matcher(normal).find()
                && !FIGURES_SOURCED.matcher(normal).find()) {
            type = AnswerType.AMOUNT;
        }
        String[] words = normal.isEmpty() ? new String[0] : normal.split(" ");
        boolean broad = broad(words, padded, type);
        boolean declarativeQuestion = (text.strip().endsWith("?") || soClaim(words)) && words.length > 1 && !broad
                && !asksWhOutsideAClause(words) && !EMBEDDED_WH.matcher(padded).find() && !elliptical(words, text);
        return new QuestionShape(type, yesNo(words, padded) || declarativeQuestion || lastClauseYesNo(text)
                || lastSentenceYesNo(text) || tagThenRemark(text), broad);
    }

    // "oh so it was seoul they warned": a claim opened with "so" offers what the reader took from the
    // last answer to be checked, question mark or not ("so many summits" is no such opening).
    private static boolean soClaim(String[] words) {
        for (int i = 0; i < words.length - SO_CLAIM_WORDS + 1; i++) {
            if (words[i].equals("so")) {
                return !SO_QUALIFIES.contains(words[i + 1]);
            }
            if (!FILLER.contains(words[i])) {
                return false;
            }
        }
        return false;
    }

    // "how many were there at the peak? was it 100,000?": a guess of what the question before asks, as
    // a sentence of its own. ("is it a hotel or a government building?" offers two; "will people
    // starve?" asks something new.)
    private static boolean lastSentenceYesNo(String text) {
        Matcher last = LAST_QUESTION.matcher(text);
        if (!last.find()) {
            return false;
        }
        String guess = AliasText.normalise(last.group(1));
        return GUESSED_IT.matcher(guess).find() && !OR_CHOICE.matcher(guess).matches();
    }

    /** Where the last comma that ends a clause stands (not one inside a figure: "50,000"), or -1. */
    public static int lastClauseComma(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.charAt(i) == ',' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    // Where a guess after a question may start: after its last clause comma, or after a question
    // mark that ends the question ("who's warned seoul? beijing?").
    private static int guessBreak(String text) {
        String strip = text.stripTrailing();
        int asked = strip.lastIndexOf('?', strip.length() - 2);
        return Math.max(lastClauseComma(text), asked);
    }

    // "and putin's picture, was that in moscow?": the question proper after a comma asks yes or no.
    // So does a guess after a question.
    private static boolean lastClauseYesNo(String text) {
        if (guessedWords(text) > 0) {
            return true;
        }
        int comma = lastClauseComma(text);
        if (comma < 0) {
            return false;
        }
        String clause = AliasText.normalise(text.substring(comma + 1));
        if (clause.isEmpty() || asksWh(clause)) {
            return false;
        }
        return yesNo(clause.split(" "), " " + clause + " ");
    }

    /** Whether a clause is a few words with no question word of their own ("seoul", "the workers"). */
    public static boolean shortOfItsOwnQuestion(String clause) {
        String normal = AliasText.normalise(clause);
        return !normal.isEmpty() && normal.split(" ").length <= GUESS_WORDS && !asksWh(normal);
    }

    /**
     * How many words the guess after a question has ("how much wheat was it, like 20k tons?": three;
     * "where is the summit, moscow?": one), or 0 when the message ends with none: a few words after its
     * last comma, of no question of their own, that offer one value for what the question asks.
     */
    public static int guessedWords(String text) {
        int comma = guessBreak(text);
        if (comma < 0 || !text.strip().endsWith("?")) {
            return 0;
        }
        String clause = AliasText.normalise(text.substring(comma + 1));
        String[] words = clause.split(" ");
        boolean guess = shortOfItsOwnQuestion(clause)
                && !OR_CHOICE.matcher(clause).matches() && !VAGUE_GUESS.contains(words[0])
                && !SET_ASIDE.contains(words[0])
                && asksWh(AliasText.normalise(text.substring(0, comma)));
        return guess ? words.length : 0;
    }

    // "ties fell apart when the soviet union collapsed in 1989?": a "when" or "where" inside the claim
    // opens a clause of its own (two words at least after it), and asks nothing.
    // ("and where did he meet kim's dad?" opens with its "where", after filler.)
    private static boolean asksWhOutsideAClause(String[] words) {
        boolean claimed = false;
        for (int i = 0; i < words.length; i++) {
            if (WH_WORDS.contains(words[i])
                    && !(claimed && SUBORDINATING.contains(words[i]) && words.length - i > CLAUSE_WORDS)) {
                return true;
            }
            claimed |= !FILLER.contains(words[i]);
        }
        return false;
    }

    private static boolean asksWh(String normal) {
        return Arrays.stream(normal.split(" ")).anyMatch(WH_WORDS::contains);
    }

    // "and his dad?", "and the second one?": a thing named after "and", with no verb, asks about it
    // as the last question did, not whether it is so.
    // ("and it's on thursday?" has its verb, contracted.)
    private static boolean elliptical(String[] words, String text) {
        // ("and moon two times?" offers a figure to check.)
        return words.length <= ELLIPSIS_WORDS && (words[0].equals("and") || words[0].equals("or"))
                && Arrays.stream(words).noneMatch(AUXILIARIES::contains)
                && Arrays.stream(words).noneMatch(w -> !w.equals("one") && SlotFinder.figureWord(w))
                && !CONTRACTED_VERB.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** Whether {@code normal} asks everything someone is after: "what does Kim want from Putin?". */
    public static boolean wantsOverall(String normal) {
        return WANTS_OVERALL.matcher(normal).matches();
    }

    /** Whether a question opens with an auxiliary verb ("is trump...", "did russia..."), after filler. */
    public static boolean opensWithAuxiliary(String normal) {
        for (String w : normal.split(" ")) {
            if (!FILLER.contains(w)) {
                return AUXILIARIES.contains(w);
            }
        }
        return false;
    }

    /**
     * Whether a question ends by asking for agreement: "..., right?", "bit late isn't it", whatever
     * chatter follows the tag ("..., right? lol"); a "do they" tag after a wh-question asks that.
     */
    public static boolean endsWithTag(String normal) {
        String trimmed = TRAILING_CHATTER.matcher(" " + normal.strip()).replaceFirst("");
        return YES_NO_TAILS.stream().anyMatch(trimmed::endsWith)
                || (TAG.matcher(trimmed).find() && !asksWh(trimmed.strip()));
    }

    /**
     * The message without a hedge it opens with ("I might be wrong but", "correct me if I'm wrong,"):
     * how sure the asker is, not what is asked; the message itself when it has none or is nothing else.
     */
    public static String withoutHedge(String text) {
        Matcher hedge = HEDGE.matcher(text);
        boolean hedged = hedge.find() && hedge.end() < text.length();
        String rest = hedged ? text.substring(hedge.end()) : text;
        // "I thought the meeting was on a Friday?", "can you confirm the meeting is on Thursday?": the
        // belief or the claim to check is what is asked ("the meeting was on a Friday?"), which the
        // classifier hears better without the asker in it ("can you confirm when ..." asks when).
        Matcher claimed = HELD_BELIEF.matcher(rest);
        boolean checked = claimed.find() && believed(AliasText.normalise(rest));
        if (!checked) {
            claimed = CHECK_REQUESTED.matcher(rest);
            checked = claimed.find();
        }
        if (checked) {
            String claim = claimed.group(1).strip();
            rest = claim.endsWith("?") ? claim : asQuestion(claim);
        }
        return hedged || checked ? Character.toUpperCase(rest.charAt(0)) + rest.substring(1) : text;
    }

    /** A claim asked as a question: "Moscow helped rebuild the North." as "Moscow helped rebuild the North?". */
    public static String asQuestion(String claim) {
        return CLOSING_STOPS.matcher(claim.strip()).replaceAll("").stripTrailing() + "?";
    }

    /** Whether a message is a claim tagged for agreement, then a remark asking nothing ("..., right? tom said so"). */
    public static boolean tagThenRemark(String text) {
        return TAG_THEN_REMARK.matcher(text).find();
    }

    /** Whether a question counts occasions ("how many times", "how often"), which dated facts list. */
    public static boolean countsOccasions(String normal) {
        return OCCASIONS.matcher(normal).find();
    }

    /** Whether a question asks "why now?": why the summit happens at this time, not an elliptical why. */
    public static boolean asksWhyNow(String normal) {
        return WHY_NOW.matcher(normal.strip()).matches();
    }

    private static boolean yesNo(String[] words, String padded) {
        if (words.length == 0) {
            return false;
        }
        int first = 0;
        // "so they meet on thursday?", "and is it in vladivostok", "ok but did russia send rice"
        while (first < words.length - 1 && FILLER.contains(words[first])) {
            first++;
        }
        // "does the article say which sector they work in?", "can you tell me when it is?": the
        // question inside asks which or when, not yes or no.
        if (EMBEDDED_WH.matcher(padded).find() || REQUEST.matcher(padded).find()) {
            return false;
        }
        if (AUXILIARIES.contains(words[first]) && !WH_WORDS.contains(next(words, first))) {
            return true;
        }
        return endsWithTag(padded) || YES_NO_PHRASES.stream().anyMatch(p -> padded.contains(" " + p + " "))
                || believed(padded.strip());
    }

    // "i thought ties broke down in 1989 when the wall fell?": a belief offered to be checked, unless
    // what follows asks which or who ("i heard about the wheat, how much was it?").
    private static boolean believed(String normal) {
        Matcher belief = BELIEF.matcher(normal);
        return belief.find() && Arrays.stream(belief.group(1).split(" ")).noneMatch(w -> WH_WORDS.contains(w)
                && !SUBORDINATING.contains(w));
    }

    private static String next(String[] words, int i) {
        return i + 1 < words.length ? words[i + 1] : "";
    }

    private static boolean broad(String[] words, String written, AnswerType type) {
        String padded = ABOUT_SHORT.matcher(written).replaceAll(" about ");
        // "what is this article about?", "what's the summit about" (not "what have they talked about")
        // ("... about in general?", "... about overall?" too)
        String core = LEADING_FILLER.matcher(GENERALLY.matcher(padded).replaceFirst(" ")).replaceFirst(" ");
        // ("what's this article about then", "... about tho")
        core = TRAILING_CHATTER.matcher(core.stripTrailing()).replaceFirst("") + " ";
        int coreWords = core.strip().split(" ").length;
        // ("whats the article about", which lost its "s", but not "whats the tenfold thing about")
        boolean whatAbout = coreWords <= WHAT_ABOUT_WORDS && core.startsWith(" what ") && core.endsWith(" about ")
                && (core.contains(" is ") || core.startsWith(" what s ") || (coreWords <= THE_THING_ABOUT_WORDS
                        && (core.startsWith(" what the ") || core.startsWith(" what this "))));
        // "what does Kim want from Putin?": everything he is after, not one item of it.
        if (wantsOverall(padded.strip()) || asksWhyNow(padded)) {
            return true;
        }
        // "how bad is the food situation?": a degree asked of the situation, not an overview of it.
        if (DEGREE_ASKED.matcher(padded).find()) {
            return false;
        }
        // "n the workers thing?", "the china stuff": a topic named as a whole.
        boolean wholeThing = words.length <= WHAT_ABOUT_WORDS
                && (padded.endsWith(" thing ") || padded.endsWith(" things ") || padded.endsWith(" stuff "));
        if (BROAD.stream().anyMatch(b -> padded.contains(" " + b + " ")) || whatAbout || wholeThing
                || PICTURE_ASKED.matcher(padded).find()) {
            return true;
        }
        if (type != AnswerType.DESCRIPTION) {
            return false;
        }
        long content = java.util.Arrays.stream(words).filter(w -> !BROAD_FILLERS.contains(w)).count();
        return content <= 1 && java.util.Arrays.stream(words).noneMatch(w -> WH_WORDS.contains(w) && !w.equals("what"))
                && (words.length == 0 || !AUXILIARIES.contains(words[0]));
    }
}
