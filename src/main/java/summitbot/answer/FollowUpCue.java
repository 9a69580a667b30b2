package summitbot.answer;

import java.util.regex.Pattern;

/**
 * What a bare follow-up asks of the last answer, from its wording alone: its reason ("why?",
 * "how come?"), what happened next or before ("then what happened?", "and before that?"), the
 * things it spoke of ("such as?"), or another fact of the same topic ("anything else?").
 */
enum FollowUpCue {
    NONE(null),
    REASON(Pattern.compile("^(and |so |but |ok |okay |hmm |wait )?(why|y|how come|why so|why is that|why was that"
            + "|why that|whys that|why did that happen|what for|for what reason|what the reason|whats the reason"
            + "|what was the reason|what is the reason|why would that be|why though|why tho|because of what|how so"
            + "|on what grounds|what caused that|what caused it|the reason|reason|reasons|the reasons"
            // "so why isn't it happening?", "and why is that stuck?": one word said of the last answer.
            + "|(why|y) (is|was|are|were|isn t|isnt|wasn t|wasnt|aren t|arent|did|didn t|didnt|does|doesn t|doesnt"
            + "|hasn t|hasnt|has|won t|wont|can t|cant) (it|that|this|they) \\w+( it| that| this| them)?"
            // "why does kim care?", "why does that matter so much to him?": why the last answer matters.
            + "|(why|y) (does|do|did|would|should) (kim|he|that|it|this|they|pyongyang|the regime|the north) (even |really )?"
            + "(care|matter)( so much| that much| about (it|that|them|this|those))?( to (him|kim|them|pyongyang))?)"
            + "( though| tho| exactly| then| yet)?$")),
    NEXT(Pattern.compile("^(and |so |ok |okay )?(then what|then what happened|what happened (next|after( that)?|then"
            + "|later)|and then|after that|and after( that)?|afterwards|what came next|what came after|what next"
            + "|next|then|but|but what|but then)$")),
    PREVIOUS(Pattern.compile("^(and |so |ok |okay )?(before that|and before that|what happened before( that)?"
            + "|what came before( that)?|and before then|before then)$")),
    EXAMPLE(Pattern.compile("^(and |so |ok |okay )?(such as|like what|for example|for instance|examples|example"
            + "|what kind|which ones|what are they|name some|name them|list them|e g|eg)( then)?$")),
    MORE(Pattern.compile("^(and |so |ok |okay )?(anything else|what else|tell me more|more|go on|and|what more"
            + "|anything more|any more|whats next|what else is there|anything else( needed| i should know)?"
            + "|more please|more details|more detail|details|go on then|keep going|and more|more info|elaborate"
            + "|can you elaborate|expand on that|anyone else|anybody else|someone else|any others|others)"
            + "( pls| please| plz| thanks)?$"));

    private final Pattern pattern;

    FollowUpCue(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The cue of a message in alias normal form ({@link summitbot.nlp.AliasText#normalise}). */
    static FollowUpCue of(String normal) {
        String n = normal.strip();
        for (FollowUpCue cue : values()) {
            if (cue.pattern != null && cue.pattern.matcher(n).matches()) {
                return cue;
            }
        }
        // "what did Russia do after that?": a short question about what came next, in words of its own.
        if (n.split(" ").length <= SHORT && THEN_AFTER.matcher(n).find()) {
            return NEXT;
        }
        return NONE;
    }

    private static final int SHORT = 7;
    private static final Pattern THEN_AFTER = Pattern.compile(" (after that|afterwards|after this)$");
}
