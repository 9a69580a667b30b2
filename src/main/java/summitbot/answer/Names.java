package summitbot.answer;

import java.util.List;

/** Joins names the way a reply reads: "A", "A and B", "A, B and C". */
final class Names {
    private Names() {
    }

    static String join(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
