package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactImportTest {
    @TempDir
    Path dir;

    private Database db;
    private FactStore facts;
    private final FactDocument document = new FactDocument();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("summit.db"));
        facts = new FactStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anExportedDocumentImportsBackUnchanged() {
        String exported = document.export(facts.list(""));
        FactStore.ImportResult r = facts.importAll(document.parse(exported), "alice");
        assertThat(r.changed()).isZero();
        assertThat(r.added()).isZero();
        assertThat(r.unchanged()).isEqualTo(facts.list("").size());
        assertThat(facts.auditTrail()).isEmpty();
    }

    @Test
    void aValidImportChangesAndAddsFactsWithAuditRows() {
        String json = """
                {"facts": [
                  {"key": "location.place", "value": "Russky Island, Vladivostok"},
                  {"key": "date.day", "intent": "date", "value": "April 25, 2019"},
                  {"key": "location.outcome", "intent": "location", "value": "They met at a university campus.", "new": true}
                ]}""";
        FactStore.ImportResult r = facts.importAll(document.parse(json), "alice");
        assertThat(r).isEqualTo(new FactStore.ImportResult(2, 1, 0));
        assertThat(facts.value("date.day")).contains("April 25, 2019");
        assertThat(facts.auditTrail()).extracting(FactChange::action).containsExactly("set", "set", "add");
    }

    @Test
    void aBadImportIsRejectedWholeAndLeavesTheDatabaseUnchanged() {
        String json = """
                {"facts": [
                  {"key": "location.place", "value": "Moscow"},
                  {"key": "date.day", "value": ""},
                  {"key": "made.up", "value": "no intent given", "new": true},
                  {"key": "location.region", "intent": "date", "value": "wrong intent"}
                ]}""";
        List<Fact> before = facts.list("");
        assertThatThrownBy(() -> facts.importAll(document.parse(json), "alice"))
                .isInstanceOf(FactException.class)
                .hasMessageContaining("nothing changed")
                .hasMessageContaining("3 problem(s)")
                .hasMessageContaining("made.up");
        assertThat(facts.list("")).isEqualTo(before);
        assertThat(facts.auditTrail()).isEmpty();
    }

    @Test
    void aMistypedKeyIsRefusedWithTheClosestKeysInsteadOfBeingAdded() {
        String json = """
                {"facts": [ {"key": "location.plase", "intent": "location", "value": "Moscow"} ]}""";
        assertThatThrownBy(() -> facts.importAll(document.parse(json), "alice"))
                .hasMessageContaining("unknown key")
                .hasMessageContaining("location.place")
                .hasMessageContaining("\"new\": true");
        assertThat(facts.value("location.plase")).isEmpty();
    }

    @Test
    void malformedJsonIsRejected() {
        assertThatThrownBy(() -> document.parse("{\"facts\": [ {\"key\": ")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> document.parse("[1, 2]")).hasMessageContaining("expected");
        assertThatThrownBy(() -> document.parse("{\"facts\": [ {\"key\": 5, \"value\": \"x\"} ]}"))
                .hasMessageContaining("fact 1");
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        String json = """
                {"facts": [ {"key": "date.day", "value": "a"}, {"key": "date.day", "value": "b"} ]}""";
        assertThatThrownBy(() -> facts.importAll(document.parse(json), "alice")).hasMessageContaining("twice");
        assertThat(facts.value("date.day")).contains("The Kim-Putin meeting is taking place on Thursday.");
    }
}
