package summitbot.answer;

/** Answers the intents of one family from the facts in the database. */
public interface IntentHandler {
    Reply reply(Query query);
}
