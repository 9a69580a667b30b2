package summitbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import summitbot.facts.PeopleDirectory;
import summitbot.nlp.Person;
import summitbot.nlp.PersonMention;

/**
 * Decides which person a question is about: a named person, a kinship word resolved against the
 * person it belongs to ("his father" after a question about Putin is not Kim Jong Il), or a
 * pronoun resolved from the conversation.
 */
final class PersonResolver {
    /** The outcome: a person, nobody named, or somebody the article does not cover. */
    record Resolution(Person person, boolean unknown) {
        static final Resolution NONE = new Resolution(null, false);
        static final Resolution UNKNOWN = new Resolution(null, true);
    }

    /** The pronouns that stand for a person named before ("has he...", "their summits"). */
    static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "they", "them", "their");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their");
    private static final Set<String> COPULAS = Set.of("is", "was", "isn", "wasn", "isnt", "wasnt");
    private static final Pattern PRONOUN = Pattern.compile("\\b(" + String.join("|",
            new java.util.TreeSet<>(PRONOUNS)) + "|that guy)\\b", Pattern.CASE_INSENSITIVE);
    private static final String KIM = "kim_jong_un";
    private static final Pattern CORRECTING = Pattern.compile("\\bthen$");

    private final PeopleDirectory people;

    PersonResolver(PeopleDirectory people) {
        this.people = people;
    }

    /**
     * @param excluded people who cannot be the answer's subject (Kim, for "summits with Kim")
     */
    Resolution resolve(Query query, Set<String> excluded) {
        List<PersonMention> mentions = query.mentions();
        boolean pronoun = PRONOUN.matcher(query.text()).find()
                || ConversationRules.WHO_IS_THAT.matcher(query.normal()).matches();
        Optional<Person> contextPerson = query.context()
                .map(ConversationMemory.Context::personId)
                .flatMap(this::byId);
        Optional<Person> kinAsked = kinAskedOfSomeoneNamed(query, excluded);
        if (kinAsked.isPresent()) {
            return new Resolution(kinAsked.get(), false);
        }
        for (PersonMention m : mentions) {
            if (m.relativeOf() != null) {
                String owner = ownerOf(m, mentions, pronoun, contextPerson, query.normal().split(" "));
                // "who's his grandfather?" then "and his dad?": a bare "his" after one of Kim's family
                // still means Kim, not the relative just named ("who was his father?" asks of him).
                // ("who is his dad then?" after "is kim il sung kim's dad?" corrects the last question,
                // which was about Kim.)
                boolean hisMeansKim = contextPerson.isPresent() && owner.equals(contextPerson.get().id())
                        && (!ConversationRules.WH_WORD.matcher(query.normal()).find()
                                || CORRECTING.matcher(query.normal()).find())
                        && familyOf(contextPerson.get(), m.relativeOf());
                owner = hisMeansKim ? m.relativeOf() : owner;
                return owner.equals(m.relativeOf()) ? new Resolution(m.person(), false) : Resolution.UNKNOWN;
            }
        }
        for (PersonMention m : mentions) {
            if (!excluded.contains(m.person().id())) {
                return new Resolution(m.person(), false);
            }
        }
        if (pronoun && contextPerson.isPresent() && !excluded.contains(contextPerson.get().id())) {
            return new Resolution(contextPerson.get(), false);
        }
        return Resolution.NONE;
    }

    // "is kim il sung kim jong un's dad?", "is kim jong il his grandfather?": one of Kim's family,
    // named, asked whether they are another relative; who they are answers it.
    private Optional<Person> kinAskedOfSomeoneNamed(Query query, Set<String> excluded) {
        if (!query.shape().yesNo()) {
            return Optional.empty();
        }
        Optional<PersonMention> relative = query.mentions().stream().filter(m -> m.relativeOf() != null).findFirst();
        Optional<PersonMention> named = query.mentions().stream()
                .filter(m -> m.relativeOf() == null && !PRONOUNS.contains(m.matched())).findFirst();
        if (relative.isEmpty() || named.isEmpty() || named.get().position() > relative.get().position()) {
            return Optional.empty();
        }
        Person who = named.get().person();
        boolean another = !who.id().equals(relative.get().person().id())
                && !who.id().equals(relative.get().relativeOf());
        return another && !excluded.contains(who.id()) && familyOf(who, KIM) ? Optional.of(who) : Optional.empty();
    }

    // Whether the person is named as a relative of {@code of} ("Kim's grandfather").
    private boolean familyOf(Person person, String of) {
        return people.aliases().stream()
                .anyMatch(a -> a.person().id().equals(person.id()) && of.equals(a.relativeOf()));
    }

    List<Person> everyone() {
        return people.people();
    }

    private static String ownerOf(PersonMention relative, List<PersonMention> mentions, boolean pronoun,
                                  Optional<Person> contextPerson, String[] words) {
        // "the father of kim jong un": the person right after "of" owns the relative.
        int after = relative.position() + relative.matched().split(" ").length;
        if (after + 1 < words.length && words[after].equals("of")) {
            for (PersonMention m : mentions) {
                if (m.position() == after + 1 && m.relativeOf() == null) {
                    return m.person().id();
                }
            }
        }
        PersonMention before = null;
        for (PersonMention m : mentions) {
            if (m.position() < relative.position() && m.relativeOf() == null) {
                before = m;
            }
        }
        // "is kim jong il his grandfather?": the one asked about is not whose grandfather is meant.
        boolean subjectOfHis = before != null && !PRONOUNS.contains(before.matched()) && relative.position() > 0
                && POSSESSIVE.contains(words[relative.position() - 1]) && before.position() > 0
                && COPULAS.contains(words[before.position() - 1]);
        if (subjectOfHis) {
            String asked = before.person().id();
            return contextPerson.map(Person::id).filter(id -> !id.equals(asked)).orElse(KIM);
        }
        if (before != null) {
            return before.person().id();
        }
        // ("and the grandfather, who was he?" after Kim's father: "the", not "his", and "he" is the
        // grandfather himself.)
        boolean definite = relative.position() > 0 && words[relative.position() - 1].equals("the");
        if (pronoun && contextPerson.isPresent() && !definite) {
            return contextPerson.get().id();
        }
        // "who is the father?" with no one else in view: the article's only father is Kim's.
        return KIM;
    }

    private Optional<Person> byId(String id) {
        return id == null ? Optional.empty() : people.person(id);
    }
}
