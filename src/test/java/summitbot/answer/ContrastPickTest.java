package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastPickTest {
    private static final String FOOTPRINT = "Unlike China, Russia has a very small footprint in the North.";

    @Test
    void whoDoesAfterAnAnswerSettingSomeoneAgainstItsSubjectNamesThem() {
        assertThat(ContrastPick.rewrite("who does?", FOOTPRINT)).contains("and China?");
        assertThat(ContrastPick.rewrite("so which country does", FOOTPRINT)).contains("and China?");
        assertThat(ContrastPick.rewrite("which country actually has people on the ground there then", FOOTPRINT))
                .contains("and China?");
    }

    @Test
    void anythingElseOrAnAnswerWithoutAContrastPicksNothing() {
        assertThat(ContrastPick.rewrite("who does business there?", FOOTPRINT)).isEmpty();
        assertThat(ContrastPick.rewrite("who does?", "Russia has shown a willingness to provide aid.")).isEmpty();
    }
}
