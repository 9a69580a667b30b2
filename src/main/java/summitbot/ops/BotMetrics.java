package summitbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import summitbot.answer.Reply;
import summitbot.telegram.BotEvents;
import summitbot.telegram.FairScheduler;

/**
 * The bot's metrics in Prometheus text format, fed by the Telegram door ({@link BotEvents}) and
 * read from it (queues) and from the live model (generation). Every series exists from the
 * start, at zero, so a dashboard's rates work before the first event.
 */
public final class BotMetrics implements BotEvents {
    /** Why a message was given up, as the {@code reason} label says it. */
    static final String[] GIVE_UP_REASONS = {"rate_limited", "failed", "refused"};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter updates;
    private final Counter sent;
    private final Timer answer;
    private final Timer reply;
    private final Map<Reply.Kind, Counter> questions = new EnumMap<>(Reply.Kind.class);
    private final Counter rateLimited;
    private final Counter retries;
    private final Map<String, Counter> gaveUp = new ConcurrentHashMap<>();

    public BotMetrics() {
        updates = Counter.builder("summitbot.updates.received")
                .description("Updates received from Telegram (each counted once)").register(registry);
        sent = Counter.builder("summitbot.messages.sent")
                .description("Messages Telegram accepted from the bot (replies, their parts, notices)").register(registry);
        answer = Timer.builder("summitbot.answer")
                .description("Time the core took to answer a typed question")
                .serviceLevelObjectives(ms(0.5), ms(1), ms(2), ms(5), ms(10), ms(20), ms(50), ms(100), ms(250),
                        ms(500), ms(1000))
                .register(registry);
        reply = Timer.builder("summitbot.reply")
                .description("Time from taking an update in to its whole reply being sent (queues and limits included)")
                .serviceLevelObjectives(ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500), ms(1000),
                        ms(2500), ms(5000), ms(10_000), ms(30_000), ms(60_000))
                .register(registry);
        for (Reply.Kind kind : Reply.Kind.values()) {
            questions.put(kind, Counter.builder("summitbot.questions")
                    .description("Typed questions by the kind of reply: answer, decline (out of scope or not in the"
                            + " article), clarify (did you mean), smalltalk")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        rateLimited = Counter.builder("summitbot.telegram.rate.limited")
                .description("429 Too Many Requests answers from Telegram").register(registry);
        retries = Counter.builder("summitbot.telegram.retries")
                .description("Sends tried again after a 5xx or network error").register(registry);
        for (String reason : GIVE_UP_REASONS) {
            gaveUp.put(reason, giveUpCounter(reason));
        }
    }

    private Counter giveUpCounter(String reason) {
        return Counter.builder("summitbot.telegram.gave.up")
                .description("Messages given up: rate-limited over 2 minutes, failed 5 times, or refused (400, 403)")
                .tag("reason", reason).register(registry);
    }

    private static Duration ms(double millis) {
        return Duration.ofNanos((long) (millis * 1_000_000));
    }

    /**
     * Adds the gauges read on each scrape: the reply queues ({@code queues}) and the generation of
     * the intent model in service ({@code modelGeneration}).
     */
    public BotMetrics watch(Supplier<FairScheduler.Depths> queues, LongSupplier modelGeneration) {
        Gauge.builder("summitbot.queue.jobs", () -> queues.get().jobs())
                .description("Replies queued or being sent, all chats together").register(registry);
        Gauge.builder("summitbot.queue.chats", () -> queues.get().chats())
                .description("Chats with replies queued or being sent").register(registry);
        Gauge.builder("summitbot.queue.deepest", () -> queues.get().deepest())
                .description("Replies queued in the chat with the most (each chat has its own queue)")
                .register(registry);
        Gauge.builder("summitbot.model.generation", modelGeneration::getAsLong)
                .description("The intent model in service: 1 at start, one more after each /teach retraining")
                .register(registry);
        return this;
    }

    /** Every metric, in Prometheus text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void updatesReceived(int count) {
        updates.increment(count);
    }

    @Override
    public void questionAnswered(Reply.Kind kind, long nanos) {
        answer.record(nanos, TimeUnit.NANOSECONDS);
        questions.get(kind).increment();
    }

    @Override
    public void messageSent() {
        sent.increment();
    }

    @Override
    public void replyCompleted(long nanos) {
        reply.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void rateLimited() {
        rateLimited.increment();
    }

    @Override
    public void retried() {
        retries.increment();
    }

    @Override
    public void gaveUp(String reason) {
        gaveUp.computeIfAbsent(reason, this::giveUpCounter).increment();
    }
}
