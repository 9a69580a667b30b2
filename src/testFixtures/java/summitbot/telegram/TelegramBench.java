package summitbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import summitbot.answer.ReplyRouter;
import summitbot.cli.TelegramLoad;
import summitbot.facts.Database;

/**
 * Load test of the whole Telegram door on loopback: N simulated private chats send questions at a
 * fixed total rate to a {@link FakeBotApi}; the real bot long-polls, answers through the core and
 * sends. Latency is from the moment the fake server hands an update to getUpdates to the moment
 * it receives the matching sendMessage. Rate limits are off: this measures the bot, not Telegram.
 * A test fixture: {@code bench-telegram} finds it with {@link java.util.ServiceLoader}
 * (META-INF/services in src/testFixtures/resources) when the test classes are on the class path.
 */
public final class TelegramBench implements TelegramLoad {
    private static final String TOKEN = "424242:BENCH-token";

    @Override
    public Result run(Database db, ReplyRouter router, List<String> questions, Load load) throws BotStartException,
            InterruptedException {
        int chats = load.chats();
        double rate = load.rate();
        int warmupCount = (int) (rate * load.warmup().toMillis() / 1000.0);
        int total = warmupCount + (int) (rate * load.measure().toMillis() / 1000.0);
        try (FakeBotApi api = FakeBotApi.start(TOKEN, Duration.ofSeconds(1))) {
            TelegramSettings settings = TelegramSettings.defaults(TelegramSettings.parseApiUrl(api.url()))
                    .withLimits(RateLimits.unlimited())
                    .withQueues(load.workers(), 10_000, 1_000_000);
            TelegramBot bot = TelegramBot.start(new BotToken(TOKEN), settings, db, router);
            try {
                Map<Long, List<Integer>> sentBy = new HashMap<>();
                // Warm up (JIT, connections, SQLite cache) and let the backlog drain before measuring.
                send(api, questions, sentBy, 0, warmupCount, chats, rate);
                api.await("sendMessage", c -> true, warmupCount, Duration.ofSeconds(60));
                long measureStart = System.nanoTime();
                send(api, questions, sentBy, warmupCount, total, chats, rate);
                List<FakeBotApi.Call> sent = api.await("sendMessage", c -> true, total, Duration.ofSeconds(30));
                double seconds = (last(sent) - measureStart) / 1e9;
                return figures(chats, rate, api, sentBy, sent, warmupCount, total, seconds);
            } finally {
                bot.stop();
            }
        }
    }

    private static void send(FakeBotApi api, List<String> questions, Map<Long, List<Integer>> asked, int from, int to,
                             int chats, double rate) {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            long due = start + (i - from) * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            long chat = 1_000_000L + i % chats;
            int id = api.push(FakeUpdates.privateText(chat, questions.get(i % questions.size())));
            asked.computeIfAbsent(chat, k -> new ArrayList<>()).add(id);
        }
    }

    private static long last(List<FakeBotApi.Call> sent) {
        return sent.stream().mapToLong(FakeBotApi.Call::atNanos).max().orElse(System.nanoTime());
    }

    // Replies in a private chat come in the order of its questions: the k-th reply answers the k-th question.
    private static Result figures(int chats, double rate, FakeBotApi api, Map<Long, List<Integer>> asked,
                                  List<FakeBotApi.Call> sent, int warmupCount, int total, double seconds) {
        Map<Long, List<FakeBotApi.Call>> byChat = new HashMap<>();
        for (FakeBotApi.Call c : sent) {
            byChat.computeIfAbsent(c.chatId(), k -> new ArrayList<>()).add(c);
        }
        List<Long> latencies = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> e : asked.entrySet()) {
            List<FakeBotApi.Call> replies = byChat.getOrDefault(e.getKey(), List.of());
            for (int k = 0; k < Math.min(replies.size(), e.getValue().size()); k++) {
                int id = e.getValue().get(k);
                Long served = api.servedAt(id);
                if (id > warmupCount && served != null) {
                    latencies.add(replies.get(k).atNanos() - served);
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int measured = sorted.length;
        return new Result(chats, rate, measured, seconds, measured / seconds, millis(sorted, 0.50),
                millis(sorted, 0.99), measured == 0 ? 0 : sorted[measured - 1] / 1e6, total - sent.size());
    }

    private static double millis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
