package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.FactStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Intents;
import summitbot.nlp.Person;

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
            String text = renderer.render(who.unknown() ? "person.unknown" : "person.which", Map.of("person.all", all));
            return Reply.decline(text);
        }
        Person p = who.person();
        Optional<String> description = facts.value("person." + p.id() + ".description");
        String key = "person." + p.id() + ".description";
        if (description.isEmpty()) {
            return new Reply(renderer.render("person.unknown", Map.of("person.all", all)), Reply.Kind.DECLINE,
                    List.of(), Set.of(), "no description of " + p.id(), p.id(), null);
        }
        return new Reply(renderer.render("person", Map.of("person.name", p.name(), "person.description",
                description.get())), Reply.Kind.ANSWER, List.of(key), Set.of(AnswerType.PERSON), "who is " + p.id(),
                p.id(), Intents.PERSON);
    }
}
