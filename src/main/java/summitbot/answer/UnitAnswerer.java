package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;

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

    private final UnitRanker ranker;
    private final TemplateRenderer renderer;

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
            return new Reply(text, Reply.Kind.DECLINE, List.of(unit.key()), unit.types(), detail, null);
        }
        if (doesNotGive(query, best)) {
            return new Reply(renderer.render("answer.doesnt_say", Map.of("answer.text", text)), Reply.Kind.DECLINE,
                    List.of(unit.key()), unit.types(), detail + "; not what was asked", null);
        }
        return new Reply(text, Reply.Kind.ANSWER, List.of(unit.key()), unit.types(), detail, null);
    }

    private boolean doesNotGive(Query query, UnitRanker.Scored best) {
        if (query.shape().broad() || best.unit().summary()) {
            return false;
        }
        // "is it on monday?": a value of the kind the unit states is checked, not declined.
        List<summitbot.nlp.Slot> unitSlots = ranker.slotsOf(best.unit().text());
        if (query.shape().yesNo() && query.slots().stream()
                .anyMatch(q -> unitSlots.stream().anyMatch(u -> u.kind().equals(q.kind())))) {
            return false;
        }
        boolean typeMissed = query.shape().type().specific() && !best.unit().serves(query.shape().type());
        return (typeMissed && best.coverage() < FULL_COVERAGE) || best.coverage() < MIN_COVERAGE;
    }

    private static String detail(UnitRanker.Ranking ranking) {
        return ranking.ranked().stream().limit(3).map(UnitRanker.Scored::describe)
                .collect(Collectors.joining("; "));
    }

    /** The unit of another topic that matches the question's words best, if any. */
    static UnitStore.Hit topHit(UnitRanker.Ranking ranking) {
        return ranking.topHit();
    }
}
