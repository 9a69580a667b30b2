package summitbot.answer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import summitbot.facts.FactStore;
import summitbot.facts.TemplateStore;
import summitbot.facts.Topic;

/**
 * Fills a reply template from the database at answer time: {@code {fact.key}} from facts,
 * {@code {topics.list}} and {@code {topics.examples}} from topics, anything else from the
 * values the handler passes.
 */
final class TemplateRenderer {
    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+(?:\\.[a-z0-9_]+)+)}");
    private static final int EXAMPLES = 3;

    private final FactStore facts;
    private final TemplateStore templates;

    TemplateRenderer(FactStore facts, TemplateStore templates) {
        this.facts = facts;
        this.templates = templates;
    }

    /** Renders template {@code name}, filling handler-supplied values first. */
    String render(String name, Map<String, String> values) {
        String template = templates.template(name).orElseThrow(
                () -> new IllegalStateException("no reply template " + name + " in the database"));
        return fill(template, values);
    }

    private String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(lookup(m.group(1), values)));
        }
        m.appendTail(out);
        return capitalise(out.toString());
    }

    private String lookup(String key, Map<String, String> values) {
        String v = values.get(key);
        if (v == null && key.startsWith("topics.")) {
            v = topics(key);
        }
        if (v == null) {
            v = facts.value(key).orElse(null);
        }
        if (v == null) {
            // Never invent: say plainly that the fact is missing rather than guess.
            log.warn("reply template refers to missing fact {}", key);
            return "(not in my notes)";
        }
        return v;
    }

    private String topics(String key) {
        List<Topic> topics = templates.topics();
        return switch (key) {
            case "topics.list" -> topics.stream().map(Topic::label).collect(Collectors.joining(", "));
            case "topics.examples" -> topics.stream().limit(EXAMPLES).map(t -> "\"" + t.example() + "\"")
                    .collect(Collectors.joining(", "));
            default -> null;
        };
    }

    /** A value as a sentence of its own: capitalised, with a full stop unless it has an ending. */
    static String sentence(String value) {
        String v = capitalise(value.strip());
        if (v.isEmpty()) {
            return v;
        }
        char last = v.charAt(v.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' ? v : v + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
