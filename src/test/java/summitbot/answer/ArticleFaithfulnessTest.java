package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.AnswerUnit;
import summitbot.facts.Database;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnitStore;
import summitbot.nlp.ContentWords;
import summitbot.nlp.Person;

/**
 * No reply can state what the article does not: every content word of every answer unit occurs
 * (allowing inflections) in the paragraphs the unit cites, and the sentences the bot builds around
 * units add no article content of their own.
 */
class ArticleFaithfulnessTest {
    // Words that frame a reply without claiming anything about the summit.
    private static final Set<String> FRAMING = Set.of("ap", "report", "headlined", "datelined", "doesn", "give",
            "gives", "name", "names", "list", "comes", "what", "does", "yes", "no", "figure", "exact", "first");

    private static final Set<String> SMALL_TALK = Set.of("greeting", "help", "thanks_bye", "out_of_scope");

    @TempDir
    Path dir;

    private Database db;
    private UnitStore units;

    @BeforeEach
    void open() {
        db = TestCore.database(dir);
        units = new UnitStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theArticleIsDecomposedIntoBetweenSixtyAndOneHundredTwentyUnits() {
        List<AnswerUnit> all = units.all().stream()
                .filter(u -> u.paragraphId() != null && !SMALL_TALK.contains(u.intent())).toList();
        assertThat(all).hasSizeBetween(60, 120);
        assertThat(all).allSatisfy(u -> assertThat(u.text().split("\\s+").length).as(u.key())
                .isLessThanOrEqualTo(u.summary() ? 50 : 25));
    }

    @Test
    void everyArticleParagraphIsCoveredByAUnit() {
        Set<Integer> cited = new HashSet<>();
        units.all().forEach(u -> {
            if (u.paragraphId() != null) {
                cited.add(u.paragraphId());
            }
            cited.addAll(u.alsoParagraphs());
        });
        for (int id = 1; id <= 24; id++) {
            assertThat(cited).as("paragraph %d", id).contains(id);
        }
    }

    @Test
    void everyUnitsWordsOccurInItsParagraphs() {
        List<String> problems = new ArrayList<>();
        for (AnswerUnit u : units.all()) {
            if (u.paragraphId() == null || SMALL_TALK.contains(u.intent())) {
                continue; // an admin's addition, or the bot's own wording: not an article claim
            }
            // A gap says what the article lacks, then what it gives: the second part is the claim.
            String claim = u.gap() ? u.text().substring(u.text().indexOf(';') + 1) : u.text();
            Set<String> missing = missing(claim, paragraphs(u));
            if (!missing.isEmpty()) {
                problems.add(u.key() + " " + missing);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void gapsSayPlainlyThatTheArticleDoesNotSay() {
        assertThat(units.all().stream().filter(AnswerUnit::gap))
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.text()).as(u.key()).matches("The article (doesn't|gives no) .+;.+"));
    }

    @Test
    void theWordsAroundAUnitAddNoArticleContent() {
        TemplateStore templates = new TemplateStore(db);
        for (String name : List.of("answer.yes", "answer.no", "answer.doesnt_say")) {
            String wording = templates.template(name).orElseThrow().replaceAll("\\{[a-z.]+}", " ");
            assertThat(missing(wording, "")).as(name).isEmpty();
        }
    }

    @Test
    void personAndSummitCountRepliesStayInsideTheirParagraphs() {
        ReplyRouter router = TestCore.router(db);
        List<String> problems = new ArrayList<>();
        for (Person p : new PeopleDirectory(db).people()) {
            for (String question : List.of("who is " + p.name(), "how many summits has kim held with " + p.name())) {
                Answer a = router.answer("faithful-" + question, question);
                if (a.kind() != Reply.Kind.ANSWER) {
                    continue;
                }
                StringBuilder cited = new StringBuilder();
                a.units().forEach(k -> units.unit(k).ifPresent(u -> cited.append(paragraphs(u)).append(' ')));
                Set<String> missing = missing(a.reply(), cited.toString());
                if (!missing.isEmpty()) {
                    problems.add(question + " -> " + a.reply() + " " + missing);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private String paragraphs(AnswerUnit u) {
        StringBuilder text = new StringBuilder(units.paragraph(u.paragraphId()).orElse(""));
        u.alsoParagraphs().forEach(id -> text.append(' ').append(units.paragraph(id).orElse("")));
        return text.toString();
    }

    // Content words of {@code claim} whose stem is not in {@code source}. Names of the people the
    // article names are allowed: it calls Kim "he" where a reply must name him.
    private Set<String> missing(String claim, String source) {
        Set<String> known = ContentWords.stems(source);
        Set<String> names = new HashSet<>();
        new PeopleDirectory(db).people().forEach(p -> names.addAll(ContentWords.stems(p.name())));
        Set<String> out = new HashSet<>();
        for (String w : ContentWords.words(claim)) {
            String stem = ContentWords.stem(w);
            if (!known.contains(stem) && !FRAMING.contains(w) && !names.contains(stem)) {
                out.add(w);
            }
        }
        return out;
    }
}
