package summitbot.facts;

/** A named, editable value that replies are built from. */
public record Fact(String key, String intent, String value, Integer paragraphId, String personId,
                   String updatedAt, String updatedBy) {
}
