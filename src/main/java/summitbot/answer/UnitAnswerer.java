package summitbot.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import summitbot.facts.AnswerUnit;
import summitbot.nlp.AliasText;
import summitbot.nlp.AnswerType;
import summitbot.nlp.QuestionShape;
import summitbot.nlp.Slot;

/**
 * Answers an article topic with the one unit that answers what was asked: the topic's best-ranked
 * unit, its summary for a broad question, or "the article doesn't say" (with the closest fact it
 * does give) when the best unit is a known gap, or does not give the kind of answer asked for, or
 * shares too few of the question's words.
 */
final class UnitAnswerer implements IntentHandler {
    // Below this share of the question's content words found in the unit, a specific question is
    // taken to ask something the article does not give.
    static final double MIN_COVERAGE = 0.34;
    // A unit that holds nearly every word of the question answers it even if the question's
    // wording asks another kind of answer ("who is their main trading partner" -> China).
    static final double FULL_COVERAGE = 0.75;
    static final double TRUSTED_CONFIDENCE = 0.8;

    // How far down the ranking a "doesn't say" unit may stand in for a fact that does not answer.
    private static final int GAP_RUNNERS_UP = 3;
    // How far below the first unit a follow-up's runner-up of the kind asked may score.
    private static final double KIND_MARGIN = 2.0;
    // The parts of a date a question may name as what it asks ("what year").
    static final Set<String> DATE_KINDS = Set.of("year", "month", "day");
    // Alternatives offered: "china vs russia", "this or that".
    private static final Pattern OFFERED = Pattern.compile("\\b(or|vs|versus)\\b");
    // A size the article does judge ("a very small footprint", "lots of businessmen").
    private static final Pattern SIZE_WORD = Pattern.compile("\\b(big|bigger|large|huge|major|massive|small|tiny"
            + "|little|few|minor|significant|lot|lots|many|long)\\b");
    // "how big is its presence?": a size asked, which words may give as well as figures.
    private static final Pattern SIZE_ASKED = Pattern.compile("\\bhow (big|large|small|strong|significant|extensive)\\b");
    // Questions only a figure answers: "how many workers in China?", "how long would the pipeline
    // be?", "what would it cost?" ("how much will Putin help?" asks a degree, not a figure).
    private static final Pattern NEEDS_A_NUMBER = Pattern.compile("\\b(how many|how long (would|will|is|are|was)"
            + " (the|that|this|it)|cost|costs|price)\\b");

    // Words by which the article reports what someone said: "announced", "has warned", "according to".
    private static final Pattern REPORTS_SPEECH = Pattern.compile("\\b(announced?|warned?|talk|talked|said|says"
            + "|estimated|according|appeal)\\b");

    // What is asked of a fact set in a place: its figure, date or place (not a reason, not a person).
    private static final Set<AnswerType> SET_IN_A_PLACE = EnumSet.of(AnswerType.AMOUNT, AnswerType.DATE,
            AnswerType.PLACE);

    private static final Pattern WILLINGNESS = Pattern.compile("\\b(willingness|willing)\\b");
    private static final Pattern DEED_ASKED = Pattern.compile("\\b(do|did|done|doing)\\b");
    private static final int DEED_STEPS = 3;
    private static final String NOT_THE_KIND = "not the kind asked";

    private final UnitRanker ranker;
    private final TemplateRenderer renderer;

    /** Whether a text (alias normal form) reports what someone said: "has warned Seoul", "according to". */
    static boolean reportsSpeech(String normal) {
        return REPORTS_SPEECH.matcher(normal).find();
    }

    UnitAnswerer(UnitRanker ranker, TemplateRenderer renderer) {
        this.ranker = ranker;
        this.renderer = renderer;
    }

    @Override
    public Reply reply(Query query) {
        return reply(query, ranker.rank(query, query.intent(), ranker.search(query)));
    }

