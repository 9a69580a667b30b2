package summitbot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.Intents;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * Follow-ups that are little more than a value: "thursday?" or "and moon, 3?" checks the last
 * answer's value, "and the russians?" asks for the claim that sets that place against the last
 * one, "is the meeting in Seoul?" is the summit's place's question.
 */
final class ValueFollowUps {
    // "3 times?", "three summits?": the words of a count of summits.
    private static final Set<String> COUNT_WORDS = Set.of("times", "time", "summits", "summit", "meetings", "x");
    // The summit itself: who meets, where and when.
    private static final Set<String> SUMMIT_TOPICS = Set.of(Intents.PARTICIPANTS, Intents.LOCATION, Intents.DATE);

    private final UnitRanker ranker;
    private final UnitStore unitStore;

    ValueFollowUps(UnitRanker ranker, UnitStore unitStore) {
        this.ranker = ranker;
        this.unitStore = unitStore;
    }

    // "thursday?", "so thursday then?" right after an answer that states a day: a check of the value
    // against that answer's topic, not a request for the fact that states it.
    Query checkOfLastValue(Query query) {
        Optional<AnswerUnit> last = query.lastUnit(unitStore);
        if (!query.shape().yesNo() && last.isPresent() && onlyACountOfSomeone(query)
                && Intents.SUMMIT_COUNT.equals(last.get().intent())) {
            return query.asCheck();
        }
        if (query.shape().yesNo() || last.isEmpty() || !last.get().intent().equals(query.intent())
                || !onlyValuesAsked(query)) {
            return query;
        }
        List<Slot> values = query.values().stream().filter(v -> !v.kind().equals(SlotFinder.PERIOD)).toList();
        List<Slot> stated = ranker.slotsOf(last.get().text());
        return values.stream().allMatch(v -> stated.stream().anyMatch(x -> x.kind().equals(v.kind())))
                ? query.asCheck() : query;
    }

    // "is the meeting in Seoul?", "are they meeting on friday?": a yes/no about this summit that
    // checks a place is the summit's place's question, one that checks a day its date's.
    static String summitTopicOfTheValue(Query read, String intent) {
        if (!SUMMIT_TOPICS.contains(intent) || !read.shape().yesNo() || read.values().isEmpty()
                || !read.mentions().stream()
                        .allMatch(m -> ConversationRules.SUMMIT_PARTIES.contains(m.person().id()))) {
            return intent;
        }
        if (read.values().stream().allMatch(v -> v.kind().equals("place"))) {
            return Intents.LOCATION;
        }
        return read.values().stream().allMatch(v -> v.kind().equals("day") || v.kind().equals("month"))
                ? Intents.DATE : intent;
    }

    // "thursday?", "so pyongyang then?": a question of nothing but values (naming no one, asking no wh-).
    static boolean onlyValuesAsked(Query query) {
        List<Slot> values = query.values().stream().filter(v -> !v.kind().equals(SlotFinder.PERIOD)).toList();
        return query.text().strip().endsWith("?") && !values.isEmpty() && query.mentions().isEmpty()
                && !ConversationRules.WH_WORD.matcher(query.normal()).find()
                && query.words().stream().allMatch(w -> values.stream()
                        .anyMatch(v -> AliasText.normalise(v.value()).contains(w)));
    }

    // "and moon, 3?" after a summit count: a leader and a count, nothing else.
    private static boolean onlyACountOfSomeone(Query query) {
        List<Slot> numbers = query.values().stream().filter(v -> v.kind().equals("number")).toList();
        Set<String> named = query.mentions().stream().flatMap(m -> Arrays.stream(m.matched().split(" ")))
                .collect(Collectors.toSet());
        return query.text().strip().endsWith("?") && numbers.size() == 1 && query.mentions().size() == 1
                && Intents.SUMMIT_COUNT.equals(query.intent())
                && !ConversationRules.WH_WORD.matcher(query.normal()).find()
                && query.words().stream().allMatch(w -> named.contains(w) || w.equals(numbers.get(0).value())
                        || COUNT_WORDS.contains(w));
    }

    // "and the russians?" after "China has lots of businessmen on the ground": nothing but a place,
    // asked of the claim that sets that place against the last answer's ("Unlike China, Russia has
    // a very small footprint"), wherever the article makes it.
    Optional<String> placeSetAgainstLast(Query read) {
        Optional<AnswerUnit> last = read.lastUnit(unitStore);
        Optional<String> place = onlyAPlace(read);
        if (last.isEmpty() || place.isEmpty() || read.shape().yesNo()) {
            return Optional.empty();
        }
        // Every claim is set in North Korea: it sets nothing against anything.
        List<String> before = placesOf(last.get().text()).stream()
                .filter(p -> !p.equals(place.get()) && !p.startsWith("North Korea") && !p.equals("Korea")).toList();
        return unitStore.all().stream()
                .filter(u -> !u.gap() && !u.summary() && !u.key().equals(last.get().key())
                        && Intents.ARTICLE_TOPICS.contains(u.intent()))
                .filter(u -> {
                    List<String> named = placesOf(u.text());
                    return named.contains(place.get()) && before.stream().anyMatch(named::contains);
                })
                .map(AnswerUnit::intent).findFirst();
    }

    // The place a message names and nothing else: "and Russia?", "and the russians?".
    private Optional<String> onlyAPlace(Query read) {
        if (!read.mentions().isEmpty()) {
            return Optional.empty();
        }
        if (read.words().isEmpty()) {
            return read.values().size() == 1 && read.values().get(0).kind().equals("place")
                    ? Optional.of(read.values().get(0).value()) : Optional.empty();
        }
        // "the russians": the people of a place, named by its nationality word.
        String word = read.words().get(0);
        if (read.words().size() != 1 || !read.values().isEmpty() || !word.endsWith("s")) {
            return Optional.empty();
        }
        return ranker.slotsOf(word.substring(0, word.length() - 1) + " officials").stream()
                .filter(v -> v.kind().startsWith(SlotFinder.NATIONALITY)).map(Slot::value).findFirst();
    }

    // The places a text names, by value ("Russia" for "Russian" too).
    private List<String> placesOf(String text) {
        return ranker.slotsOf(text).stream()
                .filter(v -> v.kind().equals("place") || v.kind().startsWith(SlotFinder.NATIONALITY))
                .map(Slot::value).toList();
    }
}
