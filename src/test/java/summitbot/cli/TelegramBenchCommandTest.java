package summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TelegramBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void withTheTestFixturesOnTheClassPathTheBenchmarkRunsAndAnswersEveryUpdate() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), "bench-telegram", "--no-encoder", "--chats", "3", "--rate", "20",
                "--seconds", "1", "--warmup", "1", "--db=" + dir.resolve("unused.db"));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("throughput", "latency p99", "unanswered   0");
    }

    @Test
    void withoutTheTestFixturesItSaysHowToRunItAndExitsOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TelegramBenchCommand(Optional::empty));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute();

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains("needs the test fixtures", "-Dexec.classpathScope=test");
        assertThat(out.toString()).isEmpty();
    }
}
