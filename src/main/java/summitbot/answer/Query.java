package summitbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import summitbot.nlp.AnswerType;
import summitbot.nlp.PersonMention;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * A question read once and passed on: its text, alias normal form, the classifier's tokens
 * (lowercase lemmas, number words as digits), content words, shape (answer type, yes/no, broad),
 * checkable values, the people it names, the intent chosen for it with the
 * classifier's confidence, the conversation so far, and whether its topic came from that
 * conversation rather than from its own words.
 */
public record Query(String text, String normal, List<String> tokens, List<String> words, QuestionShape shape,
                    List<Slot> slots,
                    List<PersonMention> mentions, String intent, double confidence,
                    Optional<ConversationMemory.Context> context, boolean followUp) {
    private static final String BEFORE = "before";
    // "before", and as it is texted ("has he dealt with them b4?").
    private static final Set<String> EVER_BEFORE = Set.of(BEFORE, "b4");

    public Query {
        tokens = List.copyOf(tokens);
        words = List.copyOf(words);
        slots = List.copyOf(slots);
        mentions = List.copyOf(mentions);
    }

    /**
     * Whether the message is nothing but the one person it names ("kim's old man?", "medvedev?"),
     * not a question about them ("is trump the US president?", "whats medvedev got to do with this").
     */
    boolean namesOnly() {
        if (mentions.size() != 1 || shape.type() != AnswerType.DESCRIPTION || QuestionShape.opensWithAuxiliary(normal)
                || normal.split(" ").length > mentions.get(0).matched().split(" ").length + 2) {
            return false;
        }
        PersonMention person = mentions.get(0);
        Set<String> named = new HashSet<>(List.of(person.matched().split(" ")));
        if (person.relativeOf() != null) {
            named.addAll(List.of(person.relativeOf().split("_")));
        }
        return words.stream().allMatch(named::contains);
    }

    /** The key of the unit the conversation's last answer came from, if any. */
    Optional<String> lastUnitKey() {
        return context.map(ConversationMemory.Context::unit);
    }

    /** The unit the conversation's last answer came from, if it is still in {@code store}. */
    Optional<summitbot.facts.AnswerUnit> lastUnit(summitbot.facts.UnitStore store) {
        return lastUnitKey().flatMap(store::unit);
    }

    /** The question's checkable values other than people, who are named everywhere. */
    List<Slot> values() {
        return slots.stream().filter(v -> !v.kind().equals(SlotFinder.PERSON)).toList();
    }

    /**
     * The same question without "before" at its end: "has putin dealt with them before?" asks
     * whether he ever has, not about a time before now.
     */
    Query withoutEverBefore() {
        return new Query(text, normal, tokens, words.stream().filter(w -> !EVER_BEFORE.contains(w)).toList(), shape,
                slots.stream().filter(v -> !(v.kind().equals(SlotFinder.PERIOD) && v.value().equals(BEFORE))).toList(),
                mentions, intent, confidence, context, followUp);
    }

    /**
     * The same question without the people it names only as the owner of a relative named next
     * ("kim jong un" in "kim jong un's grandfather"): the relative is who it asks about.
     */
    Query withoutOwnersOfRelatives() {
        Set<String> owners = new HashSet<>();
        Set<String> ownerWords = new HashSet<>();
        for (PersonMention m : mentions) {
            int next = m.position() + m.matched().split(" ").length;
            // ("kim jong il's his dad?" after Kim Il Sung: "his" owns the dad, whoever it stood for.)
            boolean owns = m.relativeOf() == null && mentions.stream().anyMatch(r -> r.position() == next
                    && r.relativeOf() != null
                    && (m.person().id().equals(r.relativeOf()) || PersonResolver.PRONOUNS.contains(m.matched())));
            if (owns) {
                owners.add(m.person().id());
                ownerWords.addAll(List.of(m.matched().split(" ")));
            }
        }
        if (owners.isEmpty()) {
            return this;
        }
        return new Query(text, normal, tokens, words.stream().filter(w -> !ownerWords.contains(w)).toList(), shape,
                slots.stream().filter(v -> !(v.kind().equals(SlotFinder.PERSON) && owners.contains(v.value()))).toList(),
                mentions, intent, confidence, context, followUp);
    }

    /** The same question without its figures' words ("300", "million", "billions"): what it is about. */
    Query withoutFigures() {
        return new Query(text, normal, tokens, words.stream().filter(w -> !SlotFinder.figureWord(w)).toList(), shape,
                slots, mentions, intent, confidence, context, followUp);
    }

    /** The same question without the words that name people ("kim's dad"): what it asks of them. */
    Query withoutNames() {
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.addAll(List.of(m.matched().split(" "))));
        return new Query(text, normal, tokens, words.stream().filter(w -> !named.contains(w)).toList(), shape,
                slots, mentions, intent, confidence, context, followUp);
    }

    /** The same question, taken as a follow-up of the last topic (its own words say little). */
    Query asFollowUp(String lastTopic) {
        return new Query(text, normal, tokens, words, shape, slots, mentions, lastTopic, confidence, context, true);
    }

    /** The same question answered as another intent (a second clause, a corrected topic). */
    Query withIntent(String other) {
        return new Query(text, normal, tokens, words, shape, slots, mentions, other, confidence, context, followUp);
    }

    /** The same question asked narrowly ("and earlier?" asks the last question again, not an overview). */
    Query asNarrow() {
        return new Query(text, normal, tokens, words, new QuestionShape(shape.type(), shape.yesNo(), false), slots,
                mentions,
                intent, confidence, context, followUp);
    }

    /** The same message read as a yes/no check ("thursday?" right after an answer that names a day). */
    Query asCheck() {
        return new Query(text, normal, tokens, words, new QuestionShape(shape.type(), true, false), slots,
                mentions,
                intent, confidence, context, followUp);
    }

    /** The same question asked broadly ("how many summits has Kim held" with no leader named). */
    Query asBroad() {
        return new Query(text, normal, tokens, words, new QuestionShape(shape.type(), shape.yesNo(), true), slots,
                mentions,
                intent, confidence, context, followUp);
    }
}
