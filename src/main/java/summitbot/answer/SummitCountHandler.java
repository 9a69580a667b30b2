package summitbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.FactStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Intents;
import summitbot.nlp.Person;
import summitbot.nlp.PersonMention;

/** How many summits Kim has held with a leader; asks which leader when none is named. */
final class SummitCountHandler implements IntentHandler {
    private static final Set<String> NOT_A_COUNTERPART = Set.of("kim_jong_un");
    private static final java.util.regex.Pattern EVERYONE = java.util.regex.Pattern.compile(
            "\\b(with everyone|with everybody|with all of them|with all the leaders|with all three)\\b");
    // Every leader's count asked for by a question naming none: a wider net than EVERYONE.
    private static final java.util.regex.Pattern ALTOGETHER = java.util.regex.Pattern.compile(
            "\\b(total|overall|altogether|in all|all|each|every|everyone|leaders|others|other)\\b");
    // "so nine in total?": all the counted summits together.
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
            "\\b(total|altogether|in all|combined|all together|overall)\\b");
    private static final String SUMMITS_KEY_PREFIX = "person.";
    private static final String SUMMITS_KEY_SUFFIX = ".summits_with_kim";

    private final TemplateRenderer renderer;
    private final PersonResolver resolver;
    private final FactStore facts;
    private final UnitAnswerer units;

    SummitCountHandler(TemplateRenderer renderer, PersonResolver resolver, FactStore facts, UnitAnswerer units) {
        this.renderer = renderer;
        this.resolver = resolver;
        this.facts = facts;
        this.units = units;
    }

    @Override
    public Reply reply(Query query) {
        // One read of the intent's facts serves the list of counted leaders and every count below.
        Map<String, String> counts = facts.valuesForIntent(Intents.SUMMIT_COUNT);
        String known = Names.join(counted(counts));
        if (aboutOthersOnly(query)) {
            return Reply.decline(renderer.render("summit_count.not_kim", Map.of("person.known", known)));
        }
        PersonResolver.Resolution who = resolver.resolve(query, NOT_A_COUNTERPART);
        // "what's his total summit tally with everyone?" after Xi's count: every leader, whoever "his" was.
        if (who.person() != null && EVERYONE.matcher(query.normal()).find()
                && query.mentions().stream().allMatch(m -> PersonResolver.PRONOUNS.contains(m.matched())
                        || NOT_A_COUNTERPART.contains(m.person().id()))) {
            return units.reply(query.asBroad());
        }
        if (who.person() == null) {
            if (who.unknown()) {
                return Reply.decline(renderer.render("summit_count.unknown",
                        Map.of("person.known", known, "person.name", "that person")));
            }
            // "three?" after Trump's count: a figure offered for the last count is checked against it,
            // not taken to point at the leader with that many ("then who is the 3 with?" is).
            Optional<Person> counted = query.context().filter(c -> c.unit() != null && isSummitsKey(c.unit()))
                    .flatMap(c -> resolver.everyone().stream().filter(p -> p.id().equals(c.personId())).findFirst());
            if (counted.isPresent() && query.shape().yesNo() && !query.values().isEmpty() && !asksTotal(query.normal())
                    && query.values().stream().allMatch(v -> v.kind().equals("number"))) {
                return count(query, counted.get(), counts, known);
            }
            // "how many summits with kim?" right after who Xi is: the leader the last answer was about.
            boolean oneCountAsked = query.shape().type() == AnswerType.AMOUNT
                    && !EVERYONE.matcher(query.normal()).find() && !ALTOGETHER.matcher(query.normal()).find();
            Optional<Person> described = query.context()
                    .filter(c -> oneCountAsked && c.unit() != null && c.personId() != null
                            && c.unit().startsWith(SUMMITS_KEY_PREFIX + c.personId() + ".") && !isSummitsKey(c.unit()))
                    .flatMap(c -> resolver.everyone().stream().filter(p -> p.id().equals(c.personId())).findFirst())
                    .filter(p -> counts.containsKey(summitsKey(p.id())));
            if (described.isPresent()) {
                return count(query, described.get(), counts, known);
            }
            // No leader named: every count the article gives, from the topic's summary, or the
            // one count the words point to ("the guy running China"), said as a sentence.
            Reply broad = units.reply(query.asBroad());
            Optional<Person> pointed = resolver.everyone().stream()
                    .filter(p -> broad.units().equals(List.of(summitsKey(p.id())))).findFirst();
            return pointed.map(p -> count(query, p, counts, known)).orElse(broad);
        }
        return count(query, namedRatherThanPronoun(query, who.person()), counts, known);
    }

    // "has he held three summits with Moon?" after Trump: the leader named, not the one "he" was.
    private static Person namedRatherThanPronoun(Query query, Person resolved) {
        boolean byPronoun = query.mentions().stream()
                .anyMatch(m -> m.person().id().equals(resolved.id())
                        && PersonResolver.PRONOUNS.contains(m.matched()));
        if (!byPronoun) {
            return resolved;
        }
        return query.mentions().stream()
                .filter(m -> m.relativeOf() == null && !PersonResolver.PRONOUNS.contains(m.matched())
                        && !NOT_A_COUNTERPART.contains(m.person().id()))
                .map(PersonMention::person).findFirst().orElse(resolved);
    }

    private Reply count(Query query, Person p, Map<String, String> counts, String known) {
        Optional<String> count = Optional.ofNullable(counts.get(summitsKey(p.id())));
        if (count.isEmpty()) {
            return new Reply(renderer.render("summit_count.unknown", Map.of("person.known", known, "person.name",
                    p.name())), Reply.Kind.DECLINE, List.of(), Set.of(), "no count for " + p.id(), p.id(), null);
        }
        // "how does that compare with xi?" after another leader's count: both counts, in the summary.
        if (CountComparison.asksHowItCompares(query.normal()) && query.lastUnitKey()
                .filter(k -> isSummitsKey(k) && !k.equals(summitsKey(p.id()))).isPresent()) {
            return units.reply(query.asBroad());
        }
        // "how many summits with xi, moon and trump in total?": every counted leader named is the
        // summary's question, which gives all the counts in one sentence.
        List<Person> others = otherCounterparts(query, p);
        List<Person> named = new ArrayList<>(List.of(p));
        named.addAll(others);
        if (named.stream().filter(x -> counts.containsKey(summitsKey(x.id()))).count() == counted(counts).size()
                && named.size() > 2) {
            return units.reply(query.asBroad());
        }
        List<String> keys = new ArrayList<>(List.of(summitsKey(p.id())));
        StringBuilder reply = new StringBuilder(renderer.render("summit_count",
                Map.of("person.summits", count.get(), "person.name", p.name())));
        // "with xi and with moon?": every other leader named gets its count too.
        for (Person other : others) {
            Optional.ofNullable(counts.get(summitsKey(other.id()))).ifPresent(n -> {
                reply.append(' ').append(renderer.render("summit_count",
                        Map.of("person.summits", n, "person.name", other.name())));
                keys.add(summitsKey(other.id()));
            });
        }
        return new Reply(reply.toString(), Reply.Kind.ANSWER, keys, Set.of(AnswerType.AMOUNT), "count of " + p.id(),
                p.id(), Intents.SUMMIT_COUNT);
    }

    /** Whether a question asks about all the counted summits together ("nine in total?"). */
    static boolean asksTotal(String normal) {
        return TOTAL.matcher(normal).find();
    }

    private static List<Person> otherCounterparts(Query query, Person first) {
        return query.mentions().stream()
                .filter(m -> m.relativeOf() == null && !PersonResolver.PRONOUNS.contains(m.matched()))
                .map(PersonMention::person)
                .filter(p -> !p.id().equals(first.id()) && !NOT_A_COUNTERPART.contains(p.id()))
                .distinct()
                .toList();
    }

    // "how many summits has Trump held with Moon": two others, no Kim, and the first of them is the
    // one holding the summits (not "with Trump"); the article only counts Kim's.
    private static boolean aboutOthersOnly(Query query) {
        // "has he held three summits with Moon?": whoever "he" was last, the one holding summits is Kim.
        // ("so he's met xi twice as often as trump?" compares Kim's summits with the two.)
        List<PersonMention> others = query.mentions().stream()
                .filter(m -> m.relativeOf() == null && !PersonResolver.PRONOUNS.contains(m.matched())).toList();
        if (CountComparison.asks(query.normal()) || others.stream().map(m -> m.person().id()).distinct().count() < 2
                || others.stream().anyMatch(m -> NOT_A_COUNTERPART.contains(m.person().id()))) {
            return false;
        }
        String[] words = query.normal().split(" ");
        int first = others.get(0).position();
        return first == 0 || !"with".equals(words[first - 1]);
    }

    private List<String> counted(Map<String, String> counts) {
        return resolver.everyone().stream()
                .filter(p -> counts.containsKey(summitsKey(p.id())))
                .map(Person::name)
                .toList();
    }

    /** The key of the unit counting Kim's summits with a leader. */
    static String summitsKey(String personId) {
        return SUMMITS_KEY_PREFIX + personId + SUMMITS_KEY_SUFFIX;
    }

    // Whether a unit key is one leader's summit count.
    static boolean isSummitsKey(String key) {
        return key.startsWith(SUMMITS_KEY_PREFIX) && key.endsWith(SUMMITS_KEY_SUFFIX);
    }
}
