package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;

class SemanticSignalTest {
    private static final List<LabeledQuestion> SMALL = List.of(
            new LabeledQuestion("location", "where is the summit taking place?"),
            new LabeledQuestion("location", "which city hosts the meeting?"),
            new LabeledQuestion("date", "when do the two leaders meet?"),
            new LabeledQuestion("food_aid", "how much wheat did russia ship?"));

    @TempDir
    Path dir;

    @Test
    void wordingTheTrainingDataNeverUsedStillFindsItsIntent() {
        SemanticSignal signal = SemanticSignal.loading(new IntentModelFiles(dir), SMALL, 0).awaitReady();
        Map<String, Double> s = signal.similarities("in what town are kim and putin getting together").orElseThrow();
        assertThat(s.get("location")).isGreaterThan(s.get("date")).isGreaterThan(s.get("food_aid"));
    }

    @Test
    void buildingANewIndexIsReportedWithItsTimeAndLoadingAKeptOneIsNot() {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        IntentModelFiles files = new IntentModelFiles(dir);
        SemanticSignal.loading(files, SMALL, 0, lines::add).awaitReady();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("building the semantic index of 4 questions…");
        assertThat(lines.get(1)).matches("semantic index built in \\d+\\.\\d s");

        lines.clear();
        SemanticSignal.loading(files, SMALL, 0, lines::add).awaitReady();
        assertThat(lines).isEmpty();
    }

    @Test
    void theIndexIsSavedAndLoadedOnlyForTheSameData() {
        IntentModelFiles files = new IntentModelFiles(dir);
        SemanticSignal.loading(files, SMALL, 0).awaitReady();
        String fingerprint = IntentModelFiles.fingerprint(SMALL);
        assertThat(SemanticIndex.load(files.semanticFile(), fingerprint)).get()
                .extracting(SemanticIndex::size).isEqualTo(SMALL.size());
        assertThat(SemanticIndex.load(files.semanticFile(), IntentModelFiles.fingerprint(SMALL.subList(0, 2))))
                .isEmpty();
    }

    @Test
    void theSameDataGivesTheSameSimilaritiesWhetherBuiltOrLoaded() {
        IntentModelFiles files = new IntentModelFiles(dir);
        Map<String, Double> built = SemanticSignal.loading(files, SMALL, 0).awaitReady()
                .similarities("where do they meet").orElseThrow();
        Map<String, Double> loaded = SemanticSignal.loading(files, SMALL, 0).awaitReady()
                .similarities("where do they meet").orElseThrow();
        assertThat(loaded).isEqualTo(built);
    }

    @Test
    void buildingTwiceFromTheSameDataWritesTheSameFile() throws Exception {
        IntentModelFiles first = new IntentModelFiles(dir.resolve("a"));
        IntentModelFiles second = new IntentModelFiles(dir.resolve("b"));
        SemanticSignal.loading(first, SMALL, 0).awaitReady();
        SemanticSignal.loading(second, SMALL, 0).awaitReady();
        assertThat(java.nio.file.Files.readAllBytes(second.semanticFile()))
                .isEqualTo(java.nio.file.Files.readAllBytes(first.semanticFile()));
    }

    @Test
    void aTaughtQuestionReachesTheIndex() {
        IntentModelFiles files = new IntentModelFiles(dir);
        SemanticSignal signal = SemanticSignal.loading(files, SMALL, 0).awaitReady();
        String taught = "grub situation up north?";
        assertThat(signal.similarities(taught).orElseThrow().get("food_aid")).isLessThan(0.99);
        List<LabeledQuestion> more = new ArrayList<>(SMALL);
        more.add(new LabeledQuestion("food_aid", taught));
        signal.rebuild(files, more);
        assertThat(signal.similarities(taught).orElseThrow().get("food_aid")).isGreaterThan(0.99);
        assertThat(SemanticIndex.load(files.semanticFile(), IntentModelFiles.fingerprint(more))).isPresent();
    }

