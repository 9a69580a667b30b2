package summitbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Interactive commands keep the terminal for the conversation: only warnings are logged there. */
final class Quiet {
    private Quiet() {
    }

    static void unlessAskedOtherwise() {
        if (System.getenv("SUMMITBOT_LOG_LEVEL") == null) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        }
    }
}
