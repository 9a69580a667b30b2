package summitbot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Intents;
import summitbot.nlp.PersonMention;
import summitbot.nlp.Slot;

/**
 * Questions one fact of the article answers whatever topic their words sound like, tried before a
 * question is routed to a topic: the reason the article gives right after the last claim ("what's
 * stopping him?"), the claim it makes after one that only says there is more ("so what is it about
 * then?"), yes/no questions about named people that one fact contradicts ("has kim met putin
 * before?") or sets in another place ("was it beijing that put kim's grandpa in power?"), someone
 * else meeting at this summit ("is kim meeting xi there?"), another country set beside the last
 * claim ("and russia?" after China's businessmen), and a name or a list of what the last claim spoke
 * of that the article withholds ("what's his name?" after the South Korean researcher).
 */
final class DirectAnswers {
    // "what's stopping him?", "why can't he just fix it?": a why about the last claim in a word or two.
    private static final int FEW_REASON_WORDS = 2;
    // A claim that says only that there is more to it, and the short question asking what.
    private static final Pattern TEASER = Pattern.compile("\\b(deeper than that|goes deeper|more to it|beyond that"
            + "|than most)\\b");
    private static final Pattern WHAT_INSTEAD = Pattern.compile("^((so|and|ok|okay|but|then|well|hmm) )*(what|whats|wat"
            + "|how|deeper how|like what|like how|how so|such as|meaning|in what way)\\b");
    private static final int TEASER_FOLLOW_UP = 8;
    private static final Pattern AGAINST_ANOTHER_TIME = Pattern.compile("\\b(?:is|was|are|were) (?:that|it|this|those)"
            + " (?:more|less|fewer|bigger|smaller|larger|higher|lower) than (?:\\w+ ){0,3}?(?:last year|before"
            + "|previously|last time|the year before|usual|normal|ever|in the past)\\b");
    private static final Pattern EARLIER = Pattern.compile("\\b(before|already|previously|ever|again)\\b");
    private static final int MIN_NAME_PART = 3;
    private static final String PUTIN = "vladimir_putin";
    // "and russia?", "what about the russians?", "russia too?", "compared to russia?"
    private static final Pattern COUNTRY_FOLLOW_ON = Pattern.compile("^(and|what about|how about|compared to|vs)\\b"
            + "|\\b(too|as well)$");
    private static final int COUNTRY_FOLLOW_ON_WORDS = 4;
    // ("so this summit is with trump?", "is trump at the summit?": who it is with, in the present.)
    private static final Pattern MEETS_NOW = Pattern.compile("\\b(is|are|will|gonna)\\b.*\\b(meet|meeting|meets|attend"
            + "|attending|join|joining|joins|seeing)\\b|\\b(summit|meeting|talks)( is| s| are)? (with|between)\\b"
            + "|\\b(is|are|will)\\b.*\\bat (this|the) (summit|meeting|talks)\\b");
    private static final Pattern MEETING_NOW = Pattern.compile("^(?:(?:yo|so|wait|and|hey|ok) )*(is|s) (kim( jong un)?"
            + "|he) (meeting|seeing|sitting down with)\\b");
    private static final Pattern AGAIN = Pattern.compile(" again\\b");
    private static final Pattern LATER = Pattern.compile("\\b(next|later|after|afterwards|soon|someday)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(did|was|were|met|has|have|had|again|before)\\b");
    // "who's coming with kim?", "who is kim bringing?", "is his sister going too?": who travels with
    // the leaders, which the article does not say.
    private static final Pattern WHO_TRAVELS = Pattern.compile("\\b(delegation|entourage|aides|accompan\\w*)\\b"
            + "|\\bwho( s| is| are)?( else)?( is| s)? (coming|going|travel+ing|rolling|tagging along|heading)"
            + " (with|w|along)\\b|\\bwho (is|s) (kim|he) (bringing|taking)\\b|\\bwho else (is |s )?(going|coming"
            + "|attending)\\b");
    private static final Pattern GOES_ALONG = Pattern.compile("\\b(going|coming|attending|joining|tagging along"
            + "|come along|go along|there too)\\b");
    private static final Pattern HOW_IS_IT_GOING = Pattern.compile(
            "\\bhow( s|s| is) (it|everything|things|life) going\\b");
    private static final Pattern HOW = Pattern.compile("\\bhow\\b");
    private static final Pattern SOMEONE = Pattern.compile("\\b(he|they|him|them)\\b");
    private static final Set<String> JOURNEY_WORDS = Set.of("going", "heading", "travelling", "traveling",
            "coming", "also", "still", "really", "actually");
    private static final Pattern MEETING_VERB = Pattern.compile("\\b(meet|meets|meeting|met|visit|visiting|see"
            + "|talk|talks|summit)\\b");
    private static final Set<String> COMPANIONS = Set.of("sister", "wife", "brother", "daughter", "family", "aide",
            "aides", "officials", "generals", "ministers", "minister", "advisers", "advisors", "staff");
    // ("will trump be mad about this meeting?" asks no one's presence: only "the meeting with ...".)
    private static final Pattern THIS_SUMMIT = Pattern.compile("\\b(this summit|the summit|vladivostok|this week"
            + "|thursday|(this|the) meeting( is| s)? (with|between))\\b");

