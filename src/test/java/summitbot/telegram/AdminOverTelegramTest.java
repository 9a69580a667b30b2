package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.AdminCore;
import summitbot.TestCore;
import summitbot.admin.AdminCommands;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.TaughtQuestions;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.SemanticSignal;

/** Admins at work through the real bot and a fake Bot API server. */
class AdminOverTelegramTest {
    private static final long ADMIN = 9001;
    private static final long USER = 9002;
    private static final long GROUP = -100_900;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Database db;
    private AdminCore core;
    private TelegramBot bot;
    private ReplyRouter router;
    private AdminCommands admin;

    @BeforeEach
    void start() throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofMillis(500));
        db = TestCore.database(dir);
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("models", "training.tsv"), models.resolve("training.tsv"));
        Files.copy(Path.of("models", "heldout.tsv"), models.resolve("heldout.tsv"));
        // The bot's own semantic signal (a taught question reaches it), loaded from the index the tests keep.
        SemanticSignal semantic = SemanticSignal.loading(new IntentModelFiles(Path.of("target", "test-models")),
                TestCore.semanticData(), 0).awaitReady();
        core = AdminCore.wire(db, models, ADMIN, semantic);
        router = core.router();
        admin = core.admin();
        bot = TelegramBot.start(new BotToken(BotHarness.TOKEN), BotHarness.settingsFor(api), db, router, admin);
    }

    @AfterEach
    void stop() {
        bot.stop();
        core.close();
        api.close();
        db.close();
    }

    /** Sends {@code text} from {@code user} in a private chat and returns the {@code n}th reply there. */
    private String say(long user, String text) throws InterruptedException {
        int before = api.calls("sendMessage").stream().filter(c -> c.chatId() == user).toList().size();
        api.push(FakeUpdates.privateText(user, text));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.chatId() == user, before + 1, WAIT);
        assertThat(replies).hasSizeGreaterThan(before);
        return replies.get(before).text();
    }

    /** The id the fake server gave the {@code n}th message the bot sent to {@code chat}. */
    private int sentId(long chat, int n) throws InterruptedException {
        // The server records a call as it arrives and numbers the message as it answers: wait for both.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (api.sentMessages(chat).size() <= n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return api.sentMessages(chat).get(n).messageId();
    }

    /** Sends {@code text} as a reply to the bot's message {@code messageId} and returns the answer. */
    private String replyTo(long user, int messageId, String text) throws InterruptedException {
        int before = api.calls("sendMessage").stream().filter(c -> c.chatId() == user).toList().size();
        api.push(FakeUpdates.privateReplyToBot(user, text, messageId));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.chatId() == user, before + 1, WAIT);
        assertThat(replies).hasSizeGreaterThan(before);
        return replies.get(before).text();
    }

    @Test
    void aQuestionUsersPlacedInATopicIsTaughtWithOneTapFromUnanswered() throws Exception {
        String question = "is kim bringing anyone from his dad's era?";
        assertThat(say(USER, question)).startsWith("I'm not sure what you mean.");
        api.push(FakeUpdates.callback(USER, "private", USER, "pick:participants", 1));
        api.await("sendMessage", c -> c.chatId() == USER, 2, WAIT);

        int before = api.calls("sendMessage").stream().filter(c -> c.chatId() == ADMIN).toList().size();
        api.push(FakeUpdates.privateText(ADMIN, "/unanswered"));
        FakeBotApi.Call list = api.await("sendMessage", c -> c.chatId() == ADMIN, before + 1, WAIT).get(before);
        assertThat(list.text()).contains("users chose participants: /teach participants " + question);
        List<String> teach = list.params().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
        assertThat(teach).singleElement().asString().startsWith("teach:");

        // Someone who is not an admin gets the button acknowledged, and nothing else.
        api.push(FakeUpdates.callback(USER, "private", USER, teach.get(0), 2));
        assertThat(api.await("answerCallbackQuery", c -> true, 2, WAIT).get(1).params().path("text").asText())
                .contains("no longer available");
        api.push(FakeUpdates.callback(ADMIN, "private", ADMIN, teach.get(0), 3));
        FakeBotApi.Call taught = api.await("sendMessage", c -> c.chatId() == ADMIN, before + 2, WAIT).get(before + 1);
        assertThat(taught.text()).startsWith("Learning \"" + question + "\" as participants.");
        assertThat(new TaughtQuestions(db).all()).singleElement()
                .satisfies(t -> assertThat(t.taughtBy()).isEqualTo("tg:" + ADMIN));
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER)).hasSize(2);
    }

    @Test
    void whyInReplyToAnAnswerShowsItsUnitParagraphAndScores() throws Exception {
        assertThat(say(ADMIN, "which port got the wheat?")).contains("Chongjin");
        String why = replyTo(ADMIN, sentId(ADMIN, 0), "/why");
        assertThat(why).contains("Unit food_aid.port", "Paragraph 8:", "shipped more than 2,000 tons",
                "Chosen by: classifier food_aid");
    }

    @Test
    void editInReplyToAnAnswerChangesItsUnitForEveryoneAndCanBeUndone() throws Exception {
        say(ADMIN, "which port got the wheat?");
        assertThat(replyTo(ADMIN, sentId(ADMIN, 0), "/edit The wheat was shipped to the port of Nampo."))
                .contains("food_aid.port is now: The wheat was shipped to the port of Nampo.", "/undo food_aid.port");
        assertThat(say(USER, "which port got the wheat?")).isEqualTo("The wheat was shipped to the port of Nampo.");
        assertThat(say(ADMIN, "/history food_aid.port")).contains("tg:" + ADMIN);
        say(ADMIN, "/undo food_aid.port");
        assertThat(say(USER, "which port got the wheat?")).contains("Chongjin");
    }

    @Test
    void whyWithoutAReplyOrByANonAdminExplainsAndRevealsNothing() throws Exception {
        assertThat(say(ADMIN, "/why")).contains("Reply to one of my answers");
        say(USER, "which port got the wheat?");
        assertThat(replyTo(USER, sentId(USER, 0), "/why")).isEqualTo("That command is for admins.");
        assertThat(replyTo(USER, sentId(USER, 0), "/edit Moscow")).isEqualTo("That command is for admins.");
    }

    @Test
    void anAdminMovesTheSummitAndTheNextUserHearsTheNewPlace() throws Exception {
        assertThat(say(ADMIN, "/set location.place Russky Island, Vladivostok"))
                .contains("location.place is now: Russky Island, Vladivostok");
        assertThat(say(USER, "where is the summit?")).contains("Russky Island, Vladivostok");
    }

    @Test
    void adminsGetEveryCommandInAMenuOfTheirOwnChatAndEveryoneElseTheUsersMenu() throws Exception {
        List<FakeBotApi.Call> menus = api.await("setMyCommands", c -> true, 2, WAIT);

        assertThat(menus).hasSize(2);
        FakeBotApi.Call everyone = menus.stream().filter(c -> !c.params().has("scope")).findFirst().orElseThrow();
        FakeBotApi.Call admins = menus.stream().filter(c -> c.params().has("scope")).findFirst().orElseThrow();
        assertThat(everyone.params().path("commands").findValuesAsText("command"))
                .containsExactly("start", "help", "topics", "source");
        assertThat(admins.params().path("scope").path("type").asText()).isEqualTo("chat");
        assertThat(admins.params().path("scope").path("chat_id").asLong()).isEqualTo(ADMIN);
        assertThat(admins.params().path("commands").findValuesAsText("command")).containsExactly("start", "help",
                "topics", "source", "facts", "fact", "set", "add", "alias", "history", "undo", "unanswered", "teach",
                "export", "why", "edit");
    }

    @Test
    void helpShowsAdminsTheirCommandsAndNobodyElse() throws Exception {
        api.push(FakeUpdates.privateText(ADMIN, "/help"));
        List<FakeBotApi.Call> toAdmin = api.await("sendMessage", c -> c.chatId() == ADMIN, 2, WAIT);
        assertThat(toAdmin).hasSize(2);
        assertThat(toAdmin.get(1).text()).contains("/set KEY VALUE", "/teach");

        api.push(FakeUpdates.privateText(USER, "/help"));
        api.await("sendMessage", c -> c.chatId() == USER, 1, WAIT);
        Thread.sleep(300);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER))
                .singleElement().satisfies(c -> assertThat(c.text()).doesNotContain("/set"));
    }

    @Test
    void aNonAdminsSetIsRefusedAndChangesNothing() throws Exception {
        assertThat(say(USER, "/set location.place Moscow")).isEqualTo("That command is for admins.");
        assertThat(say(USER, "/facts")).isEqualTo("That command is for admins.");
        assertThat(new FactStore(db).value("location.place")).contains("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
        assertThat(say(USER, "where is the summit?")).contains("Vladivostok").doesNotContain("Moscow");
    }

    @Test
    void adminCommandsInAGroupAreRefusedEvenForAnAdmin() throws Exception {
        api.push(FakeUpdates.groupText(GROUP, ADMIN, "/set@" + FakeBotApi.BOT_USERNAME + " location.place Moscow"));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.chatId() == GROUP, 1, WAIT);
        assertThat(replies).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("That command is for admins."));
        assertThat(new FactStore(db).value("location.place")).contains("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
    }

    @Test
    void undoRestoresAndHistoryListsBothChangesWithAuthorIds() throws Exception {
        say(ADMIN, "/set date.day April 25, 2019");
        say(ADMIN, "/set date.day Thursday, April 25, 2019");
        assertThat(say(ADMIN, "/undo date.day")).contains("back to: April 25, 2019");
        String history = say(ADMIN, "/history date.day");
        assertThat(history.split("\n")).hasSize(3);
        assertThat(history).contains("tg:" + ADMIN, "\"The Kim-Putin meeting is taking place on Thursday.\" -> \"April 25, 2019\"", "undo");
        assertThat(say(USER, "when is the summit")).contains("April 25, 2019").doesNotContain("Thursday,");
    }

    @Test
    void exportSendsTheFactsAsAJsonDocument() throws Exception {
        api.push(FakeUpdates.privateText(ADMIN, "/export"));
        List<FakeBotApi.Call> docs = api.await("sendDocument", c -> c.chatId() == ADMIN, 1, WAIT);
        assertThat(docs).singleElement().satisfies(c -> {
            assertThat(c.params().path("document_filename").asText()).endsWith(".json");
            JsonNode json = new ObjectMapper().readTree(c.params().path("document").asText());
            assertThat(json.get("facts").size()).isEqualTo(new FactStore(db).list("").size());
        });
    }

    @Test
    void valuesAreSentAsPlainTextSoMarkupCannotBreakAReply() throws Exception {
        say(ADMIN, "/set location.place *Vladivostok* <b>_[x](http://e.vil)_</b>");
        api.push(FakeUpdates.privateText(USER, "where is the summit?"));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.chatId() == USER, 1, WAIT);
        assertThat(replies).singleElement().satisfies(c -> {
            assertThat(c.text()).contains("*Vladivostok* <b>_[x](http://e.vil)_</b>");
            assertThat(c.params().has("parse_mode")).isFalse();
        });
    }

    @Test
    void theAdminSeesTypingWhileTeachRetrainsAndNotAfterTheNewModelIsLive() throws Exception {
        assertThat(say(ADMIN, "/teach location where do the two leaders sit down")).contains("retraining");

        List<FakeBotApi.Call> typing = api.await("sendChatAction", c -> c.chatId() == ADMIN, 1, WAIT);
        long liveAt = api.await("sendMessage", c -> c.chatId() == ADMIN && c.text().contains("New model is live"), 1,
                Duration.ofSeconds(60)).get(0).atNanos();
        Thread.sleep(5_000); // more than the 4 s between two "typing" actions

        assertThat(typing).first().satisfies(c -> assertThat(c.params().path("action").asText()).isEqualTo("typing"));
        // One may have been on its way when the model went live; none starts after that.
        assertThat(api.calls("sendChatAction")).noneMatch(c -> c.atNanos() > liveAt + 1_000_000_000L);
    }

    @Test
    void teachingSwapsInAModelThatAnswersTheQuestionWhileUsersKeepBeingAnswered() throws Exception {
        String question = "what spot on the map";
        assertThat(say(USER, question)).contains("doesn't answer that");

        assertThat(say(ADMIN, "/teach location " + question)).contains("retraining");
        // While the model retrains, a stream of questions from other users is answered promptly.
        List<Long> latenciesMs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long user = 20_000 + i;
            long t0 = System.nanoTime();
            assertThat(say(user, "how many north korean workers are in russia")).contains("10,000");
            latenciesMs.add((System.nanoTime() - t0) / 1_000_000);
        }
        List<FakeBotApi.Call> live = api.await("sendMessage",
                c -> c.chatId() == ADMIN && c.text().contains("New model is live"), 1, Duration.ofSeconds(60));
        assertThat(live).singleElement().satisfies(c -> assertThat(c.text()).contains("Held-out accuracy", "as location"));
        assertThat(latenciesMs).allMatch(ms -> ms < 2_000);

        assertThat(say(USER, question)).contains("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
    }

    @Test
    void aReplyOfSeveralMessagesInterruptedByACrashResumesWithTheNextMessage() throws Exception {
        List<String> full = new ArrayList<>();
        api.push(FakeUpdates.privateText(ADMIN, "/facts"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        int parts;
        do {
            Thread.sleep(200);
            parts = api.calls("sendMessage").stream().filter(c -> c.chatId() == ADMIN).toList().size();
        } while (System.nanoTime() < deadline && (parts < 2
                || parts != api.calls("sendMessage").stream().filter(c -> c.chatId() == ADMIN).toList().size()));
        api.calls("sendMessage").stream().filter(c -> c.chatId() == ADMIN).forEach(c -> full.add(c.text()));
        assertThat(full).hasSizeGreaterThanOrEqualTo(2);
        bot.stop();

        // As a crash leaves it: the update stored, its first message sent, the rest not.
        com.fasterxml.jackson.databind.node.ObjectNode update = FakeUpdates.privateText(ADMIN, "/facts");
        update.put("update_id", 90_000);
        db.write(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO telegram_update (bot_id, update_id,"
                    + " payload, received_at, parts_sent) VALUES (?, ?, ?, ?, 1)")) {
                ps.setLong(1, FakeBotApi.BOT_ID);
                ps.setInt(2, 90_000);
                ps.setString(3, update.toString());
                ps.setString(4, java.time.Instant.now().toString());
                return ps.executeUpdate();
            }
        });
        int before = full.size();
        bot = TelegramBot.start(new BotToken(BotHarness.TOKEN), BotHarness.settingsFor(api), db, router, admin);

        List<FakeBotApi.Call> after = api.await("sendMessage", c -> c.chatId() == ADMIN, before + full.size() - 1, WAIT);
        Thread.sleep(300);
        List<String> resumed = api.calls("sendMessage").stream().filter(c -> c.chatId() == ADMIN).skip(before)
                .map(FakeBotApi.Call::text).toList();
        assertThat(resumed).containsExactlyElementsOf(full.subList(1, full.size()));
        assertThat(after).isNotEmpty();
        assertThat(bot.inbox().outcome(90_000)).isEqualTo("answered");
    }
}
