package summitbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Tell me about the first one", "and the second?", "how many with the last one?" after an answer
 * that lists things: the message with the item it picks written in place of the pick, so the
 * rest of the pipeline reads it as if the user had named the item.
 */
final class ListPick {
    // A pick ends the message or carries a word of its own: "the first time they meet" picks nothing.
    private static final Pattern PICK = Pattern.compile("\\b(?:the )?(first|1st|second|2nd|third|3rd|last|latter"
            + "|former)(?:( one| thing| item| guy| person| concern| part| of them| of those)\\b|\\s*[?.!]*\\s*$)",
            Pattern.CASE_INSENSITIVE);
    // Where a list starts ("two urgent concerns: A, and B") and how its items are separated.
    private static final Pattern LIST_START = Pattern.compile(":\\s*");
    private static final Pattern ITEM_BREAK = Pattern.compile("\\s*(?:,\\s+(?:and |or )?|\\band\\b|\\bor\\b)\\s*");
    private static final int MIN_ITEMS = 2;
    // What may stand beside a pick that asks nothing else: "and the second one?", "what about the first".
    private static final Pattern BARE = Pattern.compile(
            "^(?:ok |so |and |but |what about |how about |tell me about )*$", Pattern.CASE_INSENSITIVE);
    // "with whom the most?", "and the fewest?": the item with the largest or smallest count.
    private static final Pattern SUPERLATIVE = Pattern.compile("\\b(?:the )?(most|fewest|least)(?: often| times)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private ListPick() {
    }

    /** The message with its pick replaced by the picked item of {@code lastAnswer}, if it picks one. */
    static Optional<String> rewrite(String message, String lastAnswer) {
        List<String> items = lastAnswer == null ? List.of() : items(lastAnswer);
        if (items.size() < MIN_ITEMS) {
            return Optional.empty();
        }
        Matcher m = PICK.matcher(message);
        if (!m.find()) {
            return byCount(message, items);
        }
        String item = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "first", "1st", "former" -> items.get(0);
            case "second", "2nd" -> items.get(1);
            case "third", "3rd" -> items.size() > 2 ? items.get(2) : null;
            default -> items.get(items.size() - 1);
        };
        if (item == null) {
            return Optional.empty();
        }
        String before = message.substring(0, m.start());
        String after = message.substring(m.end()).replaceAll("[?.!\\s]+", "");
        // "the second one?" asks about the item as a whole, not whether it is so.
        if (after.isEmpty() && BARE.matcher(before.replaceAll("\\s+", " ").stripLeading()).matches()) {
            return Optional.of("tell me about " + item);
        }
        return Optional.of(before + item + message.substring(m.end()));
    }

    private static Optional<String> byCount(String message, List<String> items) {
        Matcher m = SUPERLATIVE.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean most = m.group(1).equalsIgnoreCase("most");
        String best = null;
        int bestCount = 0;
        for (String item : items) {
            Matcher c = COUNT.matcher(item);
            if (!c.find()) {
                return Optional.empty();
            }
            String n = c.group(1).toLowerCase(java.util.Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n);
            if (best == null || (most ? count > bestCount : count < bestCount)) {
                best = item;
                bestCount = count;
            }
        }
        // "who did he meet the least?" is answered by the item itself, not by a question around it.
        return Optional.of("and " + best);
    }

    // "Kim has two urgent concerns: the laborers being kicked out, and a food shortage." gives the
    // two concerns; without a colon the sentence's comma and "and" parts are the items.
    static List<String> items(String answer) {
        String text = answer.strip().replaceAll("[.!?]+$", "");
        String[] afterColon = LIST_START.split(text, 2);
        String list = afterColon.length == 2 ? afterColon[1] : text;
        List<String> items = new ArrayList<>();
        for (String part : ITEM_BREAK.split(list)) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }
}
