package summitbot.facts;

/** One audited change to a fact. {@code oldValue} is null for an added fact, {@code newValue} null for an undone add. */
public record FactChange(long id, String key, String action, String oldValue, String newValue,
                         String changedBy, String changedAt, Long revertedBy) {

    /** One readable line: when, what, who, from what to what. */
    public String describe() {
        String what = switch (action) {
            case "add" -> "added \"" + newValue + "\"";
            case "undo" -> "undo: \"" + oldValue + "\" -> " + (newValue == null ? "(removed)" : "\"" + newValue + "\"");
            default -> "set \"" + oldValue + "\" -> \"" + newValue + "\"";
        };
        return changedAt + "  " + changedBy + "  " + what + (revertedBy == null ? "" : "  (undone)");
    }
}
