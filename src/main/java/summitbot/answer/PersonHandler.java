package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.AnswerUnit;
import summitbot.facts.FactStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Intents;
import summitbot.nlp.Person;

/** Who a named person is, from their description fact; asks who is meant when nobody is named. */
final class PersonHandler implements IntentHandler {
    /** What a question asks that is not who someone is: when, where, how many, why. */
    static final Set<AnswerType> NOT_WHO = Set.of(AnswerType.DATE, AnswerType.PLACE, AnswerType.AMOUNT,
            AnswerType.REASON);
    private static final Set<AnswerType> NEVER_DESCRIBED = Set.of(AnswerType.DATE, AnswerType.AMOUNT);

    private final TemplateRenderer renderer;
    private final PersonResolver resolver;
    private final FactStore facts;
    private final TopicFacts topicFacts;

    PersonHandler(TemplateRenderer renderer, PersonResolver resolver, FactStore facts, TopicFacts topicFacts) {
        this.renderer = renderer;
        this.resolver = resolver;
        this.facts = facts;
        this.topicFacts = topicFacts;
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
        String said = renderer.render("person", Map.of("person.name", p.name(), "person.description",
                description.get()));
        // "when did kim il sung die?": who he is is the closest fact, not the answer. (A description
        // may say where ("the South Korean President") and why someone counts, never when or how many.)
        if (NEVER_DESCRIBED.contains(query.shape().type()) && !query.shape().yesNo()) {
            return new Reply(renderer.render("answer.doesnt_say", Map.of("answer.text", said)), Reply.Kind.DECLINE,
                    List.of(key), Set.of(AnswerType.PERSON), "who is " + p.id() + "; not what was asked", p.id(),
                    Intents.PERSON);
        }
        // "who was his grandfather?": someone the article names in one fact alone is who that fact
        // says, so it follows as the supporting sentence ("Moscow ... bringing Kim's grandfather, Kim
        // Il Sung, to power").
        Optional<AnswerUnit> only = topicFacts.onlyFactNaming(p.id());
        if (only.isPresent()) {
            return new Reply(said + " " + only.get().text(), Reply.Kind.ANSWER, List.of(key, only.get().key()),
                    Set.of(AnswerType.PERSON), "who is " + p.id() + ", and the one fact naming them", p.id(),
                    Intents.PERSON);
        }
        return new Reply(said, Reply.Kind.ANSWER, List.of(key), Set.of(AnswerType.PERSON), "who is " + p.id(),
                p.id(), Intents.PERSON);
    }
}