    private static final Pattern NAME_ASKED = Pattern.compile("^(?:(?:so|and|ok|okay|but|wait) )*(?:(?:what s|whats"
            + "|what is|what was|wats|do we know|do they give|does it give|does it say) (?:his|her|their|its|the|that"
            + " person s|that guy s|the guy s) names?\\b|(?:the |a |his |her |their )?names?(?: pls| please| then)?$)");
    private static final String NAME = "name";
    private static final String LIST = "list";
    // What a gap says the article withholds: "doesn't name the researcher", "doesn't list the sanctions".
    private static final Pattern WITHHELD = Pattern.compile("(?i)\\b(?:doesn't|does not) (name|list) (?:the |its )?(\\w+)");
    private static final Pattern WHAT_OR_WHICH = Pattern.compile("\\b(what|whats|which|wat)\\b");
    private static final int WITHHELD_DETAIL_WORDS = 4;
    // Words in a row a gap's "what it does say" shares with the last answer: the same thing.
    private static final int SHARED_RUN = 3;

    private final UnitStore unitStore;
    private final UnitRanker ranker;
    private final UnitAnswerer units;
    private final YesNoAnswer yesNo;
    private final TemplateRenderer renderer;

    DirectAnswers(UnitStore unitStore, UnitRanker ranker, UnitAnswerer units, YesNoAnswer yesNo,
                  TemplateRenderer renderer) {
        this.unitStore = unitStore;
        this.ranker = ranker;
        this.units = units;
        this.yesNo = yesNo;
        this.renderer = renderer;
    }

    /** The reply one fact gives the question, if one does. */
    Optional<Reply> reply(Query query) {
        return oneOfTheLastList(query).or(() -> detailWithheld(query)).or(() -> reasonGivenNext(query))
                .or(() -> claimBehindTeaser(query))
                .or(() -> contradictedFact(query)).or(() -> placeSwappedOfSomeone(query))
                .or(() -> someoneElseAtThisSummit(query))
                .or(() -> countryBesideLastClaim(query)).or(() -> figureOfATimeNotGiven(query))
                .or(() -> whoTravelsAlong(query)).or(() -> howTheLeadersTravel(query))
                .or(() -> whereTheLeadersGo(query));
    }

    // "what's his name?" after the documents a South Korean researcher obtained, "what sanctions are
    // in it?" after the 2017 U.N. resolution: a name or a list of what the last answer spoke of,
    // which a gap says the article withholds ("doesn't name the researcher", "doesn't list the
    // sanctions"). The gap's second half says what the article does give, in words it shares with
    // the last answer. (Not the name of the last person the answer named: "his" is whoever it left
    // unnamed.)
    private Optional<Reply> detailWithheld(Query query) {
        boolean name = NAME_ASKED.matcher(query.normal()).find();
        if ((!name && !WHAT_OR_WHICH.matcher(query.normal()).find()) || query.shape().yesNo()
                || query.words().size() > WITHHELD_DETAIL_WORDS
                || query.mentions().stream().anyMatch(m -> !PersonResolver.PRONOUNS.contains(m.matched()))) {
            return Optional.empty();
        }
        return query.lastUnit(unitStore).flatMap(last -> unitStore.all().stream().filter(AnswerUnit::gap)
                .filter(u -> {
                    Matcher withheld = WITHHELD.matcher(u.text());
                    int split = u.text().indexOf(';');
                    return withheld.find() && split >= withheld.end()
                            && (name ? withheld.group(1).equals(NAME)
                                    : withheld.group(1).equals(LIST) && query.words().stream()
                                            .anyMatch(w -> ranker.holds(withheld.group(2), w)))
                            && (u.key().equals(last.key())
                                    || WordRuns.longestShared(u.text().substring(split + 1), last.text()) >= SHARED_RUN);
                }).findFirst())
                .map(u -> Reply.ofUnit(u, Reply.Kind.DECLINE, "a detail the article withholds"));
    }

