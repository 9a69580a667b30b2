package summitbot.nlp;

import java.util.Locale;

/** What kind of answer a question asks for, and what kinds an answer unit serves. */
public enum AnswerType {
    AMOUNT, DATE, PLACE, PERSON, REASON, LIST, DESCRIPTION;

    /** Whether the question asks for something narrow that a unit either gives or not. */
    public boolean specific() {
        return this != LIST && this != DESCRIPTION;
    }

    /** The lower-case name used in the database ("amount", "date", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code label}, or DESCRIPTION for an unknown label. */
    public static AnswerType of(String label) {
        for (AnswerType t : values()) {
            if (t.label().equals(label.strip())) {
                return t;
            }
        }
        return DESCRIPTION;
    }
}
