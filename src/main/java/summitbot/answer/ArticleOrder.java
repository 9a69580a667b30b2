package summitbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import summitbot.facts.AnswerUnit;
import summitbot.facts.UnitStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.ContentWords;

/**
 * Where each answer unit's claim stands in the article: its paragraph, then the word at which the
 * paragraph says it, so "then what happened?" can go to the claim the article states next.
 * Rebuilt when the units change (an admin's edit may move a claim).
 */
final class ArticleOrder {
    /** A unit's place: paragraph, then word position within it. */
    record Place(int paragraph, int word) {
        private static final double WORDS_PER_PARAGRAPH = 60.0;

        /** 1 for the same spot, falling with the paragraphs and words between the two claims. */
        double nearness(Place other) {
            double apart = Math.abs(paragraph - other.paragraph)
                    + (paragraph == other.paragraph ? Math.abs(word - other.word) / WORDS_PER_PARAGRAPH : 1);
            return 1.0 / (1 + apart);
        }
    }

    private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::paragraph)
            .thenComparingInt(Place::word);

    private final UnitStore units;
    private volatile Snapshot snapshot;

    ArticleOrder(UnitStore units) {
        this.units = units;
    }

    /** The unit's place in the article, if it rests on a paragraph. */
    Optional<Place> place(String key) {
        return Optional.ofNullable(current().places().get(key));
    }

    /**
     * The fact of {@code topic} the article states right after (or, {@code forward} false, right
     * before) unit {@code key}; summaries and gaps are not claims of their own.
     */
    Optional<String> neighbour(String topic, String key, boolean forward) {
        Place from = current().places().get(key);
        if (from == null) {
            return Optional.empty();
        }
        String best = null;
        Place bestPlace = null;
        for (AnswerUnit u : units.units(topic)) {
            Place p = current().places().get(u.key());
            if (p == null || u.gap() || u.summary() || u.key().equals(key)) {
                continue;
            }
            int c = ORDER.compare(p, from);
            boolean onTheSide = forward ? c > 0 : c < 0;
            if (onTheSide && (bestPlace == null || (forward ? ORDER.compare(p, bestPlace) < 0
                    : ORDER.compare(p, bestPlace) > 0))) {
                best = u.key();
                bestPlace = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first fact of any topic that the article states after unit {@code key} in the same
     * paragraph and that gives {@code type} ("Kim's primary concern is the economy. ... sanctions that
     * are keeping him from doing that ..."): the article's own next word on the last claim.
     */
    Optional<String> nextInParagraph(String key, AnswerType type) {
        return firstAfter(key, (u, p, from) -> u.serves(type) && p.paragraph() == from.paragraph());
    }

    /** The first fact of any topic that the article states after unit {@code key}, in any paragraph. */
    Optional<String> nextInArticle(String key) {
        return firstAfter(key, (u, p, from) -> true);
    }

    // Which later facts count, by the fact, where it stands and where the claim it follows stands.
    private interface Later {
        boolean counts(AnswerUnit unit, Place at, Place from);
    }

    // The first fact of any topic after unit {@code key} in the article that {@code later} counts.
    private Optional<String> firstAfter(String key, Later later) {
        Map<String, Place> places = current().places();
        Place from = places.get(key);
        if (from == null) {
            return Optional.empty();
        }
        return units.all().stream()
                .filter(u -> !u.gap() && !u.summary() && !u.key().equals(key))
                .filter(u -> {
                    Place p = places.get(u.key());
                    return p != null && ORDER.compare(p, from) > 0 && later.counts(u, p, from);
                })
                .min(Comparator.comparing(u -> places.get(u.key()), ORDER))
                .map(AnswerUnit::key);
    }

    private Snapshot current() {
        long revision = units.revision();
        Snapshot s = snapshot;
        if (s == null || s.revision() != revision) {
            s = new Snapshot(revision, places());
            snapshot = s;
        }
        return s;
    }

    private record Snapshot(long revision, Map<String, Place> places) {
    }

    private Map<String, Place> places() {
        Map<Integer, List<String>> paragraphs = new HashMap<>();
        Map<String, Place> out = new HashMap<>();
        for (AnswerUnit u : units.all()) {
            if (u.paragraphId() == null) {
                continue;
            }
            List<String> words = paragraphs.computeIfAbsent(u.paragraphId(),
                    id -> units.paragraph(id).map(ArticleOrder::stemsInOrder).orElse(List.of()));
            out.put(u.key(), new Place(u.paragraphId(), where(words, Set.copyOf(stemsInOrder(u.text())))));
        }
        return Map.copyOf(out);
    }

    // The first claim word of the stretch of the paragraph, about as long as the claim, that holds
    // most of its different words.
    private static int where(List<String> paragraph, Set<String> claim) {
        int width = claim.size() + 2;
        int best = 0;
        int bestCount = -1;
        for (int start = 0; start < paragraph.size(); start++) {
            Set<String> seen = new java.util.HashSet<>();
            for (int i = start; i < Math.min(paragraph.size(), start + width); i++) {
                if (claim.contains(paragraph.get(i))) {
                    seen.add(paragraph.get(i));
                }
            }
            if (seen.size() > bestCount && claim.contains(paragraph.get(start))) {
                best = start;
                bestCount = seen.size();
            }
        }
        return best;
    }

    private static List<String> stemsInOrder(String text) {
        List<String> out = new ArrayList<>();
        for (String w : ContentWords.words(text)) {
            out.add(ContentWords.stem(w));
        }
        return out;
    }
}
