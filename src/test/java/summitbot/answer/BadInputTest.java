package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.facts.FactStore;

class BadInputTest {
    @RegisterExtension
    final CoreFixture core = new CoreFixture();

    @Test
    void anEmptyMessageAsksForAQuestion() {
        assertThat(core.router().answer("x", "   ").reply()).startsWith("Please type a question");
        assertThat(core.router().answer("x", null).reply()).startsWith("Please type a question");
    }

    @Test
    void aHugeMessageIsAskedToBeShorter() {
        Answer a = core.router().answer("x", "where is the summit ".repeat(500));
        assertThat(a.reply()).contains("please ask a shorter question");
    }

    @Test
    void emojiAloneGetTheTopicsNotAGuess() {
        Answer a = core.router().answer("x", "🤔🤔🔥");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(a.reply()).contains("written in words", "/topics");
    }

    @Test
    void cyrillicAndKoreanTextAreAnsweredInEnglishWithTopics() {
        assertThat(core.router().answer("x", "Где проходит саммит?").reply()).contains("only read questions in English");
        assertThat(core.router().answer("x", "정상회담은 어디에서 열리나요?").reply()).contains("only read questions in English");
    }

    @Test
    void sqlInAQuestionIsJustTextAndHarmsNothing() {
        Answer a = core.router().answer("x", "'; DROP TABLE fact; --");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(new FactStore(core.db()).list("")).hasSizeGreaterThan(50);
        assertThat(core.router().answer("x", "where is the summit").reply()).contains("Vladivostok");
    }

    @Test
    void controlCharactersAndMixedScriptsDoNotBreakTheRouter() {
        Answer a = core.router().answer("x", "where\u0000 is the summit\u202e 峰会");
        assertThat(a.reply()).isNotBlank();
    }
}
