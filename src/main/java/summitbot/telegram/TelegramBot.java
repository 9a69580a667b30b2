package summitbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import summitbot.admin.AdminCommands;
import summitbot.answer.ReplyRouter;
import summitbot.command.Audience;
import summitbot.facts.Database;
import summitbot.facts.SentAnswers;
import summitbot.facts.TemplateStore;

/**
 * Summit Bot on Telegram: checks the token (getMe), publishes the commands, then long-polls with
 * the TelegramBots library. Each batch of updates is stored in the inbox and handed to per-chat
 * lanes on our own pool, so polling never waits for answering. {@link #stop()} cancels the held
 * long poll, lets replies in flight finish and ends every thread it started.
 */
public final class TelegramBot implements AutoCloseable {
    /** The update kinds asked for; channel posts and the rest are never handled, so never fetched. */
    public static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int GET_UPDATES_LIMIT = 100;
    private static final Duration KEEP_HANDLED = Duration.ofDays(7);
    // Telegram: "If there are no new updates for at least a week, then identifier of the next
    // update will be chosen randomly instead of sequentially." A day early, to be safe.
    static final Duration IDS_MAY_RESTART = Duration.ofDays(6);
    private static final long FLOOD_WINDOW_SECONDS = 60;
    private static final long UNSTORED_POLL_PAUSE_MS = 500;
    // "Something went wrong on my side": at most once a minute per chat.
    private static final Duration FAILURE_NOTICE_INTERVAL = Duration.ofMinutes(1);
    // Telegram shows "typing…" for about 5 s: renewed every 4 s, for at most 10 minutes of retraining.
    private static final Duration TYPING_EVERY = Duration.ofSeconds(4);
    private static final Duration TYPING_AT_MOST = Duration.ofMinutes(10);
    static final String DESCRIPTION = "telegram.description";
    static final String SHORT_DESCRIPTION = "telegram.short_description";
    // Telegram's limits on the two descriptions.
    private static final int MAX_DESCRIPTION = 512;
    private static final int MAX_SHORT_DESCRIPTION = 120;

    private final BotToken token;
    private final TelegramSettings settings;
    private final HttpClients http;
    private final TelegramGateway gateway;
    private final User me;
    private final UpdateInbox inbox;
    private final SentAnswers sentAnswers;
    private final UpdateInterpreter interpreter;
    private final Responder responder;
    private final Delivery delivery;
    private final FairScheduler scheduler;
    private final ScheduledExecutorService pollThread;
    private final NamedThreads pollThreads = new NamedThreads("poll");
    private final FloodGuard floods;
    private final BotEvents events;
    private final TypingIndicator typing;
    private final AdminCommands admin;
    private final ReplyRouter router;
    private final AtomicReference<Instant> lastPolled = new AtomicReference<>();
    // Updates answered while the database could not store them, until they are stored.
    private final Set<Integer> answeredUnstored = ConcurrentHashMap.newKeySet();
    // Outcomes the inbox could not record yet (the database was locked), by update id.
    private final Map<Integer, String> unmarked = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean storeFailing = new java.util.concurrent.atomic.AtomicBoolean();
    // Progress of a stored update goes to the inbox; what cannot be written yet is retried later.
    private final ReplyJob.Ledger stored = new ReplyJob.Ledger() {
        @Override
        public void partsSent(int updateId, int parts) {
            try {
                inbox.partsSent(updateId, parts);
            } catch (RuntimeException e) {
                log.warn("could not record that {} messages of update {} went out: {}", parts, updateId, e.getMessage());
            }
        }

        @Override
        public void handled(int updateId, String outcome) {
            try {
                inbox.markHandled(updateId, outcome);
            } catch (RuntimeException e) {
                unmarked.put(updateId, outcome);
                log.warn("could not record update {} as {} yet: {}", updateId, outcome, e.getMessage());
            }
        }
    };
    // An update answered before it could be stored has nothing to record until it is.
    private final ReplyJob.Ledger unstored = new ReplyJob.Ledger() {
        @Override
        public void partsSent(int updateId, int parts) {
        }

        @Override
        public void handled(int updateId, String outcome) {
        }
    };
    private final long startedAtEpochSecond;
    private final java.util.concurrent.atomic.AtomicInteger nextOffset = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> lastReceived =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean idleWarned = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private TelegramBotsLongPollingApplication app;
    private BotSession session;

