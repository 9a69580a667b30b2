package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.cli.Main;

class WrongTokenTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedTokenGivesOneLineAndExitCode2WithoutPrintingTheToken() throws Exception {
        String wrong = "999999:WRONG-secret_value";
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, wrong + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (FakeBotApi api = FakeBotApi.start("123456:the-right-one", Duration.ofMillis(100))) {
            code = Main.execute(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                    "serve", "--token-file", tokenFile.toString(), "--api-url", api.url(),
                    "--db", dir.resolve("bot.db").toString());
        }

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("summit-bot: Telegram refused the bot token (401)");
        assertThat(err.toString() + out).doesNotContain(wrong).doesNotContain("WRONG-secret");
    }

    @Test
    void aMissingTokenFileGivesOneLineAndExitCode2() {
        StringWriter err = new StringWriter();

        int code = Main.execute(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), "serve", "--token-file", dir.resolve("absent").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("cannot read the token file");
    }
}
