package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;

class SentAnswersTest {
    @TempDir
    Path dir;

    private Database db;
    private SentAnswers sent;

    @BeforeEach
    void open() {
        db = TestCore.database(dir);
        sent = new SentAnswers(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSentAnswerIsFoundByItsChatAndMessage() {
        sent.record(42, 7, "which port?", "food_aid", List.of("food_aid.port"), "food_aid.port 4.1");
        assertThat(sent.find(42, 7)).hasValueSatisfying(s -> {
            assertThat(s.units()).containsExactly("food_aid.port");
            assertThat(s.question()).isEqualTo("which port?");
        });
        assertThat(sent.find(42, 8)).isEmpty();
        assertThat(sent.find(43, 7)).isEmpty();
    }

    @Test
    void answersOlderThanAWeekAreForgotten() {
        sent.record(42, 7, "which port?", "food_aid", List.of("food_aid.port"), "");
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sent_answer SET sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-8 days')")) {
                return ps.executeUpdate();
            }
        });
        assertThat(sent.find(42, 7)).isEmpty();
        sent.record(42, 9, "when?", "date", List.of("date.day"), "");
        int kept = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM sent_answer")) {
                return rs.getInt(1);
            }
        });
        assertThat(kept).isEqualTo(1);
    }
}
