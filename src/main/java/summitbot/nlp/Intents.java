package summitbot.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one catalogue of intents (the contract of shared/intents.md): each name with its family.
 * The router's handler map, the scope gate's small talk, the follow-up rules and the admin
 * commands' checks are all derived from it. Topic labels and examples live in the database.
 */
public final class Intents {
    /** How an intent is answered. */
    public enum Family {
        /** Greeting, help, thanks: nothing from the article. */
        SMALL_TALK,
        /** A topic of the article, answered from its units. */
        ARTICLE,
        /** How many summits Kim held with a named leader. */
        SUMMIT_COUNT,
        /** Who a named person is. */
        PERSON,
        /** Anything the article does not answer. */
        OUT_OF_SCOPE
    }

    public static final String GREETING = "greeting";
    public static final String HELP = "help";
    public static final String THANKS_BYE = "thanks_bye";
    public static final String SUMMIT_COUNT = "summit_count";
    public static final String PERSON = "person";
    public static final String SOURCE = "source";
    public static final String PARTICIPANTS = "participants";
    public static final String LOCATION = "location";
    public static final String DATE = "date";
    public static final String WHY_NOW = "why_now";

    /** Every intent and its family. */
    public static final Map<String, Family> ALL = List.of(
            Map.entry(GREETING, Family.SMALL_TALK), Map.entry(HELP, Family.SMALL_TALK),
            Map.entry(THANKS_BYE, Family.SMALL_TALK),
            Map.entry(PARTICIPANTS, Family.ARTICLE), Map.entry(LOCATION, Family.ARTICLE),
            Map.entry(DATE, Family.ARTICLE), Map.entry("kim_goals", Family.ARTICLE),
            Map.entry("laborers", Family.ARTICLE), Map.entry("food_aid", Family.ARTICLE),
            Map.entry("sanctions", Family.ARTICLE), Map.entry("economy", Family.ARTICLE),
            Map.entry("china", Family.ARTICLE), Map.entry("south_korea", Family.ARTICLE),
            Map.entry("trade_target", Family.ARTICLE), Map.entry("russia_projects", Family.ARTICLE),
            Map.entry("why_now", Family.ARTICLE), Map.entry("hanoi_summit", Family.ARTICLE),
            Map.entry("putin_outlook", Family.ARTICLE), Map.entry("putin_history", Family.ARTICLE),
            Map.entry("history", Family.ARTICLE), Map.entry(SOURCE, Family.ARTICLE),
            Map.entry(SUMMIT_COUNT, Family.SUMMIT_COUNT), Map.entry(PERSON, Family.PERSON),
            Map.entry(ScopeGate.OUT_OF_SCOPE, Family.OUT_OF_SCOPE)).stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** The article's topics, each answered from its units. */
    public static final Set<String> ARTICLE_TOPICS = of(Family.ARTICLE);
    /** The topics a follow-up can continue and "did you mean...?" can offer: the article's and the summit counts. */
    public static final Set<String> ASKABLE_TOPICS = of(Family.ARTICLE, Family.SUMMIT_COUNT);
    /** Every intent answered from answer units: the article's topics, the summit counts and the people. */
    public static final Set<String> UNIT_TOPICS = of(Family.ARTICLE, Family.SUMMIT_COUNT, Family.PERSON);
    /** Greetings, help, thanks and goodbyes. */
    public static final Set<String> SMALL_TALK = of(Family.SMALL_TALK);

    private Intents() {
    }

    /** The intents of the given families. */
    public static Set<String> of(Family... families) {
        Set<Family> wanted = Set.of(families);
        return ALL.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The family of {@code intent}, or null for an unknown name. */
    public static Family family(String intent) {
        return ALL.get(intent);
    }
}
