package summitbot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a reply into messages within Telegram's 4,096-character limit, at a paragraph, line or word
 * break where there is one, never inside a surrogate pair; at most a few parts, so no reply floods.
 */
public final class MessageSplitter {
    private MessageSplitter() {
    }

    public static List<String> split(String text, int max, int maxParts) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (parts.size() == maxParts - 1 && rest.length() > max) {
                parts.add(rest.substring(0, cutBefore(rest, max - 1)).stripTrailing() + "…");
                return parts;
            }
            if (rest.length() <= max) {
                parts.add(rest);
                break;
            }
            int cut = breakAt(rest, max);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return parts;
    }

    private static int breakAt(String s, int max) {
        for (String sep : new String[] {"\n\n", "\n", " "}) {
            int i = s.lastIndexOf(sep, max - sep.length());
            if (i > max / 2) {
                return i + sep.length();
            }
        }
        return cutBefore(s, max);
    }

    private static int cutBefore(String s, int max) {
        return Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    }
}
