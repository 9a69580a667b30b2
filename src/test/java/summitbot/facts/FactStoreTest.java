package summitbot.facts;

import summitbot.nlp.Person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;

class FactStoreTest {
    @TempDir
    Path dir;

    private Database db;
    private FactStore facts;

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
    void everyIntentInTheContractHasAReplyTemplateOrAnswerUnitsWhoseFactsAreSeeded() throws Exception {
        TemplateStore templates = new TemplateStore(db);
        UnitStore units = new UnitStore(db);
        Pattern placeholder = Pattern.compile("\\{([a-z0-9_]+(?:\\.[a-z0-9_]+)+)}");
        for (String intent : TestCore.contractIntents()) {
            Optional<String> found = templates.template(intent);
            if (found.isEmpty()) {
                assertThat(units.units(intent)).as("answer units of %s", intent).isNotEmpty();
                continue;
            }
            String template = found.get();
            Matcher m = placeholder.matcher(template);
            while (m.find()) {
                String key = m.group(1);
                if (!key.startsWith("person.") && !key.startsWith("topics.") && !key.startsWith("door.")) {
                    assertThat(facts.value(key)).as("fact %s used by %s", key, intent).isPresent();
                }
            }
        }
    }

    @Test
    void everyArticleIntentHasFactsTiedToAParagraph() throws Exception {
        for (String intent : TestCore.contractIntents()) {
            if (List.of("greeting", "help", "thanks_bye", "out_of_scope").contains(intent)) {
                continue;
            }
            List<Fact> ofIntent = facts.list("").stream().filter(f -> f.intent().equals(intent)).toList();
            assertThat(ofIntent).as("facts of %s", intent).isNotEmpty();
            assertThat(ofIntent).as("paragraphs of %s", intent).allMatch(f -> f.paragraphId() != null);
        }
    }

    @Test
    void settingAFactChangesItAndWritesAnAuditRow() {
        FactChange change = facts.set("location.place", "Russky Island, Vladivostok", "editor-1");

        assertThat(facts.value("location.place")).contains("Russky Island, Vladivostok");
        assertThat(change.oldValue()).isEqualTo("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
        assertThat(facts.history("location.place")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("set");
            assertThat(c.oldValue()).isEqualTo("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
            assertThat(c.newValue()).isEqualTo("Russky Island, Vladivostok");
            assertThat(c.changedBy()).isEqualTo("editor-1");
            assertThat(c.changedAt()).isNotBlank();
        });
    }

    @Test
    void anUnknownKeyIsRefusedWithTheClosestKeys() {
        assertThatThrownBy(() -> facts.set("location.plaec", "Moscow", "editor"))
                .isInstanceOf(FactException.class)
                .hasMessageContaining("unknown fact location.plaec")
                .satisfies(e -> assertThat(((FactException) e).suggestions()).contains("location.place"));
        assertThat(facts.auditTrail()).isEmpty();
    }

    @Test
    void emptyAndOverlongValuesAreRefused() {
        assertThatThrownBy(() -> facts.set("date.day", "   ", "editor")).hasMessageContaining("empty");
        assertThatThrownBy(() -> facts.set("date.day", "x".repeat(FactStore.MAX_VALUE_LENGTH + 1), "editor"))
                .hasMessageContaining("limit");
        assertThat(facts.value("date.day")).contains("The Kim-Putin meeting is taking place on Thursday.");
    }

    @Test
    void sqlInValuesIsStoredAsPlainText() {
        String sneaky = "Vladivostok'); DROP TABLE fact; --";
        facts.set("location.place", sneaky, "editor");
        assertThat(facts.value("location.place")).contains(sneaky);
        assertThat(facts.list("")).hasSizeGreaterThan(50);
    }

    @Test
    void undoRestoresThePreviousValueAndIsItselfAudited() {
        facts.set("date.day", "April 25, 2019", "alice");
        facts.set("date.day", "Thursday, April 25, 2019", "bob");

        facts.undo("date.day", "carol");
        assertThat(facts.value("date.day")).contains("April 25, 2019");
        facts.undo("date.day", "carol");
        assertThat(facts.value("date.day")).contains("The Kim-Putin meeting is taking place on Thursday.");

        List<FactChange> history = facts.history("date.day");
        assertThat(history).extracting(FactChange::action).containsExactly("set", "set", "undo", "undo");
        assertThat(history).extracting(FactChange::changedBy).containsExactly("alice", "bob", "carol", "carol");
        assertThatThrownBy(() -> facts.undo("date.day", "carol")).hasMessageContaining("nothing to undo");
    }

    @Test
    void undoMarksOnlyTheChangeItReverted() {
        facts.set("date.day", "April 25, 2019", "alice");
        facts.set("date.day", "Thursday, April 25, 2019", "bob");
        FactChange undo = facts.undo("date.day", "carol");

        List<FactChange> history = facts.history("date.day");
        assertThat(history.get(0).revertedBy()).isNull();
        assertThat(history.get(1).revertedBy()).isEqualTo(undo.id());
        assertThat(history.get(2).revertedBy()).isNull();
        assertThat(history.get(0).describe()).doesNotContain("(undone)");
        assertThat(history.get(1).describe()).contains("(undone)");
    }

    @Test
    void aFactWithoutASupportingParagraphSaysSo() {
        assertThat(facts.get("bot.goodbye").orElseThrow().paragraphId()).isNull();
        assertThat(facts.get("location.place").orElseThrow().paragraphId()).isEqualTo(16);
    }

    @Test
    void undoOfAnAddedFactRemovesIt() {
        facts.add("location", "location.outcome", "They met on Russky Island.", "alice");
        assertThat(facts.value("location.outcome")).isPresent();

        facts.undo("location.outcome", "bob");

        assertThat(facts.value("location.outcome")).isEmpty();
        assertThat(facts.history("location.outcome")).extracting(FactChange::action).containsExactly("add", "undo");
    }

    @Test
    void addingAnExistingKeyIsRefused() {
        assertThatThrownBy(() -> facts.add("location", "location.place", "Moscow", "alice"))
                .hasMessageContaining("already exists");
    }

    @Test
    void concurrentWritersFromTwoConnectionsLoseNoChange() throws Exception {
        int writers = 4;
        int changesEach = 25;
        try (Database other = Database.open(dir.resolve("summit.db"))) {
            FactStore second = new FactStore(other);
            ExecutorService pool = Executors.newFixedThreadPool(writers * 2);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers * 2; w++) {
                FactStore store = w % 2 == 0 ? facts : second;
                String who = "writer-" + w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < changesEach; i++) {
                        store.set("location.place", who + " value " + i, who);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        List<FactChange> trail = facts.auditTrail();
        assertThat(trail).hasSize(writers * 2 * changesEach);
        // The trail is a chain: each change starts from the value the previous one left.
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).oldValue()).isEqualTo(trail.get(i - 1).newValue());
        }
        assertThat(facts.value("location.place")).contains(trail.get(trail.size() - 1).newValue());
    }

    @Test
    void addingAnAliasMakesItKnownAndDuplicatesAreRefused() {
        PeopleDirectory people = new PeopleDirectory(db);
        Person p = people.addAlias("Xi Jinping", "Chairman Xi");
        assertThat(p.id()).isEqualTo("xi_jinping");
        assertThat(people.aliases()).anyMatch(a -> a.alias().equals("chairman xi") && a.person().id().equals("xi_jinping"));
        assertThatThrownBy(() -> people.addAlias("putin", "chairman xi")).hasMessageContaining("already names");
        assertThatThrownBy(() -> people.addAlias("nobody here", "x")).hasMessageContaining("unknown person");
    }


}
