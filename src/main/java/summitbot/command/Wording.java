package summitbot.command;

import java.util.Map;

/**
 * Where a door's own sentences come from: a reply template by name, filled with values. The
 * doors pass the router's templates, so an admin can reword a refusal or a prompt without a release.
 */
@FunctionalInterface
public interface Wording {
    /** Template {@code name} with its {@code {placeholders}} filled from {@code values}. */
    String say(String name, Map<String, String> values);
}