    Reply reply(Query query, UnitRanker.Ranking ranking) {
        UnitRanker.Scored best = ranking.best();
        if (best == null) {
            return Reply.decline(renderer.render("answer.nothing", Map.of()));
        }
        AnswerUnit unit = best.unit();
        String detail = detail(ranking);
        String text = TemplateRenderer.sentence(unit.text());
        if (unit.gap()) {
            return Reply.ofUnit(unit, Reply.Kind.DECLINE, detail);
        }
        String thing = QuestionShape.identityAskedFor(query.normal());
        boolean unnamed = thing != null && unnamed(thing, unit);
        Optional<AnswerUnit> namedGap = unnamed ? gapAbout(ranking, thing) : Optional.empty();
        if (namedGap.isPresent()) {
            AnswerUnit gap = namedGap.get();
            return Reply.ofUnit(gap, Reply.Kind.DECLINE, detail + "; names no " + thing);
        }
        // "where do the workers in china work?": the fact is set elsewhere, which no gap of the topic
        // says; the fact itself, as what the article does say.
        if (setElsewhere(query, best)) {
            return doesntSay(unit, text, detail + "; set in another country");
        }
        Optional<String> notGiven = whyNotGiven(query, best, ranking.topHit() == null, unnamed);
        if (notGiven.isPresent()) {
            detail = detail + "; " + notGiven.get();
            // Not what was asked: the topic's own "doesn't say" among the close runners-up says
            // exactly what is missing ("what time of day does it start?" -> no time is given).
            Optional<AnswerUnit> gap = ranking.ranked().stream().limit(GAP_RUNNERS_UP).map(UnitRanker.Scored::unit)
                    .filter(AnswerUnit::gap).findFirst();
            if (gap.isPresent()) {
                return Reply.ofUnit(gap.get(), Reply.Kind.DECLINE, detail + "; not what was asked, the gap says so");
            }
            // "why did it break down?" after the ties: the words fit when they fell apart, but the
            // close runner-up gives the reason asked for.
            // ("so why hasn't seoul jumped on board?" gets the reason, not the warning ranked first; a
            // figure or a name asked afresh is no nearby fact's to give.)
            boolean runnerUpMayServe = query.followUp() || query.shape().type() == AnswerType.REASON;
            Optional<UnitRanker.Scored> ofTheKind = runnerUpMayServe && query.shape().type().specific()
                    ? ranking.ranked().stream().skip(1).limit(GAP_RUNNERS_UP)
                            .filter(r -> !r.unit().gap() && !r.unit().summary() && r.unit().serves(query.shape().type())
                                    && r.score() >= best.score() - KIND_MARGIN)
                            .findFirst()
                    : Optional.empty();
            if (ofTheKind.isPresent()) {
                return Reply.ofUnit(ofTheKind.get().unit(), Reply.Kind.ANSWER,
                        detail + "; the first unit not what was asked, the runner-up is");
            }
            return doesntSay(unit, text, detail + "; not what was asked");
        }
        return withDeedShown(query, Reply.ofUnit(unit, Reply.Kind.ANSWER, detail), unit);
    }

    // "what did russia do to help?" answered with "Russia has shown a willingness to provide
    // humanitarian aid": a willingness is no deed, so the claim the article states next in the same
    // topic, which shows it (the wheat shipped), follows as the supporting sentence.
    private Reply withDeedShown(Query query, Reply reply, AnswerUnit unit) {
        if (query.shape().yesNo() || !WILLINGNESS.matcher(AliasText.normalise(unit.text())).find()
                || !DEED_ASKED.matcher(query.normal()).find()) {
            return reply;
        }
        // (What was done, not when or where: "announced just last month" is passed over for the wheat.)
        Optional<AnswerUnit> next = ranker.claimAfter(unit.key()).flatMap(ranker::unitOf);
        for (int step = 0; step < DEED_STEPS && next.isPresent() && next.get().intent().equals(unit.intent());
                step++) {
            AnswerUnit n = next.get();
            if (!n.gap() && !n.summary() && (n.serves(AnswerType.DESCRIPTION) || n.serves(AnswerType.AMOUNT))) {
                return new Reply(reply.text() + " " + TemplateRenderer.sentence(n.text()), reply.kind(),
                        List.of(unit.key(), n.key()), reply.types(), reply.detail() + "; and the deed next",
                        reply.personId(), reply.topic());
            }
            next = ranker.claimAfter(n.key()).flatMap(ranker::unitOf);
        }
        return reply;
    }

