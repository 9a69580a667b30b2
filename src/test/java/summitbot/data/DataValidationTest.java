package summitbot.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnitStore;

class DataValidationTest {
    @TempDir
    Path dir;

    private Path models;
    private Database db;

    @BeforeEach
    void copyTheShippedData() throws IOException {
        models = Files.createDirectory(dir.resolve("models"));
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                Files.copy(f, models.resolve(f.getFileName()));
            }
        }
        db = TestCore.database(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> problems() {
        return new DataValidation(models, new UnitStore(db), new TemplateStore(db), new TaughtQuestions(db)).problems()
                .stream().map(DataValidation.Problem::toString).toList();
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(models.resolve(file), line + "\n", StandardOpenOption.APPEND);
    }

    @Test
    void theShippedDataHasNoProblems() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void aHeldOutQuestionThatIsAlsoTrainingDataIsReportedWhereverItIs() throws IOException {
        append("training.tsv", "location\tWhere, exactly, do they meet?");
        append("heldout.tsv", "location\twhere exactly do they meet");
        append("answers-heldout.tsv", "z1\tWHERE EXACTLY DO THEY MEET\tlocation.place");

        assertThat(problems()).hasSize(2).allSatisfy(p -> assertThat(p)
                .contains("held-out question", "is also training data (" + models.resolve("training.tsv") + ":"));
    }

    @Test
    void aQuestionWithTwoLabelsIsOneLineNamingBothPlaces() throws IOException {
        append("training.tsv", "date\twhere exactly do they meet?");
        append("training.tsv", "location\tWhere exactly do they meet");

        assertThat(problems()).singleElement().asString()
                .contains("\"Where exactly do they meet\" is labelled location here and date at " + models);
    }

    @Test
    void punctuationAndEmojiAloneAreComparedAsTyped() throws IOException {
        append("training.tsv", "out_of_scope\t🤷");
        append("training.tsv", "thanks_bye\t🙂");

        assertThat(problems()).isEmpty();
    }

    @Test
    void aTaughtQuestionCountsAsTrainingData() {
        new TaughtQuestions(db).add("date", "Main trading partner?", "tg:1");
        new TaughtQuestions(db).add("location", "where is the summit", "tg:1");

        assertThat(problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith(
                "taught question #1: \"Main trading partner?\" is labelled date here and china at " + models))
                .anySatisfy(p -> assertThat(p).endsWith(
                        "held-out question \"where is the summit\" is also training data (taught question #2)"));
    }

    @Test
    void anIntentWithTooFewTrainingQuestionsIsReported() {
        DataValidation strict = new DataValidation(models, new UnitStore(db), new TemplateStore(db),
                new TaughtQuestions(db), 10_000);

        assertThat(strict.problems()).map(DataValidation.Problem::toString)
                .anySatisfy(p -> assertThat(p).matches("intent location: has \\d{3} training questions; at least 10000 needed"));
    }

    @Test
    void anIntentWithoutAReplyOrATopicIsReported() {
        db.write(c -> c.createStatement().executeUpdate("DELETE FROM reply_template WHERE name = 'greeting'"));
        db.write(c -> c.createStatement().executeUpdate("DELETE FROM topic WHERE intent = 'china'"));

        assertThat(problems()).containsExactlyInAnyOrder("intent greeting: has no reply template",
                "intent china: has no topic (label and example question) to offer users");
    }

    @Test
    void anAnswerUnitWithoutExamplesIsReported() {
        db.write(c -> c.createStatement().executeUpdate("UPDATE answer_unit SET examples = '' WHERE key = 'location.place'"));

        assertThat(problems()).contains("unit location.place: has no example questions");
    }
}
