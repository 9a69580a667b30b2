package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentFusionTest {
    private final Prediction unsure = Prediction.of(Map.of("location", 0.40, "date", 0.35, "out_of_scope", 0.25));

    @Test
    void aSureClassifierDecidesAlone() {
        IntentFusion fusion = new IntentFusion(0.9, 0.1, 0.4);
        Prediction sure = Prediction.of(Map.of("location", 0.95, "date", 0.05));
        assertThat(fusion.consults(sure)).isFalse();
        assertThat(fusion.consults(unsure)).isTrue();
    }

    @Test
    void anUnsureClassifierIsOverruledByAClearlyCloserExample() {
        Prediction combined = new IntentFusion(1.0, 0.1, 0.4)
                .combine(unsure, Map.of("location", 0.45, "date", 0.81, "out_of_scope", 0.30));
        assertThat(combined.intent()).isEqualTo("date");
        assertThat(combined.runnerUp()).isEqualTo("location");
    }

    @Test
    void theClassifierBreaksANearTie() {
        Prediction combined = new IntentFusion(1.0, 0.1, 0.4)
                .combine(unsure, Map.of("location", 0.70, "date", 0.70, "out_of_scope", 0.30));
        assertThat(combined.intent()).isEqualTo("location");
    }

    @Test
    void aQuestionFarFromEveryExampleIsOutOfScope() {
        Prediction combined = new IntentFusion(1.0, 0.1, 0.4)
                .combine(unsure, Map.of("location", 0.30, "date", 0.20, "out_of_scope", 0.10));
        assertThat(combined.intent()).isEqualTo(ScopeGate.OUT_OF_SCOPE);
        assertThat(combined.runnerUp()).isEqualTo("location");
    }

    @Test
    void aClassifierThatGaveNoScoresIsNotConsulted() {
        assertThat(new IntentFusion(1.0, 0.1, 0.4).consults(new Prediction("location", 0.4, "date", 0.3))).isFalse();
    }
}
