package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.ContentWords;
import summitbot.nlp.Intents;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * Sends an understood question to the handler of its topic, letting word retrieval correct a topic
 * whose best fact barely matches the question, and sending a yes/no question to the fact that can
 * check the values it takes for granted.
 */
final class TopicRouting {
    // Retrieval overrides the classifier's topic only when the topic's best unit barely shares a
    // word with the question and another topic's unit is clearly better.
    private static final double WEAK_WORD_MATCH = 0.35;
    private static final double CLEARLY_BETTER = 1.0;
    private static final double CLEARLY_MORE_WORDS = 0.4;
    // How much closer in meaning the classifier's topic may be before retrieval's word match loses.
    private static final double MEANING_GIVEN_UP = 0.25;
    // A classifier this sure (a question an admin taught, say) keeps its topic whatever the words say.
    private static final double SURE_OF_TOPIC = 0.9;
    // Confident enough that the words of another topic must also be closer in meaning to move it.
    private static final double CONFIDENT_OF_TOPIC = 0.8;
    private static final int CHECK_CANDIDATES = 8;
    private static final double MIN_CHECK_WORDS = 0.3;
    private static final double CHECK_WORDS_GIVEN_UP = 0.3;
    // "100 times bigger", "tenfold": a multiple, not a thing counted.
    private static final Set<String> MULTIPLES = Set.of("times", "fold", "x", "percent");
    private static final Pattern COUNTED = Pattern.compile("\\b(\\d[\\d,.]*k?|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|twenty|fifty|hundred|thousand|million|billion) (\\w+)");

    private final Map<String, IntentHandler> handlers;
    private final IntentHandler fallback;
    private final UnitRanker ranker;
    private final UnitStore unitStore;
    private final UnitAnswerer units;
    private final PremiseUnits premises;

    /** @param handlers the handler of each intent; {@code fallback} for any other */
    TopicRouting(Map<String, IntentHandler> handlers, IntentHandler fallback, UnitRanker ranker, UnitStore unitStore,
                 UnitAnswerer units, PremiseUnits premises) {
        this.handlers = Map.copyOf(handlers);
        this.fallback = fallback;
        this.ranker = ranker;
        this.unitStore = unitStore;
        this.units = units;
        this.premises = premises;
    }

