package summitbot.nlp;

/** A question with the intent it asks for: a line of training or held-out data. */
public record LabeledQuestion(String intent, String text) {
}