    // "The article doesn't say. What it does say: <the unit>."
    private Reply doesntSay(AnswerUnit unit, String text, String detail) {
        return new Reply(renderer.render("answer.doesnt_say", Map.of("answer.text", text)), Reply.Kind.DECLINE,
                List.of(unit.key()), unit.types(), detail, null, unit.intent());
    }

    /** The reply with one given unit, as if it had ranked first. */
    Reply replyWith(Query query, UnitRanker.Scored unit, String why) {
        Reply r = reply(query, new UnitRanker.Ranking(List.of(unit), null));
        return r.withDetail(why + "; " + r.detail());
    }

    private Optional<String> whyNotGiven(Query query, UnitRanker.Scored best, boolean noWordKnown, boolean unnamed) {
        // "did trump say anything about the summit?": the article reports nothing he said of it (not even
        // in a summary).
        String speaker = QuestionShape.speakerAsked(query.normal());
        if (speaker != null && query.mentions().stream().anyMatch(m -> speaker.contains(m.matched()))
                && !reportsSpeech(AliasText.normalise(best.unit().text()))) {
            return Optional.of("no speech reported");
        }
        if (query.shape().broad() || best.unit().summary()) {
            return Optional.empty();
        }
        // "is that a lot?" after the wheat: a judgement of size the article does not make of it.
        if (QuestionShape.judgesSize(query.normal())
                && !SIZE_WORD.matcher(AliasText.normalise(best.unit().text())).find()) {
            return Optional.of("no size judged");
        }
        // Not one of the question's words is in any unit ("which harbour town", taught to the
        // classifier by an admin): the words cannot judge, a confident classifier can.
        if (noWordKnown && query.confidence() >= TRUSTED_CONFIDENCE) {
            return Optional.empty();
        }
        // "will there be a third Trump-Kim summit?" against when the second was: a prediction the
        // article does not make.
        if (Tense.asksFuture(query.normal()) && !Tense.speaksAhead(best.unit().text())) {
            return Optional.of("a prediction");
        }
        List<Slot> unitSlots = ranker.slotsOf(best.unit().text());
        // "is it on monday?": a value of the kind the unit states is checked, not declined.
        if (query.shape().yesNo() && query.slots().stream()
                .anyMatch(q -> unitSlots.stream().anyMatch(u -> u.kind().equals(q.kind())))) {
            return Optional.empty();
        }
        if (unnamed) {
            return Optional.of("unnamed");
        }
        // "When did Trump and Kim meet in Singapore?": the unit contradicts a value the question
        // takes for granted, so its answer would confirm a false premise.
        // ("how much wheat was it, like 20k tons?" guesses the answer: a guess is no premise.)
        List<Slot> premises = query.values().stream()
                .filter(v -> !YesNoCheck.answers(v, query.shape().type())).toList();
        // ("rice or wheat?": alternatives offered, one of which the unit states, are a choice asked.)
        boolean choiceOffered = OFFERED.matcher(query.normal()).find()
                && premises.stream().anyMatch(p -> YesNoCheck.states(unitSlots, p));
        if (!query.shape().yesNo() && !choiceOffered
                && YesNoCheck.check(premises, unitSlots, best.unit().types()) == YesNoCheck.Verdict.NO) {
            return Optional.of("a false premise");
        }
        boolean typeMissed = query.shape().type().specific() && !best.unit().serves(query.shape().type())
                && !statesAskedKind(query, best.unit().text(), unitSlots);
        // A follow-up ("why isn't that going anywhere?") speaks in its own words about the last
        // topic: only the kind of answer it asks for can rule a unit out.
        if (query.followUp()) {
            return typeMissed ? Optional.of(NOT_THE_KIND) : Optional.empty();
        }
        // "how long would the rail route be?", "how much would the pipeline cost?": every word is
        // there, but not one value of the kind asked.
        boolean noValueOfKind = NEEDS_A_NUMBER.matcher(query.normal()).find() && !best.unit().serves(AnswerType.AMOUNT)
                && unitSlots.stream().noneMatch(u -> u.kind().equals("number")) && !occasionsDated(query, unitSlots);
        if (typeMissed && best.coverage() < FULL_COVERAGE) {
            return Optional.of(NOT_THE_KIND);
        }
        return best.coverage() < MIN_COVERAGE ? Optional.of("few of its words")
                : noValueOfKind ? Optional.of("no figure") : Optional.empty();
    }

