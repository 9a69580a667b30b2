package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Slot;
import summitbot.nlp.SlotFinder;

/**
 * Checks the values a yes/no question states against the values of the answer's text: a wrong
 * place, day, month, year, number, commodity or person is a false premise (no); values that all
 * agree confirm it (yes); with nothing comparable the answer gets neither.
 */
final class YesNoCheck {
    private static final Map<String, AnswerType> ABOUT = Map.of("place", AnswerType.PLACE, "day", AnswerType.DATE,
            "month", AnswerType.DATE, "year", AnswerType.DATE,
            "number", AnswerType.AMOUNT, SlotFinder.PERSON, AnswerType.PERSON, SlotFinder.DURATION, AnswerType.DATE);

    // Kinds a text may list in pairs ("in Moscow in 2001 and in Vladivostok in 2002").
    private static final List<String> PAIRED = List.of("place", "year", "day", "month");

    // How many times a lower bound ("more than 2,000 tons") a figure must be to be denied.
    private static final long FAR_ABOVE = 5;
    // How far from its figure an "about" may be.
    private static final double NEAR = 0.2;

    /** The outcome of a check. */
    enum Verdict { YES, NO, NEITHER }

    private YesNoCheck() {
    }

    /** @param answerTypes what the answer is about: only values of those kinds are compared */
    static Verdict check(List<Slot> question, List<Slot> answer, Set<AnswerType> answerTypes) {
        return check(question, answer, answerTypes, List.of());
    }

    /**
     * @param answerTypes what the answer is about: only values of those kinds are compared
     * @param background  the values of the answer's topic as a whole (its summary): one the question
     *                    shares with them sets the scene ("workers in Russia" against the former
     *                    number of workers) and neither blocks nor makes a yes
     */
    static Verdict check(List<Slot> question, List<Slot> answer, Set<AnswerType> answerTypes, List<Slot> background) {
        if (pairedApart(question, answer)) {
            return Verdict.NO;
        }
        boolean confirmed = false;
        boolean unchecked = false;
        Set<String> confirmedKinds = new java.util.HashSet<>();
        Set<String> unsettledKinds = new java.util.HashSet<>();
        for (Slot q : question) {
            // People are named everywhere ("has Kim held four summits with Xi?"): outside an answer
            // about who, a person it names too agrees, and one it does not name decides nothing,
            // except that a premise about someone neither it nor its topic names is not confirmed
            // ("is trump going to visit north korea?" against Putin's visit to Pyongyang).
            if (q.kind().equals(SlotFinder.PERSON) && !answerTypes.contains(AnswerType.PERSON)) {
                unchecked |= !states(answer, q) && !states(background, q);
                continue;
            }
            // "did the russian president visit pyongyang?": a title the answer does not give is how
            // someone is named, like a name; only another country's title for them decides.
            if (q.kind().equals(SlotFinder.LEADER_TITLE) && answer.stream().noneMatch(a -> a.kind().equals(q.kind()))) {
                continue;
            }
            // A value counts only where the answer is about that kind of thing: a unit that names
            // Moscow in passing says nothing about where the summit is.
            AnswerType about = ABOUT.get(q.kind());
            List<Slot> same = answer.stream().filter(a -> a.kind().equals(q.kind())).toList();
            if ((about != null && !answerTypes.contains(about)) || same.isEmpty()) {
                // The answer or its topic states this very value: the scene, not the point. Any
                // other value the answer cannot check ("to Wonsan" against when the wheat was
                // announced) leaves the premise unconfirmed: never a yes.
                unchecked |= !states(answer, q) && !states(background, q);
                continue;
            }
            Verdict v = q.kind().equals("number") || q.kind().equals(SlotFinder.DURATION) ? number(q, same)
                    : value(q, same);
            if (v == Verdict.NO) {
                return Verdict.NO;
            }
            (v == Verdict.YES ? confirmedKinds : unsettledKinds).add(q.kind());
            confirmed |= v == Verdict.YES;
        }
        // "20,000 tons of wheat?" against "more than 2,000 tons": the wheat agrees, the amount is
        // not settled, so the premise is not confirmed ("once as many as 50,000?" is: one of its
        // numbers agrees).
        unsettledKinds.removeAll(confirmedKinds);
        return confirmed && !unchecked && unsettledKinds.isEmpty() ? Verdict.YES : Verdict.NEITHER;
    }