    // The classifier picks the topic; when that topic's best unit barely matches the question's
    // words and a unit of another topic matches it clearly better, the classifier was wrong.
    Reply route(Query query) {
        IntentHandler handler = handlers.getOrDefault(query.intent(), fallback);
        if (!Intents.ARTICLE_TOPICS.contains(query.intent())) {
            return handler.reply(query);
        }
        List<UnitStore.Hit> hits = ranker.search(query);
        UnitRanker.Ranking mine = ranker.rank(query, query.intent(), hits);
        UnitRanker.Scored best = mine.best();
        // "is it 2011?" after Putin's meetings with Kim Jong Il: a value offered for the one the last
        // answer gave is checked against that answer, not taken to the fact that holds it (Medvedev's).
        Optional<UnitRanker.Scored> offeredFor = query.followUp() && query.shape().yesNo()
                ? query.context().map(ConversationMemory.Context::unit).flatMap(unitStore::unit)
                        // (Not a summary, which states several facts; not "now?" or "before?", which
                        // switch the time of the last answer rather than offer a value for it.)
                        .filter(u -> u.intent().equals(query.intent()) && !u.summary() && !u.gap()
                                && query.values().stream().noneMatch(v -> v.kind().equals(SlotFinder.PERIOD))
                                && premises.offeredInstead(query, query.values(), u)
                                // ("was it rice?" after when the wheat was announced: a thing is the
                                // shipment's to check, not a date's.)
                                && query.values().stream().allMatch(v -> YesNoCheck.servedBy(v, u.types())))
                        .flatMap(u -> mine.ranked().stream().filter(x -> x.unit().key().equals(u.key())).findFirst())
                : Optional.empty();
        if (offeredFor.isPresent()) {
            return units.replyWith(query, offeredFor.get(), "the value offered for the last answer's");
        }
        boolean followUp = query.followUp();
        boolean sure = query.confidence() >= SURE_OF_TOPIC;
        AnswerType asked = query.shape().type();
        boolean missesKind = best != null && asked.specific() && !best.unit().serves(asked);
        // The best word match elsewhere; when the topic lacks the kind of answer asked ("why can't
        // Kim fix the economy?"), the best match elsewhere that gives it.
        UnitStore.Hit top = missesKind ? hits.stream().filter(h -> !h.intent().equals(query.intent()))
                .filter(h -> unitStore.unit(h.key()).map(u -> !u.gap() && u.serves(asked)).orElse(false))
                .findFirst().orElse(mine.topHit()) : mine.topHit();
        // "the summit is in St. Petersburg, right?": the topic's unit that can check the premise
        // answers it, not another topic's unit that merely names the same place.
        boolean checksPremise = query.shape().yesNo() && best != null && !best.unit().gap()
                && !query.values().isEmpty() && premises.checkable(query.values(), best.unit());
        // "why is kim going to russia now?" is about the timing, whatever topic its words name.
        // "which un resolution is kicking them out?" heard as about the sanctions: the topic's gap
        // matches only by the fact of another topic it quotes, which holds the question as well.
        Optional<AnswerUnit> quoted = best == null || !best.unit().gap() || top == null
                || top.intent().equals(query.intent()) ? Optional.empty()
                : unitStore.unit(top.key()).filter(u -> !u.gap() && !u.summary()
                        && ranker.coverage(query, u) >= best.coverage()
                        && ranker.stemsOfText(best.unit().text()).containsAll(ranker.stemsOfText(u.text())));
        if (quoted.isPresent() && Intents.ARTICLE_TOPICS.contains(quoted.get().intent())) {
            return units.replyWith(query.withIntent(quoted.get().intent()),
                    ranker.scoreOne(query.withIntent(quoted.get().intent()), quoted.get(), 0),
                    "the fact " + best.unit().key() + " quotes");
        }
        boolean whyNow = Intents.WHY_NOW.equals(query.intent()) && QuestionShape.asksWhyNow(query.normal());
        if (top != null && !followUp && !sure && !checksPremise && !whyNow && !top.intent().equals(query.intent())
                && Intents.UNIT_TOPICS.contains(top.intent())
                && (best == null || best.lexical() < WEAK_WORD_MATCH || best.coverage() < 1.0 || missesKind)) {
            if (Intents.ARTICLE_TOPICS.contains(top.intent())) {
                UnitRanker.Ranking other = ranker.rank(query.withIntent(top.intent()), top.intent(), hits);
                // Better by score, and explaining more of the question's words; never to say
                // "the article doesn't say" about a topic the classifier did not pick.
                // ("what's the article about in general?": a word of the laborers' revenue example, but
                // nothing of what it means.)
                // ("did he ever meet a north korean leader?" about Medvedev: the topic's fact names
                // him, the other topic's fact names only the leaders.)
                // ("and what about the south, can't they help" after China: heard as Seoul's topic with
                // confidence, and closer in meaning to it than to the food aid whose words it shares;
                // "what's kim's goal for 2020" names a value, which the other topic's fact states.)
                if (other.best().unit().gap()
                        || (best != null && other.best().meaning() < best.meaning() - MEANING_GIVEN_UP)
                        || (best != null && query.confidence() >= CONFIDENT_OF_TOPIC && query.values().isEmpty()
                                && other.best().meaning() < best.meaning())
                        || (best != null && namesWhoIsAsked(query, best.unit())
                                && !namesWhoIsAsked(query, other.best().unit()))) {
                    return units.reply(query, mine);
                }
                boolean givesKind = missesKind && other.best().unit().serves(asked)
                        && other.best().coverage() >= best.coverage() - CLEARLY_MORE_WORDS;
                if (best == null || (other.best().score() > best.score() + CLEARLY_BETTER
                        && other.best().coverage() > best.coverage())
                        || (other.best().coverage() >= best.coverage() + CLEARLY_MORE_WORDS
                        && !(query.shape().broad() && best.unit().summary() && best.score() > other.best().score()))
                        || givesKind) {
                    Reply r = units.reply(query.withIntent(top.intent()), other);
                    return r.withDetail("retrieval chose " + top.intent() + " over " + query.intent() + " ("
                            + (best == null ? "no unit" : best.describe()) + "); " + r.detail());
                }
            } else if (!query.mentions().isEmpty() && (best == null || unitStore.unit(top.key())
                    .map(u -> ranker.coverage(query, u) >= best.coverage()).orElse(false))) {
                // "who took the pic of kim?": who Kim is holds fewer of its words than the photo's facts.
                return handlers.get(top.intent()).reply(query.withIntent(top.intent()));
            }
        }
        // A gap names values only to say what is missing: a yes/no question is checked by a fact
        // ("was the resolution from 2017?"), unless it asks for a name ("name of the japanese paper?").
        boolean gapCannotCheck = best != null && best.unit().gap() && QuestionShape.identityAskedFor(query.normal()) == null;
        // ("who's warned seoul? beijing?": a guess at what the question asks is checked by its answer.)
        boolean guessed = QuestionShape.guessedWords(query.text()) > 0;
        if (query.shape().yesNo() && !query.values().isEmpty() && best != null && !guessed
                && (gapCannotCheck || !(premises.checkable(query.values(), best.unit())
                        || (query.followUp() && premises.offeredInstead(query, query.values(), best.unit()))))) {
            // "to Pyongyang?" after when the wheat was announced: the topic's own fact that says where.
            Optional<UnitRanker.Scored> own = !query.followUp() ? Optional.empty() : mine.ranked().stream()
                    .filter(x -> !x.unit().gap() && !x.unit().summary() && premises.checkable(query.values(), x.unit()))
                    .findFirst();
            if (own.isPresent()) {
                return units.replyWith(query, own.get(), "the topic's unit that can check the question's "
                        + query.values().get(0).kind());
            }
            Optional<Reply> checked = unitThatCanCheck(query, hits, mine.topHit(), best.coverage());
            if (checked.isPresent()) {
                return checked.get();
            }
        }
        return units.reply(query, mine);
    }