    // "is one of them the sanctions?" after "Kim has two urgent concerns: ...": one of the things the
    // last answer listed, checked against that list whatever topic the thing offered belongs to.
    private Optional<Reply> oneOfTheLastList(Query query) {
        if (!YesNoAnswer.asksOneOfAList(query.normal())) {
            return Optional.empty();
        }
        return query.lastUnit(unitStore).filter(u -> !u.gap() && YesNoAnswer.givesAList(u.text()))
                .map(u -> yesNo.confirmOrDeny(query.withIntent(u.intent()),
                        Reply.ofUnit(u, Reply.Kind.ANSWER, "one of the last answer's list")));
    }

    // "is he taking his armoured train?", "is kim flying to vladivostok?": how a leader travels,
    // which the article does not say (a gap of the summit's place).
    private Optional<Reply> howTheLeadersTravel(Query query) {
        boolean aLeader = !query.mentions().isEmpty() || SOMEONE.matcher(query.normal()).find();
        // ("reading this on the train. what trade target does kim have?" asks something else.)
        if (!Tense.asksHowSomeoneTravels(query.normal()) || !aLeader || !onlyTheLeadersNamed(query)
                || !(query.shape().yesNo() || HOW.matcher(query.normal()).find())) {
            return Optional.empty();
        }
        return unitStore.units(Intents.LOCATION).stream().filter(u -> u.gap() && ranker.holds(u.text(), "travels"))
                .findFirst().map(u -> Reply.ofUnit(u, Reply.Kind.DECLINE, "how the leaders travel"));
    }

    // "is kim going to russia?", "is putin going to pyongyang?": where a leader is going now is the
    // summit's place, which settles the question ("No." for Pyongyang, whatever he did in 2000).
    private Optional<Reply> whereTheLeadersGo(Query query) {
        if (!query.shape().yesNo() || !Tense.asksJourney(query.normal())
                || query.slots().stream().noneMatch(v -> v.kind().equals("place"))
                // ("is he heading to vladivostok by train?", "are they going to china after?" ask more.)
                || query.withoutNames().words().stream().anyMatch(w -> !JOURNEY_WORDS.contains(w)
                        && ranker.countryOf(w).isEmpty()
                        && ranker.slotsOf(w).stream().noneMatch(v -> v.kind().equals("place")))
                || !onlyTheLeadersNamed(query)) {
            return Optional.empty();
        }
        return unitStore.units(Intents.LOCATION).stream()
                .filter(u -> !u.gap() && !u.summary() && u.serves(AnswerType.PLACE)).findFirst()
                .map(u -> yesNo.confirmOrDeny(query.withIntent(u.intent()),
                        Reply.ofUnit(u, Reply.Kind.ANSWER, "where the leaders are going")));
    }

    // Whether everyone the question names is one of the summit's two leaders (or no one is named).
    private static boolean onlyTheLeadersNamed(Query query) {
        return query.mentions().stream().allMatch(m -> ConversationRules.SUMMIT_PARTIES.contains(m.person().id()));
    }

    // "is that more than last year?" after the wheat: the last figure against another time, for which
    // its topic gives no figure at all (the laborers' former number is compared, not declined).
    private Optional<Reply> figureOfATimeNotGiven(Query query) {
        Optional<AnswerUnit> said = lastAnswered(query);
        if (said.isEmpty() || !AGAINST_ANOTHER_TIME.matcher(query.normal()).find() || !statesFigure(said.get())
                || unitStore.units(said.get().intent()).stream().anyMatch(u -> !u.gap() && !u.summary()
                        && !u.key().equals(said.get().key()) && statesFigure(u))) {
            return Optional.empty();
        }
        return Optional.of(new Reply(renderer.render("answer.doesnt_say",
                Map.of("answer.text", TemplateRenderer.sentence(said.get().text()))), Reply.Kind.DECLINE,
                List.of(said.get().key()), said.get().types(), "no figure of another time to compare "
                + said.get().key() + " with", null, said.get().intent()));
    }

