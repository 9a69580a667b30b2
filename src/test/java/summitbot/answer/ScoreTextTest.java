package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreTextTest {
    @Test
    void aScoreIsWrittenWithTwoDecimalsAsFormatWritesIt() {
        for (double x : new double[] {0, 0.5, 0.053, 1.006, 2.999, 12.345, -0.4, -1.2, -3.456, 0.125}) {
            assertThat(ScoreText.of(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        }
    }

    @Test
    void aNegativeScoreThatRoundsToZeroHasNoMinus() {
        assertThat(ScoreText.of(-0.001)).isEqualTo("0.00");
    }
}
