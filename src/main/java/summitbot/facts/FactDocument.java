package summitbot.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The facts as a JSON document, for export and import. */
public final class FactDocument {
    // Duplicate keys in one object are refused, not silently resolved to the last one.
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** {@code {"exported_at":..., "facts":[{"key","intent","value","paragraph","updated_at","updated_by"}]}} */
    public String export(List<Fact> facts) {
        ObjectNode root = json.createObjectNode();
        root.put("exported_at", Instant.now().toString());
        ArrayNode list = root.putArray("facts");
        for (Fact f : facts) {
            ObjectNode n = list.addObject();
            n.put("key", f.key());
            n.put("intent", f.intent());
            n.put("value", f.value());
            if (f.paragraphId() != null) {
                n.put("paragraph", f.paragraphId());
            }
            n.put("updated_at", f.updatedAt());
            n.put("updated_by", f.updatedBy());
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write facts as JSON", e);
        }
    }

    /**
     * Reads a document written by {@link #export} (or by hand); refuses anything malformed. A fact
     * whose key does not exist yet must say {@code "new": true}.
     */
    public List<FactStore.ImportedFact> parse(String text) {
        JsonNode root;
        // A UTF-8 byte order mark, as some editors write, is not part of the document.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            String what = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse("");
            throw new FactException("import refused, nothing changed: not valid JSON" + where
                    + (what.length() > 160 ? what.substring(0, 160) + "…" : what));
        }
        if (root == null || !root.isObject() || !root.path("facts").isArray()) {
            throw new FactException("import refused, nothing changed: expected {\"facts\": [ ... ]}");
        }
        List<FactStore.ImportedFact> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("facts")) {
            i++;
            if (!n.isObject() || !n.path("key").isTextual() || !n.path("value").isTextual()
                    || !(n.path("intent").isMissingNode() || n.path("intent").isTextual())) {
                throw new FactException("import refused, nothing changed: fact " + i
                        + " needs text fields key and value (and intent for a new fact)");
            }
            out.add(new FactStore.ImportedFact(n.get("key").asText(),
                    n.path("intent").isTextual() ? n.get("intent").asText() : null, n.get("value").asText(),
                    n.path("new").asBoolean(false)));
        }
        return out;
    }
}