    private boolean statesFigure(AnswerUnit unit) {
        return ranker.slotsOf(unit.text()).stream().anyMatch(v -> v.kind().equals("number"));
    }

    // "what's stopping him?" after "Kim's primary concern is improving his economy": a short why
    // about the last claim, whose topic holds no other reason, gets the reason the article gives
    // next in the same paragraph, whatever its topic (the sanctions keeping him from doing that).
    private Optional<Reply> reasonGivenNext(Query query) {
        Optional<String> last = query.lastUnitKey();
        if (last.isEmpty() || query.shape().type() != AnswerType.REASON || query.words().size() > FEW_REASON_WORDS
                || query.mentions().stream().anyMatch(m -> !m.person().id().equals("kim_jong_un"))) {
            return Optional.empty();
        }
        Optional<AnswerUnit> said = unitStore.unit(last.get());
        // ("and why is china an issue for him?" after Kim's concern for the economy names a place of
        // its own: not a why of the last claim.)
        if (said.isPresent() && query.words().stream()
                .anyMatch(w -> ranker.countryOf(w).isPresent() && !ranker.holds(said.get().text(), w))) {
            return Optional.empty();
        }
        boolean topicHasOtherReason = said.map(u -> unitStore.units(u.intent()).stream().anyMatch(o -> !o.gap()
                && !o.summary() && !o.key().equals(u.key()) && o.serves(AnswerType.REASON))).orElse(true);
        if (topicHasOtherReason) {
            return Optional.empty();
        }
        return ranker.reasonAfter(last.get()).flatMap(unitStore::unit).map(u -> units.replyWith(
                query.withIntent(u.intent()), ranker.scoreOne(query.withIntent(u.intent()), u, 0),
                "the reason the article gives next"));
    }

    // "what is it really about then?" after "his decision ... goes deeper than that": a claim that
    // only says there is more asks for the claim the article makes next.
    private Optional<Reply> claimBehindTeaser(Query query) {
        Optional<AnswerUnit> said = lastAnswered(query);
        if (said.isEmpty() || !TEASER.matcher(AliasText.normalise(said.get().text())).find()
                || !WHAT_INSTEAD.matcher(query.normal()).find() || query.normal().split(" ").length > TEASER_FOLLOW_UP
                || query.shape().yesNo() || !query.slots().isEmpty() || asksAFigure(query)) {
            return Optional.empty();
        }
        // ("deeper how?" asks what the claim is, whatever kind of answer "how" usually wants.)
        // "like how?" after "more experience than most": the topic's overview, when it opens with the
        // claim and goes on to what backs it (every meeting), says it all.
        Optional<AnswerUnit> overview = unitStore.units(said.get().intent()).stream()
                .filter(u -> u.summary() && u.text().startsWith(said.get().text().replaceAll("\\.$", "")))
                .findFirst();
        if (overview.isPresent()) {
            return Optional.of(Reply.ofUnit(overview.get(), Reply.Kind.ANSWER,
                    "the overview behind " + said.get().key()));
        }
        return ranker.claimAfter(said.get().key()).flatMap(unitStore::unit).map(u -> Reply.ofUnit(u,
                Reply.Kind.ANSWER, "the claim the article makes next after " + said.get().key()));
    }

    // "how many workers are we talking?" asks a figure, whatever the claim before it teased.
    private static boolean asksAFigure(Query query) {
        return query.shape().type() == AnswerType.AMOUNT;
    }

