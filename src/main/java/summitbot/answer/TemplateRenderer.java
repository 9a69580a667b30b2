package summitbot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * values the handler passes. Facts an admin added to the intent are appended, so they show too.
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
        return fill(template, values, Map.of());
    }

    /** Renders the intent's template, then appends the intent's facts the template does not use. */
    String renderIntent(String intent) {
        String template = templates.template(intent).orElseThrow(
                () -> new IllegalStateException("no reply template " + intent + " in the database"));
        Map<String, String> intentFacts = facts.valuesForIntent(intent);
        StringBuilder reply = new StringBuilder(fill(template, Map.of(), intentFacts));
        Set<String> used = placeholders(template);
        intentFacts.forEach((key, value) -> {
            if (!used.contains(key)) {
                reply.append(' ').append(sentence(value));
            }
        });
        return reply.toString();
    }

    private String fill(String template, Map<String, String> values, Map<String, String> intentFacts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(lookup(m.group(1), values, intentFacts)));
        }
        m.appendTail(out);
        return capitalise(out.toString());
    }

    private String lookup(String key, Map<String, String> values, Map<String, String> intentFacts) {
        String v = values.get(key);
        if (v == null) {
            v = intentFacts.get(key);
        }
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

    private static Set<String> placeholders(String template) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String sentence(String value) {
        String v = capitalise(value.strip());
        char last = v.charAt(v.length() - 1);
        return last == '.' || last == '!' || last == '?' ? v : v + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
