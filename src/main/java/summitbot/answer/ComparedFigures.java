package summitbot.answer;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.Intents;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * Yes or no to a question that compares figures: Kim's summits with leaders ("more often than
 * Moon and Trump combined?"), a count against the last answer's ("is that more than with Moon?"),
 * the figures of two times ("fewer laborers now than there used to be?") and two countries of which
 * the answer sets one against the other ("a bigger presence than Russia?" against "Unlike China,
 * Russia has a very small footprint"), and the last answer's years against this one's ("was that
 * before he met Kim Jong Il?"). The reply may change to the fact that shows both figures.
 */
final class ComparedFigures {
    /** The reply that shows the figures, and the verdict on the comparison. */
    record Compared(Reply reply, YesNoCheck.Verdict verdict) {
    }

    // How far apart two figures must be for a bound to settle which is more.
    private static final double FAR_APART = 2;
    // "is that more than with Moon?", or just "more than trump?" after a count.
    // ("were there more before?" asks whether the figure of the answer's time is the larger.)
    private static final Pattern COMPARED = Pattern.compile("(?:\\b(?:is|was|are|were) (?:that|it|this|those) "
            + "|^(?:and |so |but )?)(more|fewer|less|bigger|smaller|larger|higher|lower|greater) than\\b"
            + "|^(?:and |so |but )?(?:were|was|are|is) there (more|fewer|less)\\b(?! than)"
            // "has he met xi more often than that?": this answer's count against the last one.
            + "|\\b(more|fewer|less) (?:often |times )?than (?:that|this|it|those|him|them)$");
    // "fewer ... now than there used to be": a comparison whose two sides may each name a time.
    private static final Pattern TIMES_COMPARED = Pattern.compile(
            "\\b(more|fewer|less|bigger|smaller|larger|higher|lower|greater)\\b.*?\\b(than)\\b");
    private static final Set<String> LARGER = Set.of("more", "bigger", "larger", "higher", "greater");
    private static final Pattern COUNTRIES_COMPARED = Pattern.compile(
            "\\b(more|fewer|less|bigger|smaller|larger|greater|stronger|weaker)\\b.*?\\bthan\\b");
    private static final Pattern UNLIKE = Pattern.compile("\\bunlike (\\w+)");
    private static final Pattern SMALL = Pattern.compile("\\b(small|tiny|little|few|minor)\\b");
    // "was that before he met kim jong il?": the last answer's time against this answer's.
    private static final Pattern YEARS_COMPARED = Pattern.compile("\\b(?:is|was|were|did) (?:that|it|this|those)"
            + " (?:happen |come )?(before|after|earlier than|later than|prior to)\\b");

    private final UnitRanker ranker;
    private final UnitStore unitStore;

    ComparedFigures(UnitRanker ranker, UnitStore unitStore) {
        this.ranker = ranker;
        this.unitStore = unitStore;
    }

    /** The comparison the question asks, settled, if it asks one the article's figures settle. */
    Optional<Compared> compare(Query query, Reply reply) {
        // "did kim meet xi more often than moon and trump combined?": the summit counts compared.
        Optional<Compared> counts = countsCompared(query, reply).or(() -> totalChecked(query, reply));
        if (counts.isPresent()) {
            return counts;
        }
        // "more than trump?" after Moon's three summits: a count against the last one.
        // (Two leaders' summits compared: the summary gives both counts.)
        Optional<YesNoCheck.Verdict> byCount = comparedWithLast(query, reply);
        if (byCount.isPresent()) {
            return Optional.of(new Compared(Intents.SUMMIT_COUNT.equals(reply.topic())
                    ? summitSummary("counts compared with the last", lastPerson(query)).orElse(reply) : reply,
                    byCount.get()));
        }
        // "are there fewer laborers now than there used to be?": the figures of two times compared.
        Optional<Compared> byTime = timesCompared(query, reply);
        if (byTime.isPresent()) {
            return byTime;
        }
        Optional<YesNoCheck.Verdict> byYear = yearsComparedWithLast(query, reply);
        if (byYear.isPresent()) {
            return Optional.of(new Compared(reply, byYear.get()));
        }
        return comparedAgainstUnlike(query, reply).map(v -> new Compared(reply, v));
    }

    // "was that before he met kim jong il in moscow?" after Putin's visit of 2000: the last answer's
    // years all before (or all after) every year of this answer's fact.
    private Optional<YesNoCheck.Verdict> yearsComparedWithLast(Query query, Reply reply) {
        Matcher m = YEARS_COMPARED.matcher(query.normal());
        if (!m.find()) {
            return Optional.empty();
        }
        List<Integer> was = query.lastUnitKey()
                .filter(k -> !reply.units().contains(k)).flatMap(unitStore::unit)
                .map(u -> years(u.text())).orElse(List.of());
        List<Integer> is = years(reply.text());
        if (was.isEmpty() || is.isEmpty()) {
            return Optional.empty();
        }
        boolean allBefore = Collections.max(was) < Collections.min(is);
        boolean allAfter = Collections.min(was) > Collections.max(is);
        if (!allBefore && !allAfter) {
            return Optional.empty();
        }
        boolean asksBefore = m.group(1).equals("before") || m.group(1).equals("earlier than")
                || m.group(1).equals("prior to");
        return Optional.of(asksBefore == allBefore ? YesNoCheck.Verdict.YES : YesNoCheck.Verdict.NO);
    }

    private List<Integer> years(String text) {
        return ranker.slotsOf(text).stream().filter(v -> v.kind().equals("year"))
                .map(v -> Integer.parseInt(v.value())).toList();
    }

    // "is that more than with Moon?" after Kim's four summits with Xi: the last answer's exact
    // count against this answer's.
    private Optional<YesNoCheck.Verdict> comparedWithLast(Query query, Reply reply) {
        Matcher m = COMPARED.matcher(query.normal());
        if (!m.find()) {
            return Optional.empty();
        }
        // (After two leaders compared in the summary, "that" is still the first leader's count.)
        String summary = summitSummaryUnit().map(AnswerUnit::key).orElse("");
        Optional<Slot> before = query.context().map(c -> summary.equals(c.unit())
                        && c.personId() != null ? SummitCountHandler.summitsKey(c.personId()) : c.unit())
                .filter(k -> !reply.units().contains(k)).flatMap(unitStore::unit)
                .flatMap(u -> oneCount(u.text()));
        Optional<Slot> now = oneCount(reply.text());
        if (before.isEmpty() || now.isEmpty() || !settled(before.get(), now.get())) {
            return Optional.empty();
        }
        double was = Double.parseDouble(before.get().value());
        double is = Double.parseDouble(now.get().value());
        // ("were there more?", "more often than that?": this answer's figure is the one said to be more.)
        boolean there = m.group(1) == null;
        boolean more = LARGER.contains(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        boolean lastIsLarger = was > is;
        return Optional.of(more == (there ? !lastIsLarger : lastIsLarger) ? YesNoCheck.Verdict.YES
                : YesNoCheck.Verdict.NO);
    }

    // The question's country before "than" and after it; the answer's country set against one of
    // them ("unlike China") and said to be small: bigger is a yes for the country set against.
    private Optional<YesNoCheck.Verdict> comparedAgainstUnlike(Query query, Reply reply) {
        Matcher m = COUNTRIES_COMPARED.matcher(query.normal());
        Matcher unlike = UNLIKE.matcher(AliasText.normalise(reply.text()));
        if (!m.find() || !unlike.find()) {
            return Optional.empty();
        }
        Optional<String> subject = lastCountry(query.normal().substring(0, m.start(1)));
        Optional<String> reference = firstCountry(query.normal().substring(m.end()));
        Optional<String> contrasted = ranker.countryOf(unlike.group(1));
        String rest = AliasText.normalise(reply.text()).substring(unlike.end());
        Optional<String> described = firstCountry(rest);
        boolean small = SMALL.matcher(rest).find();
        if (subject.isEmpty() || reference.isEmpty() || contrasted.isEmpty() || described.isEmpty() || !small
                || subject.equals(reference)) {
            return Optional.empty();
        }
        boolean larger = LARGER.contains(m.group(1)) || m.group(1).equals("stronger");
        boolean subjectIsTheLargeOne;
        if (subject.equals(contrasted) && reference.equals(described)) {
            subjectIsTheLargeOne = true;
        } else if (subject.equals(described) && reference.equals(contrasted)) {
            subjectIsTheLargeOne = false;
        } else {
            return Optional.empty();
        }
        return Optional.of(larger == subjectIsTheLargeOne ? YesNoCheck.Verdict.YES : YesNoCheck.Verdict.NO);
    }

    private Optional<String> firstCountry(String text) {
        return Arrays.stream(text.split(" ")).map(ranker::countryOf).flatMap(Optional::stream).findFirst();
    }

    private Optional<String> lastCountry(String text) {
        return Arrays.stream(text.split(" ")).map(ranker::countryOf).flatMap(Optional::stream)
                .reduce((a, b) -> b);
    }

    // Two times the question names on either side of "than", each with one figure of the answer's
    // topic: the first time's figure against the second's, both facts given.
    private Optional<Compared> timesCompared(Query query, Reply reply) {
        Matcher m = TIMES_COMPARED.matcher(query.normal());
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<String> subject = onePeriod(query.normal().substring(0, m.start(2)));
        Optional<String> reference = onePeriod(query.normal().substring(m.end(2)));
        if (subject.isEmpty() || reference.isEmpty() || subject.equals(reference)) {
            return Optional.empty();
        }
        Optional<TimeFigure> is = figureOfTime(reply, subject.get());
        Optional<TimeFigure> was = figureOfTime(reply, reference.get());
        if (is.isEmpty() || was.isEmpty() || !settled(is.get().count(), was.get().count())) {
            return Optional.empty();
        }
        boolean holds = LARGER.contains(m.group(1))
                == (Double.parseDouble(is.get().count().value()) > Double.parseDouble(was.get().count().value()));
        AnswerUnit first = is.get().unit();
        AnswerUnit second = was.get().unit();
        Reply both = new Reply(TemplateRenderer.sentence(first.text()) + " " + TemplateRenderer.sentence(second.text()),
                Reply.Kind.ANSWER, List.of(first.key(), second.key()), first.types(),
                "times compared: " + subject.get() + " against " + reference.get(), null, first.intent());
        return Optional.of(new Compared(both, holds ? YesNoCheck.Verdict.YES : YesNoCheck.Verdict.NO));
    }

    private record TimeFigure(AnswerUnit unit, Slot count) {
    }

    // The one time a stretch of the question names ("now", "before").
    private Optional<String> onePeriod(String text) {
        List<String> times = ranker.slotsOf(text).stream().filter(v -> v.kind().equals(SlotFinder.PERIOD))
                .map(Slot::value).distinct().toList();
        return times.size() == 1 ? Optional.of(times.get(0)) : Optional.empty();
    }

    // The one fact of the answer's topic that states a figure for a time.
    private Optional<TimeFigure> figureOfTime(Reply reply, String period) {
        List<TimeFigure> figures = reply.mainUnit(unitStore).map(main -> unitStore.units(main.intent()).stream()
                .filter(u -> !u.gap() && !u.summary())
                .filter(u -> ranker.slotsOf(u.text()).stream()
                        .anyMatch(v -> v.kind().equals(SlotFinder.PERIOD) && v.value().equals(period)))
                .flatMap(u -> oneCount(u.text()).map(c -> new TimeFigure(u, c)).stream()).toList())
                .orElse(List.of());
        return figures.size() == 1 ? Optional.of(figures.get(0)) : Optional.empty();
    }

    // Whether two figures settle which is more: exact counts that differ compare as they are; a
    // bound ("more than 10,000" against "as many as 50,000") only when the figures lie far apart.
    private static boolean settled(Slot one, Slot other) {
        double a = Double.parseDouble(one.value());
        double b = Double.parseDouble(other.value());
        boolean exact = one.qualifier() == Slot.Qualifier.EXACT && other.qualifier() == Slot.Qualifier.EXACT;
        return a != b && (exact || Math.max(a, b) >= FAR_APART * Math.min(a, b));
    }

    // The one number a text states ("four summits", "more than 10,000"), not an order of magnitude.
    private Optional<Slot> oneCount(String text) {
        List<Slot> numbers = ranker.slotsOf(text).stream().filter(v -> v.kind().equals("number")).toList();
        return numbers.size() == 1 && numbers.get(0).qualifier() != Slot.Qualifier.ORDER
                ? Optional.of(numbers.get(0)) : Optional.empty();
    }

    // Kim's summits with leaders compared: yes or no, and the summary that gives every count.
    private Optional<Compared> countsCompared(Query query, Reply reply) {
        if (!Intents.SUMMIT_COUNT.equals(reply.topic()) || !CountComparison.asks(query.normal())) {
            return Optional.empty();
        }
        // Both sides named ("is that more than with moon?" after Xi's count is the last answer's
        // comparison, answered with Moon's own count).
        Optional<CountComparison> asked = CountComparison.of(query.normal(), query.mentions(),
                id -> summitCount(id).isPresent());
        Optional<Reply> all = asked.flatMap(c -> summitSummary("counts compared: " + c, null));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        boolean holds = asked.get().holds(id -> summitCount(id).orElseThrow());
        return Optional.of(new Compared(all.get(), holds ? YesNoCheck.Verdict.YES : YesNoCheck.Verdict.NO));
    }

    // "so nine summits in total?": a figure offered for all of Kim's counted summits together is
    // checked against their sum, and answered with the summary that gives every count.
    private Optional<Compared> totalChecked(Query query, Reply reply) {
        List<Slot> numbers = query.values().stream().filter(v -> v.kind().equals("number")).toList();
        if (!Intents.SUMMIT_COUNT.equals(reply.topic()) || !SummitCountHandler.asksTotal(query.normal())
                || numbers.size() != 1 || numbers.size() != query.values().size()) {
            return Optional.empty();
        }
        List<Long> each = unitStore.units(Intents.SUMMIT_COUNT).stream()
                .filter(u -> SummitCountHandler.isSummitsKey(u.key()))
                .flatMap(u -> countIn(u).stream()).toList();
        Optional<Reply> all = summitSummary("every count summed", null);
        if (each.isEmpty() || all.isEmpty()) {
            return Optional.empty();
        }
        long total = each.stream().mapToLong(Long::longValue).sum();
        boolean holds = numbers.get(0).value().equals(Long.toString(total));
        return Optional.of(new Compared(all.get(), holds ? YesNoCheck.Verdict.YES : YesNoCheck.Verdict.NO));
    }

    // The summit count's summary, which gives every count in one sentence (about {@code personId},
    // the leader whose count was compared, or nobody).
    private Optional<Reply> summitSummary(String detail, String personId) {
        return summitSummaryUnit().map(u -> new Reply(TemplateRenderer.sentence(u.text()), Reply.Kind.ANSWER,
                List.of(u.key()), u.types(), detail, personId, Intents.SUMMIT_COUNT));
    }

    private Optional<AnswerUnit> summitSummaryUnit() {
        return unitStore.units(Intents.SUMMIT_COUNT).stream().filter(AnswerUnit::summary).findFirst();
    }

    // The leader whose count the last answer gave.
    private static String lastPerson(Query query) {
        return query.context().map(ConversationMemory.Context::personId).orElse(null);
    }

    // How many summits Kim has held with a leader, where the article counts them.
    private Optional<Long> summitCount(String personId) {
        return unitStore.unit(SummitCountHandler.summitsKey(personId)).flatMap(this::countIn);
    }

    // The one count a leader's summit fact gives.
    private Optional<Long> countIn(AnswerUnit unit) {
        return oneCount(unit.text()).map(v -> Long.parseLong(v.value()));
    }
}