    // "has kim met putin before?" against "It is the first one-on-one meeting of Kim Jong Un and
    // Vladimir Putin": a yes/no whose people one fact names and whose words it holds, but for one
    // it says the opposite of, is checked against that fact. Only a time said the other way round
    // ("before" against "the first"): other opposite words need the topic's own facts to be
    // weighed, and "end up" is no "end".
    private Optional<Reply> contradictedFact(Query query) {
        if (!yesNoNamingPeople(query) || !byName(query) || !EARLIER.matcher(query.normal()).find()) {
            return Optional.empty();
        }
        List<AnswerUnit> contradicted = factsNaming(query).stream()
                .filter(u -> Contraries.contradicted(query.text(), u.text()))
                .filter(u -> unheld(query, u, w -> !Contraries.sidesOf(w)) <= 1)
                // ("has putin been to pyongyang before?" is not about the first meeting with Kim.)
                .filter(u -> unheld(query, u, w -> ranker.countryOf(w).isPresent()) == 0)
                .toList();
        if (contradicted.size() != 1) {
            return Optional.empty();
        }
        AnswerUnit u = contradicted.get(0);
        return Optional.of(yesNo.confirmOrDeny(query.withIntent(u.intent()),
                Reply.ofUnit(u, Reply.Kind.ANSWER, "the fact the question contradicts")));
    }

    // "is kim meeting xi at this summit?", "is it true kim jong il is meeting putin?": whether someone
    // besides its two leaders meets at this summit, now (not "did kim meet moon?", nor "will kim meet
    // trump again?", which the article does not settle), which the fact of who meets settles.
    private Optional<Reply> someoneElseAtThisSummit(Query query) {
        String normal = query.normal();
        // "is kim meeting medvedev?", "is he meeting trump again?": Kim meeting someone now is this summit.
        // ("is kim meeting xi next?" asks what comes after, which the article does not say.)
        boolean meetingNow = MEETING_NOW.matcher(normal).find() && !LATER.matcher(normal).find();
        boolean thisSummit = meetingNow || THIS_SUMMIT.matcher(normal).find() || query.mentions().stream()
                .anyMatch(m -> m.person().id().equals(PUTIN));
        String tense = meetingNow ? AGAIN.matcher(normal).replaceAll("") : normal;
        if (!query.shape().yesNo() || !MEETS_NOW.matcher(normal).find() || PAST.matcher(tense).find() || !thisSummit
                || query.mentions().stream().noneMatch(m -> m.relativeOf() == null
                        && !ConversationRules.SUMMIT_PARTIES.contains(m.person().id()))) {
            return Optional.empty();
        }
        // ("is he meeting trump again?": "he" in "who's he meeting then?" is still the one meeting.)
        String subject = query.mentions().stream().min(java.util.Comparator.comparingInt(PersonMention::position))
                .map(m -> m.person().id()).orElse(null);
        return unitStore.units(Intents.PARTICIPANTS).stream()
                .filter(u -> !u.gap() && !u.summary() && u.serves(AnswerType.PERSON)).findFirst()
                .map(u -> yesNo.confirmOrDeny(query.withIntent(u.intent()),
                        Reply.ofUnit(u, Reply.Kind.ANSWER, "who meets at this summit")).about(subject));
    }

    // "who's coming with kim?", "is moon going?", "is his sister coming to vladivostok?": who goes
    // along, which the article does not say (it names only the two leaders). Whether someone meets
    // a leader, or went somewhere before, is another question.
    private Optional<Reply> whoTravelsAlong(Query query) {
        // ("hello, how's it going? also is kim's grandfather kim jong il?" greets, then asks who.)
        String normal = HOW_IS_IT_GOING.matcher(" " + query.normal() + " ").replaceAll(" ");
        boolean someoneElse = query.mentions().stream()
                .anyMatch(m -> !ConversationRules.SUMMIT_PARTIES.contains(m.person().id()))
                || Arrays.stream(query.normal().split(" ")).anyMatch(COMPANIONS::contains);
        boolean goesAlong = query.shape().yesNo() && someoneElse && GOES_ALONG.matcher(normal).find()
                && !MEETING_VERB.matcher(normal).find() && !PAST.matcher(normal).find();
        if (!goesAlong && !WHO_TRAVELS.matcher(normal).find()) {
            return Optional.empty();
        }
        return unitStore.units(Intents.PARTICIPANTS).stream().filter(AnswerUnit::gap).findFirst()
                .map(u -> Reply.ofUnit(u, Reply.Kind.DECLINE, "who goes along with the leaders"));
    }