    // "what year was that resolution?" against "a 2017 U.N. sanctions resolution": a unit about
    // something else still gives the year, day or month a question names as what it asks.
    // "who's their main trading partner?" against "depended on China as its primary trading partner":
    // a "who" may be answered by a country the question does not name.
    private static boolean statesAskedKind(Query query, String text, List<Slot> unitSlots) {
        if (occasionsDated(query, unitSlots)) {
            return true;
        }
        // "how big is russia's presence there?" against "a very small footprint": a size in words.
        if (SIZE_ASKED.matcher(query.normal()).find() && SIZE_WORD.matcher(AliasText.normalise(text)).find()) {
            return true;
        }
        // ("china vs russia, who's their big trading partner?": one of the countries offered.)
        if (query.shape().type() == AnswerType.PERSON && query.mentions().isEmpty()) {
            boolean offered = OFFERED.matcher(query.normal()).find();
            return unitSlots.stream().anyMatch(u -> u.kind().equals("place") && (offered
                    || (!query.values().contains(u) && !query.normal().contains(AliasText.normalise(u.value())))));
        }
        return query.shape().type() == AnswerType.DATE && unitSlots.stream()
                .anyMatch(u -> DATE_KINDS.contains(u.kind()) && query.normal().contains(u.kind()));
    }

    // "how many times did putin meet kim's father?" against the meetings of 2001 and 2002: the
    // dated occasions are the count.
    private static boolean occasionsDated(Query query, List<Slot> unitSlots) {
        return QuestionShape.countsOccasions(query.normal())
                && unitSlots.stream().filter(u -> DATE_KINDS.contains(u.kind())).count() > 1;
    }

    // The topic's gap about the thing asked to be named ("doesn't name the researcher"), if any.
    private static Optional<AnswerUnit> gapAbout(UnitRanker.Ranking ranking, String thing) {
        return ranking.ranked().stream().map(UnitRanker.Scored::unit)
                .filter(u -> u.gap()
                        && AliasText.normalise(u.text()).matches(".*\\b[a-z]*" + Pattern.quote(thing) + "\\b.*"))
                .findFirst();
    }

    // "Which Japanese newspaper?" when the article says only "a Japanese newspaper": the unit
    // speaks of the thing asked about without naming it.
    private static boolean unnamed(String thing, AnswerUnit unit) {
        // "a Japanese newspaper" also leaves "which paper" unnamed.
        return Pattern.compile("\\b(a|an)( [a-z]+){0,2} [a-z]*" + Pattern.quote(thing) + "\\b")
                .matcher(AliasText.normalise(unit.text())).find();
    }

    private static String detail(UnitRanker.Ranking ranking) {
        return ranking.ranked().stream().limit(3).map(UnitRanker.Scored::describe)
                .collect(Collectors.joining("; "));
    }

    // "how many north korean workers are in china?" against the workers in Russia: a figure, date or
    // place asked of a fact set in another country than the question's. (A reason or a person asked
    // is no figure set in a place: "why does kim's unity pitch hit a wall with seoul?" against the
    // South's allegiance to Washington.)
    private boolean setElsewhere(Query query, UnitRanker.Scored best) {
        return !query.shape().yesNo() && !query.shape().broad() && !best.unit().summary()
                && SET_IN_A_PLACE.contains(query.shape().type())
                && setInAnotherCountry(query.values(), ranker.slotsOf(best.unit().text()));
    }

    // The question names countries (not the North, where everything happens), the unit others, and
    // none of the question's.
    private boolean setInAnotherCountry(List<Slot> asked, List<Slot> unit) {
        List<String> askedCountries = countries(asked);
        List<String> unitCountries = countries(unit);
        return !askedCountries.isEmpty() && !unitCountries.isEmpty()
                && askedCountries.stream().noneMatch(unitCountries::contains);
    }

    private List<String> countries(List<Slot> values) {
        // (A city or region counts as the country it is in: the Russian Far East as Russia.)
        return values.stream().filter(v -> v.kind().equals("place"))
                .flatMap(v -> Stream.concat(Stream.of(v.value()), v.within().stream()))
                .filter(p -> !p.equals(PremiseUnits.HOME) && ranker.isCountry(p)).distinct().toList();
    }
}
