package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Intents;
import summitbot.nlp.Intents.Family;
import summitbot.nlp.PersonMention;
import summitbot.nlp.Prediction;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * How the conversation so far, and the people a message names, change what a classified message
 * asks: follow-ups ("and with Moon?", "who is he?", "when was that?") and questions about another
 * meeting than this summit.
 */
final class ConversationRules {
    private static final Set<String> PERSON_INTENTS = Intents.of(Family.SUMMIT_COUNT, Family.PERSON);
    private static final Set<String> CONNECTORS = Set.of("and", "with", "what", "how", "about", "of", "plus", "then",
            "the", "mr", "so", "ok", "also", "too", "or", "personally", "himself", "one");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|she|her)\\b", Pattern.CASE_INSENSITIVE);
    /** "who is that?", "who's this guy?": the whole message asks who the person just named is. */
    static final Pattern WHO_IS_THAT = Pattern.compile("^(so |and |ok |okay |wait |sorry )?(who|whos) (is |was |s )?"
            + "(that|this|that guy|this guy|that man|this man|that person|this person|he|she|him)"
            + "( again| exactly| then)?$");
    private static final int SHORT_FOLLOW_UP = 9;
    private static final Pattern WHO_IS = Pattern.compile("^((so|and|ok|okay|wait|no|sorry|hmm|um|but) )*"
            + "(i (meant|mean) )?who (even |again )?(is |was |s )?(?!else\\b)");
    // "who was medvedev again? i forgot": words around a name that ask nothing more of him.
    private static final Set<String> ASIDES = Set.of("again", "even", "exactly", "forgot", "forget", "remind",
            "meant", "mean", "sorry", "tho", "though");
    private static final int MAX_TIME_WORDS = 2;
    // Below this the classifier's new topic for a short question pointing back is not believed.
    private static final double UNSURE_OF_NEW_TOPIC = 0.6;
    private static final double SURELY_OUT_OF_SCOPE = 0.8;
    private static final int PRECISE_FOLLOW_UP_WORDS = 3;
    private static final int SHORT_WH_WORDS = 2;
    private static final int PLACE_FOLLOW_ON_WORDS = 4;
    private static final Pattern WHAT_OR_WHICH = Pattern.compile("^(?:(?:so|and|ok|okay|but|wait) )*(?:what|which"
            + "|whats|wat)\\b");
    private static final int BRIDGE_WORDS = 3;
    private static final int STATED_FOLLOW_ON_WORDS = 4;
    static final String KIM = "kim_jong_un";
    private static final Pattern FOLLOWS_ON = Pattern.compile("^(and|what about|how about|also|plus)\\b");
    // How many words of its own a question needs to leave the last topic for the classifier's runner-up.
    private static final int OWN_WORDS = 2;
    private static final Pattern ELSE = Pattern.compile("\\b(where|when|who|whom|what|which) else\\b");
    private static final Pattern ABOUT_THE_BOT = Pattern.compile("\\b(you|your|u|ur|yourself|bot)\\b");
    private static final Pattern POINTING_BACK = Pattern.compile(
            "\\b(that|it|this|they|them|em|their|he|him|his|there|those|these|then)\\b");
    private static final String KIM_GOALS = "kim_goals";
    private static final String PUTIN_OUTLOOK = "putin_outlook";
    private static final Set<String> RUSSIAN_SIDE = Set.of("putin", "vladimir", "russia", "russian", "russians",
            "moscow", "kremlin");
    private static final Set<String> WANTER_AUXILIARIES = Set.of("does", "do", "is", "did", "will", "would", "s");
    private static final Set<String> NORTH_KOREAN_SIDE = Set.of("kim", "pyongyang", "north", "nk", "dprk");
    private static final Pattern CHAT = Pattern.compile("\\b(hi|hello|hey|yo|thanks|thank|thx|ty|bye|goodbye|cheers"
            + "|cool|great|nice|awesome|help|topics|commands|start)\\b");
    static final Pattern WH_WORD = Pattern.compile("\\b(" + String.join("|", new java.util.TreeSet<>(
            QuestionShape.WH_WORDS)) + ")\\b");
    private static final Set<String> THIS_SUMMIT = Set.of("location", "date", "participants");
    /** The summit's two leaders, named in nearly every fact. */
    static final Set<String> SUMMIT_PARTIES = Set.of("kim_jong_un", "vladimir_putin");
    private static final Set<String> WHEN_OR_WHERE = Set.of("date", "location");
    private static final Set<String> TOPICS_WITH_OWN_TIME_AND_PLACE = Set.of("hanoi_summit", "putin_history", "history",
            "trade_target", "laborers", "food_aid", "source");
    private static final Set<String> BARE_WHEN_OR_WHERE = Set.of("when", "where", "was", "were", "is", "are", "that",
            "it", "this", "exactly", "by", "then", "did", "does", "do", "they", "happen", "happened", "and", "so",
            "again", "what", "year", "date", "day", "place", "which", "go", "leave", "to", "from",
            // "which yr", "in which region", "which part of russia"
            "yr", "month", "in", "on", "part", "region", "area", "of", "russia");
    // "where did they meet?" after Medvedev's meeting asks where that was; "where do they meet?" is
    // the summit's own question.
    private static final Set<String> MEETING = Set.of("meet", "met", "meeting", "held", "taken", "visit", "visited",
            "went", "trip");
    private static final Pattern PAST = Pattern.compile("\\b(did|was|were|met|held|taken)\\b");

    private ConversationRules() {
    }

    /** The intent {@code query} asks for, given what the classifier chose and the conversation. */
    static String resolve(Query query, String intent, Prediction prediction, TopicFacts topics) {
        String question = query.text();
        List<PersonMention> mentions = query.mentions();
        Optional<ConversationMemory.Context> context = query.context();
        String resolved = followUp(query.normal(), intent, mentions, context, topics);
        resolved = personElsewhere(query, resolved, topics);
        resolved = meetingsOfOthers(query, resolved, topics);
        resolved = whoIsHe(query, resolved, prediction, context);
        resolved = whenOrWhereOfLastTopic(query.normal(), resolved, mentions, context);
        resolved = placeOfLastTopic(query, resolved, prediction, topics);
        resolved = bareQuestionAboutLastTopic(query, resolved, topics);
        resolved = cuedByLastAnswer(query, resolved);
        resolved = statedByLastAnswer(query, resolved, topics);
        resolved = pointsBackToLastTopic(query, resolved, prediction, topics);
        resolved = asksOnRatherThanChats(query, resolved);
        resolved = precisionOfLastAnswer(query, resolved, prediction, topics);
        resolved = shortWhOfLastTopic(query, resolved, prediction, topics);
        resolved = countsCompared(query, resolved, topics);
        resolved = totalOfLastCount(query, resolved);
        resolved = whatKimWants(query, resolved);
        resolved = whatRussiaWants(query, resolved);
        resolved = whoIsNamed(query, resolved);
        resolved = bareName(query, resolved);
        resolved = whoIsThat(query, resolved);
        resolved = bridgedByLastAnswer(query, resolved, topics);
        return notAboutThisSummit(query, resolved, mentions);
    }


    // "and moscow?", "and in vladivostok the year after?" after Putin's meetings with Kim's father: a
    // follow-on of a few words naming a city that a fact of the last topic names asks about it
    // there, not where this summit is. ("and what's the wheat price in russia?" names a country.)
    private static String placeOfLastTopic(Query query, String intent, Prediction prediction, TopicFacts topics) {
        if (query.context().isEmpty() || !query.mentions().isEmpty() || query.words().size() > PLACE_FOLLOW_ON_WORDS
                || !FOLLOWS_ON.matcher(query.normal()).find()
                || !(Intents.LOCATION.equals(intent) || placedUnsurely(intent, prediction))) {
            return intent;
        }
        String last = query.context().get().intent();
        List<Slot> places = topics.citiesNamed(query);
        return Intents.ASKABLE_TOPICS.contains(last) && !places.isEmpty() && topics.checks(last, places) ? last : intent;
    }

    // "what does Kim want from Putin?" is his wish list and goals, though its words also fit "what
    // Putin wants" (the encoder hears no difference) and slang sounds out of scope.
    private static String whatKimWants(Query query, String intent) {
        boolean aboutKim = query.mentions().stream().allMatch(m -> SUMMIT_PARTIES.contains(m.person().id()))
                && query.mentions().stream().findFirst().map(m -> m.person().id().equals("kim_jong_un")).orElse(false);
        return aboutKim && QuestionShape.wantsOverall(query.normal()) ? KIM_GOALS : intent;
    }

    // "did kim meet trump more than moon?": a yes/no comparing how often Kim met leaders whose
    // summits with him are counted is the summit count's, however else it sounds; so is "how does
    // that compare with xi?" after a count.
    private static String countsCompared(Query query, String intent, TopicFacts topics) {
        boolean afterACount = query.context().map(c -> Intents.SUMMIT_COUNT.equals(c.intent())).orElse(false)
                && CountComparison.asksHowItCompares(query.normal());
        return (afterACount || (query.shape().yesNo() && CountComparison.asks(query.normal())))
                && query.mentions().stream()
                .filter(m -> !SUMMIT_PARTIES.contains(m.person().id()))
                .anyMatch(m -> topics.namesPerson(Intents.SUMMIT_COUNT, m.person().id())) ? Intents.SUMMIT_COUNT
                : intent;
    }

    // "so nine in total, right?" after Kim's summit counts: a figure offered for them all together.
    private static String totalOfLastCount(Query query, String intent) {
        boolean afterACount = query.context().map(c -> Intents.SUMMIT_COUNT.equals(c.intent())).orElse(false);
        return afterACount && SummitCountHandler.asksTotal(query.normal()) && !query.values().isEmpty()
                && query.values().stream().allMatch(v -> v.kind().equals("number")) ? Intents.SUMMIT_COUNT : intent;
    }

    // "what is putin hoping to get out of this meeting with kim?", "and what does russia want?": what
    // the Russian side wants is not Kim's wish list, though every word but the first actor fits it.
    static String whatRussiaWants(Query query, String intent) {
        if (!KIM_GOALS.equals(intent) || !query.words().contains("want")) {
            return intent;
        }
        List<String> words = List.of(query.normal().split(" "));
        // The one who wants: the side after "does" or "is" ("with russia, what does kim want?"), else
        // the side named first.
        for (int i = 0; i + 1 < words.size(); i++) {
            if (WANTER_AUXILIARIES.contains(words.get(i))) {
                String next = words.get(i + 1).equals("the") && i + 2 < words.size() ? words.get(i + 2)
                        : words.get(i + 1);
                if (RUSSIAN_SIDE.contains(next) || NORTH_KOREAN_SIDE.contains(next)) {
                    return RUSSIAN_SIDE.contains(next) ? PUTIN_OUTLOOK : intent;
                }
            }
        }
        int russia = firstOf(words, RUSSIAN_SIDE);
        int kim = firstOf(words, NORTH_KOREAN_SIDE);
        return russia >= 0 && (kim < 0 || russia < kim) ? PUTIN_OUTLOOK : intent;
    }

    private static int firstOf(List<String> words, Set<String> wanted) {
        for (int i = 0; i < words.size(); i++) {
            if (wanted.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    // "what's the exact figure?" after the workers' revenue: a short question asking for more
    // precision than the last answer gave asks it of the last topic, whatever the classifier hears
    // short of a sure article topic (a small-talk guess is redirected too).
    private static String precisionOfLastAnswer(Query query, String intent, Prediction prediction, TopicFacts topics) {
        AnswerType asked = query.shape().type();
        if (query.context().isEmpty() || !query.mentions().isEmpty()
                || (asked.specific() && !topics.serves(query.context().get().intent(), asked))
                || !Intents.ASKABLE_TOPICS.contains(query.context().get().intent()) || !UnitRanker.asksPrecision(query)
                || query.words().size() > PRECISE_FOLLOW_UP_WORDS
                || (Intents.family(intent) == Family.ARTICLE && prediction.confidence() >= UNSURE_OF_NEW_TOPIC)) {
            return intent;
        }
        return query.context().get().intent();
    }

    // "how bad?" after the possible food shortage: a wh-question of a word or two, naming no one,
    // that the classifier cannot place, asks about the last topic when the last topic knows its words.
    private static String shortWhOfLastTopic(Query query, String intent, Prediction prediction, TopicFacts topics) {
        if (!placedUnsurely(intent, prediction) || query.context().isEmpty() || !query.mentions().isEmpty()
                || query.words().isEmpty()
                || query.words().size() > SHORT_WH_WORDS || !WH_WORD.matcher(query.normal()).find()
                || !Intents.ASKABLE_TOPICS.contains(query.context().get().intent())) {
            return intent;
        }
        String last = query.context().get().intent();
        AnswerType asked = query.shape().type();
        // ("how much trade?" after China: its gap says the article gives no figures for China.)
        if (asked.specific() && !topics.serves(last, asked)) {
            return topics.coversWithGap(last, query) ? last : intent;
        }
        return topics.coverage(last, query) >= 1.0 || topics.coversWithGap(last, query) ? last : intent;
    }

    // Declined, or given an article topic the classifier is not sure of.
    private static boolean placedUnsurely(String intent, Prediction prediction) {
        return ScopeGate.OUT_OF_SCOPE.equals(intent)
                || (Intents.family(intent) == Family.ARTICLE && prediction.confidence() < UNSURE_OF_NEW_TOPIC);
    }

    // "against what?", "so what's the catch?" in the middle of a conversation ask on about the last
    // topic, though short questions like them sound like small talk to the classifier. Greetings,
    // thanks and questions about the bot stay small talk.
    private static String asksOnRatherThanChats(Query query, String intent) {
        // "achievable?", "realistic?": one word of the article's kind asked of the last answer.
        boolean oneWordAsked = query.text().strip().endsWith("?") && query.words().size() == 1
                && query.normal().split(" ").length == 1;
        if (!Intents.SMALL_TALK.contains(intent) || query.context().isEmpty()
                || !Intents.ASKABLE_TOPICS.contains(query.context().get().intent())
                || !(WH_WORD.matcher(query.normal()).find() || oneWordAsked)
                || ABOUT_THE_BOT.matcher(query.normal()).find()
                || CHAT.matcher(query.normal()).find() || query.normal().split(" ").length > SHORT_FOLLOW_UP) {
            return intent;
        }
        return query.context().get().intent();
    }

    // "then what happened?", "anything else?", "how come?" after an answer: the last topic, whatever
    // topic the classifier finds in words that name none.
    private static String cuedByLastAnswer(Query query, String intent) {
        FollowUpCue cue = FollowUpCue.of(query.normal());
        // ("why does kim care?" names only the leader every fact is about.)
        boolean noOneNew = query.mentions().isEmpty() || (cue == FollowUpCue.REASON && query.mentions().stream()
                .allMatch(m -> SUMMIT_PARTIES.contains(m.person().id())));
        if (query.context().isEmpty() || !noOneNew
                || !Intents.ASKABLE_TOPICS.contains(query.context().get().intent())
                || cue == FollowUpCue.NONE) {
            return intent;
        }
        return query.context().get().intent();
    }

    // "and with south korea?" after Kim's talks with the U.S. and his campaign for South Korean
    // investment have stalled: a follow-on of a few words, every one of which the last answer
    // states, asks of that answer again, not of the topic its words also fit.
    private static String statedByLastAnswer(Query query, String intent, TopicFacts topics) {
        Optional<ConversationMemory.Context> context = query.context();
        if (context.isEmpty() || context.get().unit() == null || !query.mentions().isEmpty()
                || !Intents.ASKABLE_TOPICS.contains(context.get().intent())
                || !FOLLOWS_ON.matcher(query.normal()).find() || WH_WORD.matcher(query.normal()).find()
                || query.words().size() > STATED_FOLLOW_ON_WORDS || !topics.states(context.get().unit(), query)) {
            return intent;
        }
        return context.get().intent();
    }

    // "which summit failed?", "what failed?" after Kim's desire to notch a win after the failure of
    // his second summit with Trump: what the last answer mentions in passing, asked about in words
    // it uses there, is the topic of another fact that says it in the same words.
    private static String bridgedByLastAnswer(Query query, String intent, TopicFacts topics) {
        Optional<ConversationMemory.Context> context = query.context();
        if (context.isEmpty() || context.get().unit() == null || query.shape().yesNo()
                || !query.mentions().stream().allMatch(m -> PersonResolver.PRONOUNS.contains(m.matched()))
                || !Intents.ASKABLE_TOPICS.contains(context.get().intent())
                || !WHAT_OR_WHICH.matcher(query.normal()).find() || query.words().size() > BRIDGE_WORDS) {
            return intent;
        }
        return topics.bridgedBy(context.get().unit(), query).orElse(intent);
    }

    // "what would that take?", "how did it end?", "why is he stuck?": a short question the
    // classifier cannot place, pointing back with a pronoun, continues the last topic.
    private static String pointsBackToLastTopic(Query query, String intent, Prediction prediction,
                                                TopicFacts topics) {
        // "where else did they meet?" asks for another of what the last answer gave, however sure
        // the classifier is of a topic where meeting places are the subject.
        boolean another = ELSE.matcher(query.normal()).find() && query.context().isPresent()
                && topics.serves(query.context().get().intent(), query.shape().type());
        boolean unsure = placedUnsurely(intent, prediction) || Intents.THANKS_BYE.equals(intent)
                || Intents.HELP.equals(intent) || another;
        if (query.context().isEmpty() || !unsure || !Intents.ASKABLE_TOPICS.contains(query.context().get().intent())
                || query.normal().split(" ").length > SHORT_FOLLOW_UP || !POINTING_BACK.matcher(query.normal()).find()
                || !(query.shape().yesNo() || WH_WORD.matcher(query.normal()).find())) {
            return intent;
        }
        String last = query.context().get().intent();
        // "how long does it last?" after where: a kind of answer the last topic has none of (nor a
        // gap saying so: "how much do they trade?" after China) and the classifier's topic has.
        AnswerType asked = query.shape().type();
        if (asked.specific() && Intents.family(intent) == Family.ARTICLE && !topics.serves(last, asked)
                && !topics.coversWithGap(last, query) && topics.serves(intent, asked)) {
            return intent;
        }
        // "is it on friday?" after where the summit is: a day the last topic cannot check, the
        // classifier's topic can.
        if (Intents.family(intent) == Family.ARTICLE && topics.checkedOnlyBy(intent, last, query)) {
            return intent;
        }
        // "what's stopping him from fixing the economy?" has words of its own that the new topic
        // holds and the last one does not ("is it billions?" has a figure, which is no topic's word).
        Query own = query.withoutFigures();
        if (!own.words().isEmpty() && Intents.family(intent) == Family.ARTICLE && !topics.covers(last, own)
                && topics.covers(intent, own)) {
            return intent;
        }
        // "are there many Chinese businessmen there?" after Russia's small footprint: a topic the
        // classifier guessed holds every word of it, the last topic does not.
        String guessed = Intents.family(intent) == Family.ARTICLE ? intent : prediction.runnerUp();
        if (query.words().size() >= OWN_WORDS && Intents.family(guessed) == Family.ARTICLE && !guessed.equals(last)
                && topics.coverage(guessed, query) >= 1.0 && topics.coverage(last, query) < 1.0) {
            return guessed;
        }
        return last;
    }

    // "why?", "how come?", "how much was that?", "and when?" after an answer: a question with no
    // words of its own asks its kind of answer about the last topic.
    // "and when?" after where the summit is asks when the summit is: when the last topic has no
    // answer of the kind asked, the classifier's topic stands.
    private static String bareQuestionAboutLastTopic(Query query, String intent, TopicFacts topics) {
        // "and today?", "and earlier?", "where in russia": nothing but a time or a place asks the last
        // question again for then or there ("why now?" asks a reason, not the last question again).
        boolean onlyATime = !query.words().isEmpty() && query.words().size() <= MAX_TIME_WORDS
                && query.shape().type() != AnswerType.REASON
                && !query.slots().isEmpty() && query.slots().stream().allMatch(v -> v.kind().equals(SlotFinder.PERIOD)
                || (v.kind().equals("place") && query.shape().type() == AnswerType.PLACE)
                // "in the billions?" after the workers' revenue: a figure alone checks the last amount.
                || (v.kind().equals("number") && query.words().stream().allMatch(SlotFinder::figureWord)
                        && query.context().map(c -> topics.serves(c.intent(), AnswerType.AMOUNT)).orElse(false)))
                // "where exactly in vladivostok?" after the day: a place asks again only of a topic with places.
                && (query.shape().type() != AnswerType.PLACE || query.context().map(c -> topics.serves(c.intent(),
                        AnswerType.PLACE)).orElse(false))
                // ("what happened in ukraine today", surely out of scope, asks of something the article
                // never mentions; "how many at the high point" uses words of its own.)
                && !(ScopeGate.OUT_OF_SCOPE.equals(intent) && query.confidence() >= SURELY_OUT_OF_SCOPE
                        && topics.namesSomethingForeign(query));
        if (query.context().isEmpty() || !(query.words().isEmpty() || onlyATime) || !query.mentions().isEmpty()
                || !Intents.ASKABLE_TOPICS.contains(query.context().get().intent())) {
            return intent;
        }
        String last = query.context().get().intent();
        // "tell me more": more about the last topic. "why now?" is a whole question: why this summit now.
        boolean whyNow = Intents.family(intent) == Family.ARTICLE && QuestionShape.asksWhyNow(query.normal());
        if (onlyATime || (query.shape().broad() && !Intents.SMALL_TALK.contains(intent) && !whyNow)) {
            return last;
        }
        AnswerType asked = query.shape().type();
        // "which one?" picks among what the last answer spoke of.
        if (!asked.specific() && asked != AnswerType.LIST && !query.shape().yesNo()
                && !WhichOne.asks(query.normal())) {
            return intent;
        }
        // "who are you?" is small talk whatever came before; "oh ok so where" is not.
        if (Intents.SMALL_TALK.contains(intent) && ABOUT_THE_BOT.matcher(query.normal()).find()) {
            return intent;
        }
        boolean classifierPlaced = !ScopeGate.OUT_OF_SCOPE.equals(intent);
        return classifierPlaced && !Intents.SMALL_TALK.contains(intent) && asked.specific()
                && !topics.serves(last, asked)
                ? intent : last;
    }

    // "and with Moon?" after a summit question keeps the summit question's intent: a message that is
    // nothing but people and connecting words continues the last question. "how old is putin" is not.
    // "what about Medvedev?" after Putin's past meetings stays there when that topic names him.
    private static String followUp(String normal, String intent, List<PersonMention> mentions,
                                   Optional<ConversationMemory.Context> context, TopicFacts topics) {
        if (context.isEmpty() || mentions.isEmpty()) {
            return intent;
        }
        String last = context.get().intent();
        boolean continues = PERSON_INTENTS.contains(last) || (Intents.ASKABLE_TOPICS.contains(last)
                && mentions.stream().allMatch(m -> topics.namesPerson(last, m.person().id())));
        if (!continues) {
            return intent;
        }
        return onlyPeople(normal, mentions) ? context.get().intent() : intent;
    }

    // A message that is nothing but people and connecting words ("and with Moon?", "what about Medvedev?").
    private static boolean onlyPeople(String normal, List<PersonMention> mentions) {
        String[] words = normal.split(" ");
        boolean[] named = new boolean[words.length];
        for (PersonMention m : mentions) {
            int length = m.matched().split(" ").length;
            for (int i = m.position(); i < Math.min(words.length, m.position() + length); i++) {
                named[i] = true;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!named[i] && !CONNECTORS.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    // "and Medvedev?", "and Putin personally?" after the history of Moscow and Pyongyang: a person
    // the last topic does not name, whose summits with Kim the article does not count, is asked
    // about where the article speaks of him most (Putin's own past with the North).
    private static String personElsewhere(Query query, String intent, TopicFacts topics) {
        Optional<ConversationMemory.Context> context = query.context();
        if (context.isEmpty() || !Intents.ARTICLE_TOPICS.contains(context.get().intent())
                || Intents.family(intent) != Family.SUMMIT_COUNT || query.mentions().size() != 1
                || !onlyPeople(query.normal(), query.mentions())) {
            return intent;
        }
        String person = query.mentions().get(0).person().id();
        if (topics.namesPerson(intent, person) || topics.namesPerson(context.get().intent(), person)) {
            return intent;
        }
        Map<String, Integer> naming = Intents.ARTICLE_TOPICS.stream()
                .collect(Collectors.toMap(t -> t, t -> topics.unitsNaming(t, person)));
        return naming.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(intent);
    }

    // "and how often has he met Kim's father?" after Putin's visit to Pyongyang: the summit count
    // counts Kim's summits; two others meeting, one of whom it never names, are the topic that
    // names them both most.
    private static String meetingsOfOthers(Query query, String intent, TopicFacts topics) {
        if (Intents.family(intent) != Family.SUMMIT_COUNT) {
            return intent;
        }
        List<String> people = query.mentions().stream().map(m -> m.person().id())
                .filter(id -> !KIM.equals(id)).distinct().toList();
        if (people.size() < 2 || people.stream().allMatch(id -> topics.namesPerson(intent, id))) {
            return intent;
        }
        return Intents.ARTICLE_TOPICS.stream()
                .filter(t -> people.stream().allMatch(id -> topics.namesPerson(t, id)))
                .max(java.util.Comparator.<String>comparingInt(t -> people.stream()
                        .mapToInt(id -> topics.unitsNaming(t, id)).sum()).thenComparing(java.util.Comparator.reverseOrder()))
                .orElse(intent);
    }

    // "who is that?" after an answer that named someone: who that person is, whatever the
    // classifier or the last topic says.
    private static String whoIsThat(Query query, String intent) {
        boolean lastNamedSomeone = query.context().map(c -> c.personId() != null).orElse(false);
        return lastNamedSomeone && query.mentions().isEmpty() && WHO_IS_THAT.matcher(query.normal()).matches()
                ? Intents.PERSON : intent;
    }

    // "kim's old man?", "medvedev?": a message that is nothing but a person, which the classifier
    // cannot place, asks who that is.
    private static String bareName(Query query, String intent) {
        return ScopeGate.OUT_OF_SCOPE.equals(intent) && query.namesOnly()
                ? Intents.PERSON : intent;
    }

    // "whos kim again", "who is the chinese president": asking who a named person is.
    private static String whoIsNamed(Query query, String intent) {
        if (Intents.PERSON.equals(intent) || query.shape().type() != AnswerType.PERSON || query.mentions().size() != 1
                || query.mentions().get(0).relativeOf() != null || !WHO_IS.matcher(query.normal()).find()) {
            return intent;
        }
        Set<String> name = Set.copyOf(java.util.Arrays.asList(query.mentions().get(0).matched().split(" ")));
        return query.words().stream().allMatch(w -> name.contains(w) || ASIDES.contains(w)) ? Intents.PERSON : intent;
    }

    private static final int WHAT_HE_IS_WORDS = 3;
    private static final java.util.regex.Pattern IS_HE = java.util.regex.Pattern.compile(
            "^(?:(?:so|and|but|ok) )*(?:is|was|isn t|wasn t|isnt|wasnt) (?:he|she)\\b");

    // "who is he?" right after a question about a person: the pronoun names them, so the classifier's
    // person guess is trusted even below the gate.
    private static String whoIsHe(Query query, String intent, Prediction prediction,
                                  Optional<ConversationMemory.Context> context) {
        boolean lastNamedSomeone = context.isPresent() && context.get().personId() != null;
        // ("is he still president?" right after who Medvedev is asks what he is.)
        // ("is he meeting trump again?" asks about someone else too.)
        boolean asksWhatHeIs = query.shape().yesNo() && IS_HE.matcher(query.normal()).find()
                && context.map(c -> Intents.PERSON.equals(c.intent())).orElse(false)
                && query.mentions().stream().allMatch(m -> m.person().id().equals(context.get().personId()))
                && query.words().size() <= WHAT_HE_IS_WORDS;
        boolean asksWho = Intents.PERSON.equals(prediction.intent()) || asksWhatHeIs
                || (query.shape().type() == AnswerType.PERSON && query.words().isEmpty());
        boolean onlyThePronoun = lastNamedSomeone && query.shape().type() == AnswerType.PERSON
                && query.words().isEmpty()
                && query.mentions().stream().allMatch(m -> m.person().id().equals(context.get().personId()));
        // "who else is going with him?" asks for other people, not who he is.
        boolean someoneElse = query.normal().contains("who else");
        if ((ScopeGate.OUT_OF_SCOPE.equals(intent) || onlyThePronoun) && asksWho && lastNamedSomeone && !someoneElse
                && PRONOUN.matcher(query.text()).find()) {
            return Intents.PERSON;
        }
        // "who is he?" is never small talk: it asks about someone, named before or not.
        if (Intents.SMALL_TALK.contains(intent) && query.shape().type() == AnswerType.PERSON
                && PRONOUN.matcher(query.text()).find() && !ABOUT_THE_BOT.matcher(query.normal()).find()) {
            return Intents.PERSON;
        }
        return intent;
    }

    // The summit's place, date and participants are Kim's and Putin's: "where is kim meeting moon?"
    // asks about another meeting, which the article does not place or date.
    // ("who's the chinese leader kim keeps meeting?" asks who that is.)
    private static String notAboutThisSummit(Query query, String intent, List<PersonMention> mentions) {
        if (!aboutAnotherMeeting(intent, mentions)) {
            return intent;
        }
        boolean whoIsTheOther = WHO_IS.matcher(query.normal()).find() && mentions.stream()
                .min(java.util.Comparator.comparingInt(PersonMention::position))
                .map(m -> !SUMMIT_PARTIES.contains(m.person().id())).orElse(false);
        return whoIsTheOther ? Intents.PERSON : ScopeGate.OUT_OF_SCOPE;
    }

    /** Whether a question of this summit's place, date or participants names someone else's meeting. */
    static boolean aboutAnotherMeeting(String intent, List<PersonMention> mentions) {
        return THIS_SUMMIT.contains(intent) && mentions.stream()
                .anyMatch(m -> m.relativeOf() == null && !SUMMIT_PARTIES.contains(m.person().id()));
    }

    // "when was that?" after a question about Hanoi asks when Hanoi was, not when the summit is: a
    // bare when/where continues a topic that carries its own dates and places.
    private static String whenOrWhereOfLastTopic(String normal, String intent, List<PersonMention> mentions,
                                                 Optional<ConversationMemory.Context> context) {
        // "when did he go, then?" after Putin's visit: "he" is the last answer's person, no one new.
        if (context.isEmpty() || !mentions.stream().allMatch(m -> PersonResolver.PRONOUNS.contains(m.matched()))
                || !WHEN_OR_WHERE.contains(intent)
                || !TOPICS_WITH_OWN_TIME_AND_PLACE.contains(context.get().intent())) {
            return intent;
        }
        boolean past = PAST.matcher(normal).find();
        for (String word : normal.split(" ")) {
            if (!BARE_WHEN_OR_WHERE.contains(word) && !PersonResolver.PRONOUNS.contains(word)
                    && !(past && MEETING.contains(word))) {
                return intent;
            }
        }
        return context.get().intent();
    }
}
