package summitbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builders for the updates {@link FakeBotApi} serves, shaped like Telegram's JSON. Message and
 * callback ids are left for {@link FakeBotApi#push} to number, as Telegram would.
 */
public final class FakeUpdates {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeUpdates() {
    }

    /** A text message in the private chat with user {@code userId} (chat id = user id). */
    public static ObjectNode privateText(long userId, String text) {
        return wrap("message", message(userId, "private", userId, false).put("text", text));
    }

    /** A private message by {@code userId} that replies to the bot's message {@code botMessageId}. */
    public static ObjectNode privateReplyToBot(long userId, String text, int botMessageId) {
        ObjectNode m = message(userId, "private", userId, false).put("text", text);
        ObjectNode replied = message(userId, "private", FakeBotApi.BOT_ID, true).put("text", "earlier answer");
        replied.put("message_id", botMessageId);
        m.set("reply_to_message", replied);
        return wrap("message", m);
    }

    /** A text message by user {@code userId} in group {@code chatId} (negative). */
    public static ObjectNode groupText(long chatId, long userId, String text) {
        return wrap("message", message(chatId, "supergroup", userId, false).put("text", text));
    }

    /** A group message replying to the bot's message {@code botMessageId}. */
    public static ObjectNode groupReplyToBot(long chatId, long userId, String text, int botMessageId) {
        ObjectNode m = message(chatId, "supergroup", userId, false).put("text", text);
        ObjectNode replied = message(chatId, "supergroup", FakeBotApi.BOT_ID, true).put("text", "earlier answer");
        replied.put("message_id", botMessageId);
        m.set("reply_to_message", replied);
        return wrap("message", m);
    }

    /** A text message from another bot. */
    public static ObjectNode fromBot(long chatId, String chatType, long botUserId, String text) {
        return wrap("message", message(chatId, chatType, botUserId, true).put("text", text));
    }

    /** A sticker (no text) sent in a chat. */
    public static ObjectNode sticker(long chatId, String chatType, long userId) {
        ObjectNode m = message(chatId, chatType, userId, false);
        m.putObject("sticker").put("file_id", "CAACAgIAAx").put("file_unique_id", "AgADx").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return wrap("message", m);
    }

    /** A photo with a caption: still not a text question. */
    public static ObjectNode photo(long chatId, String chatType, long userId, String caption) {
        ObjectNode m = message(chatId, chatType, userId, false).put("caption", caption);
        m.putArray("photo").addObject().put("file_id", "AgACAgIAAx").put("file_unique_id", "AQADx")
                .put("width", 90).put("height", 90);
        return wrap("message", m);
    }

    /** An edit of an earlier text message. */
    public static ObjectNode editedText(long chatId, String chatType, long userId, String text) {
        ObjectNode m = message(chatId, chatType, userId, false).put("text", text).put("edit_date", 1_700_000_100);
        return wrap("edited_message", m);
    }

    /** A post in a channel. */
    public static ObjectNode channelPost(long chatId, String text) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("date", now()).put("text", text);
        m.putObject("chat").put("id", chatId).put("type", "channel").put("title", "News");
        return wrap("channel_post", m);
    }

    /** A press on an inline button with {@code data}, on bot message {@code messageId} in a chat. */
    public static ObjectNode callback(long chatId, String chatType, long userId, String data, int messageId) {
        ObjectNode q = MAPPER.createObjectNode();
        q.put("chat_instance", "ci-" + chatId).put("data", data);
        q.set("from", user(userId, false));
        ObjectNode m = message(chatId, chatType, FakeBotApi.BOT_ID, true).put("text", "Pick a topic");
        m.put("message_id", messageId);
        q.set("message", m);
        return wrap("callback_query", q);
    }

    /** {@code update} as if its message had been sent at {@code epochSecond} (e.g. while the bot was down). */
    public static ObjectNode sentAt(ObjectNode update, long epochSecond) {
        update.properties().forEach(e -> {
            if (e.getValue().isObject() && e.getValue().has("date")) {
                ((ObjectNode) e.getValue()).put("date", epochSecond);
            }
        });
        return update;
    }

    // Messages are dated when built, as Telegram dates them when sent.
    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static ObjectNode wrap(String kind, ObjectNode body) {
        ObjectNode u = MAPPER.createObjectNode();
        u.set(kind, body);
        return u;
    }

    private static ObjectNode message(long chatId, String chatType, long userId, boolean bot) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("date", now());
        ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", chatType);
        if (!"private".equals(chatType)) {
            chat.put("title", "Newsroom");
        } else {
            chat.put("first_name", "Reader");
        }
        m.set("from", user(userId, bot));
        return m;
    }

    private static ObjectNode user(long id, boolean bot) {
        ObjectNode u = MAPPER.createObjectNode();
        u.put("id", id).put("is_bot", bot).put("first_name", bot ? "Some Bot" : "Reader " + id);
        if (bot && id == FakeBotApi.BOT_ID) {
            u.put("username", FakeBotApi.BOT_USERNAME);
        }
        return u;
    }
}
