package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.FactStore;

class BadInputTest {
    @TempDir
    Path dir;

    private Database db;
    private ReplyRouter router;

    @BeforeEach
    void open() {
        db = TestCore.database(dir);
        router = TestCore.router(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyMessageAsksForAQuestion() {
        assertThat(router.answer("x", "   ").reply()).startsWith("Please type a question");
        assertThat(router.answer("x", null).reply()).startsWith("Please type a question");
    }

    @Test
    void aHugeMessageIsAskedToBeShorter() {
        Answer a = router.answer("x", "where is the summit ".repeat(500));
        assertThat(a.reply()).contains("please ask a shorter question");
    }

    @Test
    void emojiAloneGetTheTopicsNotAGuess() {
        Answer a = router.answer("x", "🤔🤔🔥");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(a.reply()).contains("written in words", "/topics");
    }

    @Test
    void cyrillicAndKoreanTextAreAnsweredInEnglishWithTopics() {
        assertThat(router.answer("x", "Где проходит саммит?").reply()).contains("only read questions in English");
        assertThat(router.answer("x", "정상회담은 어디에서 열리나요?").reply()).contains("only read questions in English");
    }

    @Test
    void sqlInAQuestionIsJustTextAndHarmsNothing() {
        Answer a = router.answer("x", "'; DROP TABLE fact; --");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(new FactStore(db).list("")).hasSizeGreaterThan(50);
        assertThat(router.answer("x", "where is the summit").reply()).contains("Vladivostok");
    }

    @Test
    void controlCharactersAndMixedScriptsDoNotBreakTheRouter() {
        Answer a = router.answer("x", "where\u0000 is the summit\u202e 峰会");
        assertThat(a.reply()).isNotBlank();
    }
}
