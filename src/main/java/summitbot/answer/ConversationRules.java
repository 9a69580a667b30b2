package summitbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import summitbot.facts.AliasText;
import summitbot.nlp.PersonMention;
import summitbot.nlp.Prediction;
import summitbot.nlp.ScopeGate;

/**
 * How the conversation so far, and the people a message names, change what a classified message
 * asks: follow-ups ("and with Moon?", "who is he?", "when was that?") and questions about another
 * meeting than this summit.
 */
final class ConversationRules {
    private static final Set<String> PERSON_INTENTS = Set.of("summit_count", "person");
    private static final Set<String> CONNECTORS = Set.of("and", "with", "what", "how", "about", "of", "plus", "then",
            "the", "mr", "so", "ok", "also", "too", "or");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|she|her)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> THIS_SUMMIT = Set.of("location", "date", "participants");
    private static final Set<String> SUMMIT_PARTIES = Set.of("kim_jong_un", "vladimir_putin");
    private static final Set<String> WHEN_OR_WHERE = Set.of("date", "location");
    private static final Set<String> TOPICS_WITH_OWN_TIME_AND_PLACE = Set.of("hanoi_summit", "putin_history", "history",
            "trade_target", "laborers", "food_aid");
    private static final Set<String> BARE_WHEN_OR_WHERE = Set.of("when", "where", "was", "were", "is", "are", "that",
            "it", "this", "exactly", "by", "then", "did", "does", "do", "they", "happen", "happened", "and", "so",
            "again", "what", "year", "date", "day", "place", "which", "go", "leave", "to");

    private ConversationRules() {
    }

    /** The intent {@code question} asks for, given what the classifier chose and the conversation. */
    static String resolve(String question, String intent, Prediction prediction, List<PersonMention> mentions,
                          Optional<ConversationMemory.Context> context) {
        String resolved = followUp(question, intent, mentions, context);
        resolved = whoIsHe(question, resolved, prediction, context);
        resolved = whenOrWhereOfLastTopic(question, resolved, mentions, context);
        return notAboutThisSummit(resolved, mentions);
    }

    // "and with Moon?" after a summit question keeps the summit question's intent: a message that is
    // nothing but people and connecting words continues the last question. "how old is putin" is not.
    private static String followUp(String question, String intent, List<PersonMention> mentions,
                                   Optional<ConversationMemory.Context> context) {
        if (context.isEmpty() || mentions.isEmpty() || !PERSON_INTENTS.contains(context.get().intent())) {
            return intent;
        }
        String[] words = AliasText.normalise(question).split(" ");
        boolean[] named = new boolean[words.length];
        for (PersonMention m : mentions) {
            int length = m.matched().split(" ").length;
            for (int i = m.position(); i < Math.min(words.length, m.position() + length); i++) {
                named[i] = true;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!named[i] && !CONNECTORS.contains(words[i])) {
                return intent;
            }
        }
        return context.get().intent();
    }

    // "who is he?" right after a question about a person: the pronoun names them, so the classifier's
    // person guess is trusted even below the gate.
    private static String whoIsHe(String question, String intent, Prediction prediction,
                                  Optional<ConversationMemory.Context> context) {
        boolean lastNamedSomeone = context.isPresent() && context.get().personId() != null;
        if (ScopeGate.OUT_OF_SCOPE.equals(intent) && "person".equals(prediction.intent()) && lastNamedSomeone
                && PRONOUN.matcher(question).find()) {
            return "person";
        }
        return intent;
    }

    // The summit's place, date and participants are Kim's and Putin's: "where is kim meeting moon?"
    // asks about another meeting, which the article does not place or date.
    private static String notAboutThisSummit(String intent, List<PersonMention> mentions) {
        if (THIS_SUMMIT.contains(intent) && mentions.stream()
                .anyMatch(m -> m.relativeOf() == null && !SUMMIT_PARTIES.contains(m.person().id()))) {
            return ScopeGate.OUT_OF_SCOPE;
        }
        return intent;
    }

    // "when was that?" after a question about Hanoi asks when Hanoi was, not when the summit is: a
    // bare when/where continues a topic that carries its own dates and places.
    private static String whenOrWhereOfLastTopic(String question, String intent, List<PersonMention> mentions,
                                                 Optional<ConversationMemory.Context> context) {
        if (context.isEmpty() || !mentions.isEmpty() || !WHEN_OR_WHERE.contains(intent)
                || !TOPICS_WITH_OWN_TIME_AND_PLACE.contains(context.get().intent())) {
            return intent;
        }
        for (String word : AliasText.normalise(question).split(" ")) {
            if (!BARE_WHEN_OR_WHERE.contains(word)) {
                return intent;
            }
        }
        return context.get().intent();
    }
}