    @Test
    void withoutTheEncoderThereIsNoOpinion() {
        assertThat(SemanticSignal.none().ready()).isFalse();
        assertThat(SemanticSignal.none().similarities("where is the summit")).isEmpty();
    }

    @Test
    void aDamagedIndexFileIsRebuiltNotTrusted() throws Exception {
        IntentModelFiles files = new IntentModelFiles(dir);
        java.nio.file.Files.writeString(files.semanticFile(), "not an index");
        SemanticSignal signal = SemanticSignal.loading(files, SMALL, 0).awaitReady();
        assertThat(signal.ready()).isTrue();
        assertThat(SemanticIndex.load(files.semanticFile(), IntentModelFiles.fingerprint(SMALL))).isPresent();
    }

    @Test
    void theFullTrainingDataIsIndexed() {
        assertThat(TestCore.semantic().ready()).isTrue();
        assertThat(TestCore.semantic().similarities("where is the summit").orElseThrow())
                .containsKeys("location", "out_of_scope", "greeting");
    }

    @Test
    void theSimilarityOfTwoVectorsIsTheirDotProductWhateverTheirLength() {
        float[] a = {1, 2, 3, 4, 5, 6, 7};
        float[] b = {0.5f, -1, 2, 0, 1, 1, -2};
        // 0.5 - 2 + 6 + 0 + 5 + 6 - 14: the last three past the groups of four count too.
        assertThat(SemanticIndex.similarity(a, b)).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aQuestionIsAsSimilarAsCanBeToItselfAmongOtherSentences() {
        double self = TestCore.semantic().similarity("where do they meet",
                List.of("how much wheat did russia ship?", "where do they meet")).orElseThrow();
        assertThat(self).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aSentenceKeptForItsVectorAloneCountsForNoIntentButIsComparedAsAnyOther() {
        List<LabeledQuestion> data = new ArrayList<>(SMALL);
        data.add(new LabeledQuestion(SemanticIndex.SENTENCE_ONLY, "what is the weather like in vladivostok"));
        SemanticSignal signal = SemanticSignal.loading(new IntentModelFiles(dir), data, 0).awaitReady();
        assertThat(signal.similarities("what's the weather in vladivostok").orElseThrow())
                .containsOnlyKeys("location", "date", "food_aid");
        assertThat(signal.similarity("what's the weather in vladivostok",
                List.of("what is the weather like in vladivostok")).orElseThrow()).isGreaterThan(0.8);
    }

    @Test
    void anIntentsExampleAfterASentenceKeptForItsVectorAloneIsRefused() {
        List<LabeledQuestion> data = new ArrayList<>();
        data.add(new LabeledQuestion(SemanticIndex.SENTENCE_ONLY, "what is the weather like in vladivostok"));
        data.addAll(SMALL);
        SemanticSignal signal = SemanticSignal.loading(new IntentModelFiles(dir), data, 0).awaitReady();
        assertThat(signal.ready()).isFalse();
    }

    @Test
    void theSimilarityOfTheNearestTwoIsTheMeanOfTheirs() {
        SemanticSignal signal = SemanticSignal.loading(new IntentModelFiles(dir), SMALL, 0).awaitReady();
        String q = "where do they meet";
        List<String> candidates = List.of("where is the summit taking place?", "which city hosts the meeting?",
                "how much wheat did russia ship?");
        double[] each = candidates.stream().mapToDouble(c -> signal.similarity(q, List.of(c)).orElseThrow())
                .sorted().toArray();
        assertThat(signal.similarity(q, candidates).orElseThrow()).isEqualTo(each[2]);
        assertThat(signal.similarity(q, candidates, 2).orElseThrow())
                .isCloseTo((each[2] + each[1]) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(signal.similarity(q, List.of(candidates.get(0)), 2).orElseThrow())
                .isEqualTo(signal.similarity(q, List.of(candidates.get(0))).orElseThrow());
    }
}
