package summitbot.telegram;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that each need a bot running against a fresh fake Bot API and a fresh database. */
abstract class RunningBotTest {
    @TempDir
    Path dir;
    BotHarness h;

    @BeforeEach
    void startBot() throws Exception {
        h = new BotHarness(dir);
        h.start();
    }

    @AfterEach
    void stopBot() {
        h.close();
    }
}
