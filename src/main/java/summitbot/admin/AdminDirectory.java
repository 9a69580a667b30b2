package summitbot.admin;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import summitbot.facts.AdminList;

/** Who is an admin: Telegram user ids from {@code SUMMITBOT_ADMINS} or stored in the database. */
public final class AdminDirectory {
    private final Set<Long> fromEnvironment;
    private final AdminList stored;

    public AdminDirectory(Set<Long> fromEnvironment, AdminList stored) {
        this.fromEnvironment = Set.copyOf(fromEnvironment);
        this.stored = stored;
    }

    /** Parses a comma-separated list of user ids; anything that is not a number is an error. */
    public static Set<Long> parseIds(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(commaSeparated.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Long::valueOf)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SUMMITBOT_ADMINS must be comma-separated Telegram user ids (numbers)");
        }
    }

    /** Every admin id known now: the environment's and the database's. */
    public Set<Long> all() {
        Set<Long> ids = new TreeSet<>(fromEnvironment);
        ids.addAll(stored.all());
        return Collections.unmodifiableSet(ids);
    }

    public boolean isAdmin(long userId) {
        return fromEnvironment.contains(userId) || stored.contains(userId);
    }
}
