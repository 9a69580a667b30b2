package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.FactStore;
import summitbot.facts.Person;

/** How many summits Kim has held with a leader; asks which leader when none is named. */
final class SummitCountHandler implements IntentHandler {
    private static final Set<String> NOT_A_COUNTERPART = Set.of("kim_jong_un");

    private final TemplateRenderer renderer;
    private final PersonResolver resolver;
    private final FactStore facts;

    SummitCountHandler(TemplateRenderer renderer, PersonResolver resolver, FactStore facts) {
        this.renderer = renderer;
        this.resolver = resolver;
        this.facts = facts;
    }

    @Override
    public Reply reply(Query query) {
        String known = Names.join(counted());
        if (aboutOthersOnly(query)) {
            return Reply.of(renderer.render("summit_count.not_kim", Map.of("person.known", known)));
        }
        PersonResolver.Resolution who = resolver.resolve(query, NOT_A_COUNTERPART);
        if (who.person() == null) {
            String template = who.unknown() ? "summit_count.unknown" : "summit_count.which";
            return Reply.of(renderer.render(template, Map.of("person.known", known, "person.name", "that person")));
        }
        Person p = who.person();
        Optional<String> count = facts.value(summitsKey(p.id()));
        if (count.isEmpty()) {
            return new Reply(renderer.render("summit_count.unknown",
                    Map.of("person.known", known, "person.name", p.name())), p.id());
        }
        return new Reply(renderer.render("summit_count",
                Map.of("person.summits", count.get(), "person.name", p.name())), p.id());
    }

    // "how many summits has Trump held with Moon": two others and no Kim; the article only counts Kim's.
    private static boolean aboutOthersOnly(Query query) {
        List<String> others = query.mentions().stream()
                .filter(m -> m.relativeOf() == null)
                .map(m -> m.person().id())
                .distinct()
                .toList();
        return others.size() >= 2 && others.stream().noneMatch(NOT_A_COUNTERPART::contains);
    }

    private List<String> counted() {
        return resolver.everyone().stream()
                .filter(p -> facts.value(summitsKey(p.id())).isPresent())
                .map(Person::name)
                .toList();
    }

    private static String summitsKey(String personId) {
        return "person." + personId + ".summits_with_kim";
    }
}