    // "in Moscow in 2002?" against "in Moscow in 2001 and in Vladivostok in 2002": each value is the
    // article's, but not together. Values of two kinds listed as pairs, in order, the same number
    // of each; the question names one of each, and they sit in different pairs.
    private static boolean pairedApart(List<Slot> question, List<Slot> answer) {
        for (String first : PAIRED) {
            for (String second : PAIRED) {
                if (first.compareTo(second) >= 0) {
                    continue;
                }
                List<Slot> firsts = answer.stream().filter(a -> a.kind().equals(first)).toList();
                List<Slot> seconds = answer.stream().filter(a -> a.kind().equals(second)).toList();
                List<Slot> q1 = question.stream().filter(q -> q.kind().equals(first)).toList();
                List<Slot> q2 = question.stream().filter(q -> q.kind().equals(second)).toList();
                if (firsts.size() < 2 || firsts.size() != seconds.size() || q1.size() != 1 || q2.size() != 1) {
                    continue;
                }
                int i = onlyIndexOf(q1.get(0), firsts);
                int j = onlyIndexOf(q2.get(0), seconds);
                if (i >= 0 && j >= 0 && i != j) {
                    return true;
                }
            }
        }
        return false;
    }

    // Where the one value of {@code values} that is {@code q} stands; -1 for none or several.
    private static int onlyIndexOf(Slot q, List<Slot> values) {
        int found = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).value().equals(q.value())) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** Whether {@code value} is of the kind an answer of {@code type} gives (a number for an amount). */
    static boolean answers(Slot value, AnswerType type) {
        return ABOUT.get(value.kind()) == type;
    }

    /**
     * Whether a unit serving {@code types} gives values of the value's kind as an answer: its place,
     * date, figure or person, and a thing ("rice?") as what it describes.
     */
    static boolean servedBy(Slot value, Set<AnswerType> types) {
        AnswerType about = ABOUT.get(value.kind());
        return types.contains(about == null ? AnswerType.DESCRIPTION : about);
    }

    /** Whether some value of the question can be checked against the answer at all. */
    static boolean comparable(List<Slot> question, List<Slot> answer, Set<AnswerType> answerTypes) {
        return question.stream().anyMatch(q -> {
            AnswerType about = ABOUT.get(q.kind());
            return (about == null || answerTypes.contains(about))
                    && answer.stream().anyMatch(a -> a.kind().equals(q.kind()));
        });
    }

    /** Whether {@code values} hold value {@code q} itself (same kind, same value). */
    static boolean states(List<Slot> values, Slot q) {
        return values.stream().anyMatch(a -> a.kind().equals(q.kind()) && a.value().equals(q.value()));
    }

    private static Verdict value(Slot q, List<Slot> same) {
        if (same.stream().anyMatch(a -> a.value().equals(q.value()) || a.within().contains(q.value()))) {
            return Verdict.YES;
        }
        // "to Pyongyang?" against "the North Korean port of Chongjin": another place inside the same
        // country is a different place, though the answer names the country too.
        if (same.stream().anyMatch(a -> a.within().stream().anyMatch(q.within()::contains))) {
            return Verdict.NO;
        }
        // "a food problem right now?" against "this summer": the present season may be what is meant.
        if (q.value().equals("now") && same.stream().anyMatch(a -> a.value().startsWith("this "))) {
            return Verdict.NEITHER;
        }
        // "in Moscow" against an answer that names only Russia: narrower than what is known.
        if (same.stream().anyMatch(a -> q.within().contains(a.value()))) {
            return Verdict.NEITHER;
        }
        return Verdict.NO;
    }

    // "in the billions?" against "in the hundreds of millions": the ranges the two allow. The
    // article's range inside the asked one confirms it, apart denies it, overlapping leaves it open.
    private static Verdict byRange(Slot q, List<Slot> same) {
        double[] asked = range(q);
        boolean denied = true;
        for (Slot a : same) {
            double[] known = range(a);
            if (known[0] >= asked[0] && known[1] <= asked[1]) {
                return Verdict.YES;
            }
            denied &= known[1] < asked[0] || known[0] > asked[1];
        }
        return denied ? Verdict.NO : Verdict.NEITHER;
    }

    // The least and most a value allows: a bound from below is taken as within FAR_ABOVE times it,
    // as {@link #number} reads it; an order of magnitude runs to the next one ("millions" up to a
    // thousand times, "hundreds of millions" up to ten times).
    private static double[] range(Slot s) {
        double v = Double.parseDouble(s.value());
        return switch (s.qualifier()) {
            case EXACT -> new double[] {v, v};
            case MORE_THAN -> new double[] {v + 1, FAR_ABOVE * v};
            case LESS_THAN -> new double[] {0, v - 1};
            case AS_MANY_AS -> new double[] {0, v};
            case ABOUT -> new double[] {v * (1 - NEAR), v * (1 + NEAR)};
            case ORDER -> new double[] {v, (powerOfAThousand(v) ? v * 1000 : v * 10) - 1};
        };
    }

    private static boolean powerOfAThousand(double v) {
        double x = v;
        while (x >= 1000) {
            x /= 1000;
        }
        return x == 1;
    }

    private static Verdict number(Slot q, List<Slot> same) {
        if (q.qualifier() == Slot.Qualifier.ORDER
                || same.stream().anyMatch(a -> a.qualifier() == Slot.Qualifier.ORDER)) {
            return byRange(q, same);
        }
        long asked = Long.parseLong(q.value());
        // "more than once", "fewer than 5,000": the question bounds the number itself.
        if (q.qualifier() == Slot.Qualifier.MORE_THAN || q.qualifier() == Slot.Qualifier.LESS_THAN) {
            // "more than 10,000?" against "more than 10,000": the article's bound settles the asked one.
            for (Slot a : same) {
                long known = Long.parseLong(a.value());
                if (a.qualifier() == q.qualifier() && (q.qualifier() == Slot.Qualifier.MORE_THAN
                        ? known >= asked : known <= asked)) {
                    return Verdict.YES;
                }
            }
            boolean exact = same.stream().allMatch(a -> a.qualifier() == Slot.Qualifier.EXACT);
            if (!exact || same.size() != 1) {
                return Verdict.NEITHER;
            }
            long known = Long.parseLong(same.get(0).value());
            boolean holds = q.qualifier() == Slot.Qualifier.MORE_THAN ? known > asked : known < asked;
            return holds ? Verdict.YES : Verdict.NO;
        }
        boolean undecided = false;
        for (Slot a : same) {
            long known = Long.parseLong(a.value());
            switch (a.qualifier()) {
                case EXACT -> {
                    if (asked == known && q.qualifier() != Slot.Qualifier.LESS_THAN) {
                        return Verdict.YES;
                    }
                }
                case MORE_THAN -> {
                    if (asked == known) {
                        return Verdict.YES;
                    }
                    // "100,000 workers?" against "more than 10,000": a bound is given near the
                    // figure, so many times it is not what the article says.
                    undecided |= asked > known && asked < FAR_ABOVE * known;
                }
                case AS_MANY_AS -> {
                    if (asked == known) {
                        return Verdict.YES;
                    }
                    undecided |= asked < known;
                }
                // "about two years?" against "nearly a year and a half": near enough is open, far is a no.
                case ABOUT -> {
                    if (asked == known) {
                        return Verdict.YES;
                    }
                    undecided |= Math.abs(asked - known) <= NEAR * known;
                }
                default -> undecided = true;
            }
        }
        return undecided ? Verdict.NEITHER : Verdict.NO;
    }
}
