package summitbot.cli;

/** A setting from the environment that cannot be used (e.g. {@code SUMMITBOT_ADMINS=abc}): exit code 2. */
final class BadSetting extends RuntimeException {
    BadSetting(String message) {
        super(message);
    }
}
