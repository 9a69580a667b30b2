package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    @Test
    void figuresAreComputedFromTheOutcomes() {
        EvaluationReport r = EvaluationReport.of(List.of(
                new EvaluationReport.Outcome("location", "location"),
                new EvaluationReport.Outcome("location", "date"),
                new EvaluationReport.Outcome("date", "date"),
                new EvaluationReport.Outcome("out_of_scope", "out_of_scope"),
                new EvaluationReport.Outcome("out_of_scope", "location")));

        assertThat(r.accuracy()).isCloseTo(0.6, within(1e-9));
        assertThat(r.inScopeAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.outOfScopeRecall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.perIntent().get("date").precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.perIntent().get("date").recall()).isCloseTo(1.0, within(1e-9));
        assertThat(r.confusions()).extracting(EvaluationReport.Confusion::count).containsOnly(1);
        assertThat(r.format(5)).contains("in-scope accuracy", "location -> date");
    }
}