    private TelegramBot(BotToken token, TelegramSettings settings, HttpClients http, TelegramGateway gateway, User me,
                        Database db, ReplyRouter router, AdminCommands admin, BotEvents events) {
        this.events = events;
        this.admin = admin;
        this.router = router;
        this.token = token;
        this.settings = settings;
        this.http = http;
        this.gateway = gateway;
        this.me = me;
        ObjectMapper mapper = mapper();
        this.inbox = new UpdateInbox(db, me.getId(), mapper, settings.clock());
        this.sentAnswers = new SentAnswers(db);
        this.interpreter = new UpdateInterpreter(me.getId(), me.getUserName());
        this.delivery = new Delivery(gateway, new SendRateLimiter(settings.limits(), System::nanoTime), settings.retry(),
                System::nanoTime, events);
        this.typing = new TypingIndicator(gateway::typing, TYPING_EVERY, TYPING_AT_MOST);
        this.scheduler = new FairScheduler(settings.workers(), settings.laneCapacity(), settings.totalCapacity());
        this.responder = new Responder(router, new TemplateStore(db), new NoticeLimiter(settings.clock(),
                settings.notTextInterval()), new NoticeLimiter(settings.clock(), FAILURE_NOTICE_INTERVAL), admin,
                this::sendLater, typing, events);
        this.pollThread = Executors.newSingleThreadScheduledExecutor(pollThreads);
        // A chat's lane holds settings.laneCapacity() messages; more than that sent within a minute is a flood.
        this.floods = new FloodGuard(settings.laneCapacity(), FLOOD_WINDOW_SECONDS);
        this.startedAtEpochSecond = settings.clock().instant().getEpochSecond();
    }

    /**
     * Checks the token, publishes the commands, answers what the inbox still holds, and starts
     * polling from the stored offset.
     *
     * @throws BotStartException with exit code 2 for a refused token, 3 when the API is unreachable
     */
    public static TelegramBot start(BotToken token, TelegramSettings settings, Database db, ReplyRouter router)
            throws BotStartException {
        return start(token, settings, db, router, null);
    }

    /** As {@link #start(BotToken, TelegramSettings, Database, ReplyRouter)}, with admin commands (null: none). */
    public static TelegramBot start(BotToken token, TelegramSettings settings, Database db, ReplyRouter router,
                                    AdminCommands admin) throws BotStartException {
        return start(token, settings, db, router, admin, BotEvents.NONE);
    }

    /** As {@link #start(BotToken, TelegramSettings, Database, ReplyRouter, AdminCommands)}, telling {@code events}. */
    public static TelegramBot start(BotToken token, TelegramSettings settings, Database db, ReplyRouter router,
                                    AdminCommands admin, BotEvents events) throws BotStartException {
        LogMasking.pollTracesAtDebug();
        LogMasking.install(token);
        HttpClients http = new HttpClients(settings.pollTimeoutSeconds(), settings.workers() * 2, mapper());
        TelegramBot bot = null;
        try {
            TelegramGateway gateway = new TelegramGateway(
                    new OkHttpTelegramClient(http.send(), token.reveal(), settings.apiUrl()), token);
            User me = whoAmI(gateway, settings);
            bot = new TelegramBot(token, settings, http, gateway, me, db, router, admin, events);
            bot.begin();
            return bot;
        } catch (BotStartException | RuntimeException e) {
            if (bot != null) {
                bot.stop();
            } else {
                http.close();
            }
            throw e;
        }
    }

