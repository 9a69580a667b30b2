package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import summitbot.TestCore;
import summitbot.answer.ReplyRouter;

/** Moving a database made before answer units (schema version 6) keeps every admin edit. */
class AnswerUnitMigrationTest {
    @TempDir
    Path dir;

    @Test
    void adminEditsMadeBeforeAnswerUnitsSurviveTheMigration() throws Exception {
        Path file = dir.resolve("summit.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            // As FactStore.set wrote them then: the new value and its audit row.
            s.executeUpdate("UPDATE fact SET value = 'Russky Island, Vladivostok', updated_by = 'tg:1'"
                    + " WHERE key = 'location.place'");
            s.executeUpdate("INSERT INTO fact_audit (fact_key, action, old_value, new_value, changed_by)"
                    + " VALUES ('location.place', 'set', 'Vladivostok', 'Russky Island, Vladivostok', 'tg:1')");
            s.executeUpdate("UPDATE fact SET value = 'on the Pacific coast', updated_by = 'tg:1'"
                    + " WHERE key = 'location.region'");
        }

        try (Database db = Database.open(file)) {
            FactStore facts = new FactStore(db);
            assertThat(facts.value("location.place")).contains("Russky Island, Vladivostok");
            assertThat(facts.history("location.place")).singleElement()
                    .satisfies(ch -> assertThat(ch.changedBy()).isEqualTo("tg:1"));
            assertThat(facts.value("location.region")).contains("on the Pacific coast");
            assertThat(facts.value("date.context")).isEmpty();
            assertThat(facts.value("date.day")).contains("The Kim-Putin meeting is taking place on Thursday.");

            ReplyRouter router = TestCore.router(db);
            assertThat(router.answer("m", "where is the summit?").reply()).isEqualTo("Russky Island, Vladivostok.");
        }
    }
}