    // "and russia?" after "China has lots of businessmen on the ground": the one claim of the same
    // paragraph that names the country, in any topic (the article sets the two side by side:
    // "Unlike China, ... Russia has a very small footprint").
    private Optional<Reply> countryBesideLastClaim(Query query) {
        Optional<AnswerUnit> said = lastAnswered(query);
        List<String> countries = query.words().stream().map(ranker::countryOf).flatMap(Optional::stream)
                .map(AliasText::normalise).distinct().toList();
        // (Nothing asked but the country: "and russia helped after?" asks more.)
        if (said.isEmpty() || countries.size() != 1 || !query.mentions().isEmpty()
                || query.words().stream().anyMatch(w -> ranker.countryOf(w).isEmpty())
                || query.normal().split(" ").length > COUNTRY_FOLLOW_ON_WORDS
                || !COUNTRY_FOLLOW_ON.matcher(query.normal()).find() || ranker.holds(said.get().text(), countries.get(0))) {
            return Optional.empty();
        }
        List<AnswerUnit> beside = unitStore.all().stream()
                .filter(u -> !u.gap() && !u.summary() && ranker.sameParagraph(said.get().key(), u.key())
                        && ranker.holds(u.text(), countries.get(0)))
                .toList();
        if (beside.size() != 1) {
            return Optional.empty();
        }
        Reply reply = Reply.ofUnit(beside.get(0), Reply.Kind.ANSWER, "the claim beside the last one about " + countries.get(0));
        return Optional.of(query.shape().yesNo() ? yesNo.confirmOrDeny(query.withIntent(beside.get(0).intent()), reply)
                : reply);
    }

    // "was it beijing that put kim's grandpa in power?": a yes/no about someone besides the two
    // leaders, in the words of the one fact that names them but for the place, which it swaps
    // ("Moscow played an instrumental role ...": "No.").
    private Optional<Reply> placeSwappedOfSomeone(Query query) {
        if (!yesNoNamingPeople(query) || query.words().stream().noneMatch(w -> ranker.countryOf(w).isPresent())
                || query.mentions().stream().allMatch(m -> ConversationRules.SUMMIT_PARTIES.contains(m.person().id()))) {
            return Optional.empty();
        }
        List<AnswerUnit> naming = factsNaming(query).stream()
                .filter(u -> unheld(query, u, w -> ranker.countryOf(w).isEmpty() && ranker.slotsOf(w).isEmpty()) <= 1)
                .toList();
        if (naming.size() != 1) {
            return Optional.empty();
        }
        AnswerUnit u = naming.get(0);
        List<Slot> places = ranker.slotsOf(u.text()).stream().filter(v -> v.kind().equals("place")).toList();
        List<String> asked = query.words().stream().flatMap(w -> ranker.countryOf(w).stream()).toList();
        boolean swapped = !places.isEmpty() && !asked.isEmpty() && asked.stream().allMatch(a -> places.stream()
                .noneMatch(p -> p.value().equals(a) || p.within().contains(a)));
        Reply fact = Reply.ofUnit(u, Reply.Kind.ANSWER, "the one fact naming them, of another place");
        return swapped ? Optional.of(fact.withText(renderer.render("answer.no", Map.of("answer.text", fact.text()))))
                : Optional.empty();
    }

    // The unit of the conversation's last answer.
    private Optional<AnswerUnit> lastAnswered(Query query) {
        return query.lastUnit(unitStore);
    }

    // A yes/no question proper that names people.
    private static boolean yesNoNamingPeople(Query query) {
        return query.shape().yesNo() && !query.mentions().isEmpty()
                && !ConversationRules.WH_WORD.matcher(query.normal()).find();
    }

    // Every person named by a part of their name: "north korean leaders" are not Kim.
    private static boolean byName(Query query) {
        return query.mentions().stream().allMatch(m -> Arrays.stream(m.matched().split(" "))
                .anyMatch(w -> w.length() >= MIN_NAME_PART && AliasText.normalise(m.person().name()).contains(w)));
    }

    // The facts of the article's topics that name everyone the question names.
    private List<AnswerUnit> factsNaming(Query query) {
        return unitStore.all().stream()
                .filter(u -> !u.gap() && !u.summary() && Intents.ARTICLE_TOPICS.contains(u.intent()))
                .filter(u -> ranker.namesEveryone(query, u.text()))
                .toList();
    }

    // How many of the question's words, names aside, the fact does not hold, of those that count.
    private long unheld(Query query, AnswerUnit u, java.util.function.Predicate<String> counts) {
        return query.withoutNames().words().stream().filter(w -> !ranker.holds(u.text(), w) && counts.test(w)).count();
    }
}