    /** The bot's @username, as getMe returned it. */
    public String username() {
        return me.getUserName();
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * When Telegram last answered a getUpdates (with updates or without), or when polling began:
     * a long poll returns within 50 s, so an older time means the poll loop is stuck or refused.
     */
    public Instant lastPolled() {
        return lastPolled.get();
    }

    /** How full the reply queues are now. */
    public FairScheduler.Depths queues() {
        return scheduler.depths();
    }

    /** The inbox, for diagnostics and tests. */
    public UpdateInbox inbox() {
        return inbox;
    }

    private static User whoAmI(TelegramGateway gateway, TelegramSettings settings) throws BotStartException {
        try {
            return gateway.getMe();
        } catch (TelegramFailure f) {
            if (f.errorCode() == 401 || f.errorCode() == 404) {
                throw new BotStartException(BotStartException.BAD_TOKEN, "Telegram refused the bot token ("
                        + f.errorCode() + "); check TELEGRAM_BOT_TOKEN or --token-file");
            }
            throw new BotStartException(BotStartException.UNAVAILABLE, "cannot reach the Bot API at "
                    + settings.apiUrl().getSchema() + "://" + settings.apiUrl().getHost() + ":"
                    + settings.apiUrl().getPort() + ": " + f.getMessage());
        }
    }

    private void begin() throws BotStartException {
        log.info("signed in as @{} (id {})", me.getUserName(), me.getId());
        publishProfile();
        int pruned = inbox.prune(KEEP_HANDLED);
        if (pruned > 0) {
            log.info("forgot {} handled updates older than {} days", pruned, KEEP_HANDLED.toDays());
        }
        List<Update> left = inbox.pending();
        if (!left.isEmpty()) {
            log.info("answering {} updates left unanswered by the last run", left.size());
            // Stored before this start: never dropped, however many.
            left.forEach(u -> dispatch(u, FairScheduler.Admission.ALWAYS, inbox.partsSent(u.getUpdateId()), stored));
        }
        int seed = inbox.storedOffset();
        nextOffset.set(seed);
        inbox.lastReceived().ifPresent(lastReceived::set);
        log.info("polling {}://{}:{} from offset {}", settings.apiUrl().getSchema(), settings.apiUrl().getHost(),
                settings.apiUrl().getPort(), seed);
        // Batches come to consume() from the HTTP layer; the library only polls (with our offset and backoff).
        http.onUpdates(this::consume);
        lastPolled.set(settings.clock().instant());
        http.onPolled(() -> lastPolled.set(settings.clock().instant()));
        app = new TelegramBotsLongPollingApplication(TelegramBot::mapper, http::poll, () -> pollThread,
                () -> new PollBackOff(settings.pollBackoffBase(), settings.pollBackoffMax()));
        try {
            session = app.registerBot(token.reveal(), settings::apiUrl, last -> GetUpdates.builder()
                    // The stored offset says where we were (the library starts from 0 after a restart).
                    .offset(offsetToAsk())
                    .limit(GET_UPDATES_LIMIT)
                    .timeout(settings.pollTimeoutSeconds())
                    .allowedUpdates(ALLOWED_UPDATES)
                    .build(), updates -> { });
            if (!session.isRunning()) {
                session.start();
            }
        } catch (TelegramApiException e) {
            throw new BotStartException(BotStartException.UNAVAILABLE, "cannot start polling: " + token.describe(e));
        }
    }

    /**
     * What Telegram shows of the bot: the users' command menu for everyone, every command for
     * each admin (a menu scoped to their private chat), and the two descriptions from the reply
     * templates. The bot works without them, so a failure is a warning, not a failed start.
     */
    private void publishProfile() {
        publish("the command list", () -> gateway.setMyCommands(responder.menu(Audience.USER)));
        if (admin != null) {
            List<BotCommand> all = responder.menu(Audience.ADMIN);
            for (long id : admin.adminIds()) {
                publish("the admin command list for " + id, () -> gateway.setMyCommands(all, id));
            }
        }
        publish("the description", () -> gateway.setMyDescription(
                cut(router.wording(DESCRIPTION, Map.of()), MAX_DESCRIPTION)));
        publish("the short description", () -> gateway.setMyShortDescription(
                cut(router.wording(SHORT_DESCRIPTION, Map.of()), MAX_SHORT_DESCRIPTION)));
    }

    private interface ProfileCall {
        void run() throws TelegramFailure;
    }

    private static void publish(String what, ProfileCall call) {
        try {
            call.run();
        } catch (TelegramFailure | RuntimeException f) {
            log.warn("could not publish {}, going on without it: {}", what, f.getMessage());
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The offset for the next getUpdates: one past the last stored update; none (0: every update
     * Telegram still holds) after a week without updates, when Telegram may have restarted its
     * update ids below ours and an offset above them would confirm new updates away unanswered.
     */
    private int offsetToAsk() {
        java.time.Instant last = lastReceived.get();
        if (last != null && settings.clock().instant().isAfter(last.plus(IDS_MAY_RESTART))) {
            if (!idleWarned.getAndSet(true)) {
                log.warn("no updates since {}: Telegram may have restarted its update ids, so polling without an"
                        + " offset until the next update arrives", last);
            }
            return 0;
        }
        return nextOffset.get();
    }

    // On the library's poll thread. Must never throw: an exception would end the library's polling.
    private void consume(List<Update> updates) {
        try {
            List<Update> fresh;
            try {
                fresh = inbox.accept(updates);
            } catch (RuntimeException e) {
                if (!stopping.get()) {
                    answerUnstored(updates, e);
                }
                return;
            }
            if (storeFailing.getAndSet(false)) {
                log.info("the database takes writes again: updates are stored before they are answered");
            }
            events.updatesReceived((int) fresh.stream().filter(u -> !answeredUnstored.contains(u.getUpdateId())).count());
            if (!updates.isEmpty()) {
                nextOffset.set(inbox.storedOffset());
                lastReceived.set(settings.clock().instant());
                idleWarned.set(false);
            }
            for (Update u : fresh) {
                if (answeredUnstored.remove(u.getUpdateId())) {
                    stored.handled(u.getUpdateId(), "answered");
                } else {
                    dispatch(u, admission(u), 0, stored);
                }
            }
            retryUnmarked();
        } catch (RuntimeException e) {
            log.error("could not take {} updates: {}", updates.size(), token.describe(e), e);
        }
    }

    /**
     * The database cannot store the batch (another process holds its write lock): answer it
     * anyway, once, from what can be read. The offset does not move, so Telegram keeps serving these
     * updates until they are stored; then they are recorded as answered, not answered again.
     */
    private void answerUnstored(List<Update> updates, RuntimeException why) {
        if (!storeFailing.getAndSet(true)) {
            log.warn("cannot store updates ({}): answering them without storing until the database takes writes;"
                    + " Telegram keeps them meanwhile", token.describe(why));
        }
        for (Update u : updates) {
            if (answeredUnstored.add(u.getUpdateId())) {
                events.updatesReceived(1);
                dispatch(u, admission(u), 0, unstored);
            }
        }
        try {
            Thread.sleep(UNSTORED_POLL_PAUSE_MS); // the same batch comes back at once: do not spin
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Outcomes that could not be recorded while the database was locked, recorded now.
    private void retryUnmarked() {
        for (Map.Entry<Integer, String> e : unmarked.entrySet()) {
            try {
                inbox.markHandled(e.getKey(), e.getValue());
                unmarked.remove(e.getKey(), e.getValue());
            } catch (RuntimeException again) {
                return;
            }
        }
    }

    // Sent while the bot was down: never dropped. Sent at a human pace: past the lane's usual
    // capacity. Only a chat whose messages' own dates show a flood meets the lane's limit.
    private FairScheduler.Admission admission(Update u) {
        Message m = u.hasMessage() ? u.getMessage() : u.hasEditedMessage() ? u.getEditedMessage() : null;
        if (m == null || m.getDate() == null) {
            return FairScheduler.Admission.BOUNDED;
        }
        if (m.getDate() < startedAtEpochSecond) {
            return FairScheduler.Admission.ALWAYS;
        }
        return floods.flooding(m.getChatId(), m.getDate()) ? FairScheduler.Admission.BOUNDED
                : FairScheduler.Admission.PAST_LANE;
    }

    // alreadySent: messages of this update's reply that went out before a crash.
    private void dispatch(Update u, FairScheduler.Admission admission, int alreadySent, ReplyJob.Ledger ledger) {
        int id = u.getUpdateId();
        Action action;
        try {
            action = interpreter.interpret(u);
        } catch (RuntimeException e) {
            log.warn("update {} could not be read, ignoring it: {}", id, e.toString());
            ledger.handled(id, "ignored");
            return;
        }
        if (action instanceof Action.Callback cb) {
            scheduler.urgent(() -> acknowledge(cb));
        }
        Action.Where where = where(action);
        if (where == null) {
            log.debug("update {} ignored: {}", id, action);
            ledger.handled(id, "ignored");
            return;
        }
        ReplyJob job = new ReplyJob(id, action, where, responder, delivery, ledger, sentAnswers, alreadySent, events);
        switch (scheduler.submit(where.chatId(), job, admission)) {
            case ACCEPTED -> { }
            case LANE_FULL_FIRST_TIME -> {
                log.warn("chat {} is flooding the bot: dropping update {} and asking it to slow down", where.chatId(), id);
                scheduler.submitNext(where.chatId(),
                        new NoticeJob(responder.slowDown(where.chatId()), where.group(), delivery));
                ledger.handled(id, "dropped");
            }
            case LANE_FULL -> {
                log.info("dropped update {} from flooding chat {} (its queue is full)", id, where.chatId());
                ledger.handled(id, "dropped");
            }
            case FULL -> {
                log.warn("dropped update {} from chat {}: {} replies already queued", id, where.chatId(),
                        scheduler.pending());
                ledger.handled(id, "dropped");
            }
            case CLOSED -> log.info("update {} left for the next start (stopping)", id);
        }
    }

    // A message that belongs to no update (e.g. "the new model is live"), queued in its chat's lane.
    private void sendLater(Outgoing message) {
        if (scheduler.submit(message.chatId(), new NoticeJob(message, false, delivery)) != FairScheduler.Offer.ACCEPTED) {
            log.warn("could not queue a notice for chat {}", message.chatId());
        }
    }

    private Action.Where where(Action action) {
        if (action instanceof Action.Ask a) {
            return a.where();
        }
        if (action instanceof Action.Command c) {
            return c.where();
        }
        if (action instanceof Action.Callback cb) {
            return responder.understands(cb) ? cb.where() : null;
        }
        if (action instanceof Action.NotText n) {
            return new Action.Where(n.chatId(), false, null, null, "tg:" + n.chatId());
        }
        return null;
    }

    // Telegram shows a spinner on the button until the query is answered: answer it first, always.
    private void acknowledge(Action.Callback cb) {
        String text = responder.understands(cb) ? null : responder.wording(Responder.BUTTON_GONE);
        try {
            gateway.answerCallback(cb.callbackQueryId(), text);
        } catch (TelegramFailure f) {
            log.warn("could not answer button press {}: {}", cb.callbackQueryId(), f.getMessage());
        }
    }

    /**
     * Stops polling at once (cancelling the held long poll), lets replies in flight finish within
     * the grace period, and ends every thread the bot started. Updates not yet answered stay in
     * the inbox for the next start. Safe to call twice.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        long t0 = System.nanoTime();
        // Cancelling the held long poll makes the library log an ERROR with a stack trace; it is
        // expected here, so the library's session logger is silenced until polling has ended.
        Runnable restoreLibraryLog = silence(BotSession.class);
        try {
            if (session != null) {
                session.stop();
            }
            pollThread.shutdown();
            http.poll().dispatcher().cancelAll();
            if (!pollThread.awaitTermination(300, TimeUnit.MILLISECONDS)) {
                pollThread.shutdownNow();
                pollThread.awaitTermination(1, TimeUnit.SECONDS);
            }
            pollThreads.awaitExit(Duration.ofSeconds(1));
            restoreLibraryLog.run();
            if (!scheduler.shutdown(settings.stopGrace())) {
                log.warn("some replies were still being sent when the grace period ended");
            }
            typing.close();
            http.close();
            http.awaitTermination(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            restoreLibraryLog.run();
            log.info("stopped in {} ms; {} updates wait in the inbox for the next start",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), scheduler.pending());
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Checks the token with getMe before anything heavy is loaded.
     *
     * @throws BotStartException with exit code 2 for a refused token, 3 when the API is unreachable
     */
    public static void verify(BotToken token, TelegramSettings settings) throws BotStartException {
        LogMasking.pollTracesAtDebug();
        LogMasking.install(token);
        try (HttpClients http = new HttpClients(settings.pollTimeoutSeconds(), 2, mapper())) {
            whoAmI(new TelegramGateway(new OkHttpTelegramClient(http.send(), token.reveal(), settings.apiUrl()), token),
                    settings);
        }
    }

    private static Runnable silence(Class<?> loggerOf) {
        if (LoggerFactory.getLogger(loggerOf) instanceof ch.qos.logback.classic.Logger l) {
            ch.qos.logback.classic.Level before = l.getLevel();
            l.setLevel(ch.qos.logback.classic.Level.OFF);
            return () -> l.setLevel(before);
        }
        return () -> { };
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