    // "was it about two years?" is not checked by "two urgent concerns": a number asked of another
    // topic's fact must count the same thing (the word after it).
    private boolean countsTheSameThing(Query query, AnswerUnit unit) {
        Matcher counted = COUNTED.matcher(query.normal());
        if (!counted.find()) {
            return true;
        }
        String thing = counted.group(2);
        return ContentWords.STOPWORDS.contains(thing) || MULTIPLES.contains(thing) || ranker.holds(unit.text(), thing);
    }

    // "is the summit in Beijing?" classified as China: the unit that states where the summit is
    // can check the premise, the topic's best unit cannot.
    // ("north korea's main trading partner is russia, right?": the trade goal names Russia, but China's
    // role holds far more of the question; a fact that holds much less of it checks nothing it asks.)
    private Optional<Reply> unitThatCanCheck(Query query, List<UnitStore.Hit> hits, UnitStore.Hit top,
                                             double coveredByBest) {
        for (UnitStore.Hit h : hits.subList(0, Math.min(CHECK_CANDIDATES, hits.size()))) {
            if (!Intents.ARTICLE_TOPICS.contains(h.intent()) || h.score() < MIN_CHECK_WORDS * top.score()) {
                continue;
            }
            Optional<AnswerUnit> unit = unitStore.unit(h.key());
            if (unit.isPresent() && !unit.get().gap() && !unit.get().summary()
                    && premises.checkable(query.values(), unit.get())
                    && ranker.coverage(query, unit.get()) >= coveredByBest - CHECK_WORDS_GIVEN_UP
                    && countsTheSameThing(query, unit.get())) {
                UnitRanker.Scored scored = ranker.scoreOne(query.withIntent(h.intent()), unit.get(),
                        h.score() / top.score());
                return Optional.of(units.replyWith(query.withIntent(h.intent()), scored,
                        "the unit that can check the question's " + query.slots().get(0).kind()));
            }
        }
        return Optional.empty();
    }

    // Whether the unit names every person the question asks about other than the two leaders, who
    // are named everywhere (none asked: no).
    private boolean namesWhoIsAsked(Query query, AnswerUnit unit) {
        List<Slot> asked = query.slots().stream().filter(v -> v.kind().equals(SlotFinder.PERSON)
                && !ConversationRules.SUMMIT_PARTIES.contains(v.value())).toList();
        return !asked.isEmpty() && ranker.slotsOf(unit.text()).containsAll(asked);
    }
}
