package summitbot.answer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.FactStore;
import summitbot.facts.Person;

/** Who a named person is, from their description fact; asks who is meant when nobody is named. */
final class PersonHandler implements IntentHandler {
    private final TemplateRenderer renderer;
    private final PersonResolver resolver;
    private final FactStore facts;

    PersonHandler(TemplateRenderer renderer, PersonResolver resolver, FactStore facts) {
        this.renderer = renderer;
        this.resolver = resolver;
        this.facts = facts;
    }

    @Override
    public Reply reply(Query query) {
        PersonResolver.Resolution who = resolver.resolve(query, Set.of());
        String all = Names.join(resolver.everyone().stream().map(Person::name).toList());
        if (who.person() == null) {
            return Reply.of(renderer.render(who.unknown() ? "person.unknown" : "person.which",
                    Map.of("person.all", all)));
        }
        Person p = who.person();
        Optional<String> description = facts.value("person." + p.id() + ".description");
        if (description.isEmpty()) {
            return new Reply(renderer.render("person.unknown", Map.of("person.all", all)), p.id());
        }
        return new Reply(renderer.render("person",
                Map.of("person.name", p.name(), "person.description", description.get())), p.id());
    }
}
