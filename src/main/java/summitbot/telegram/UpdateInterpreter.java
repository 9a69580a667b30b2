package summitbot.telegram;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update asks of the bot: the addressing rules for groups (a /command@ThisBot, an
 * @mention or a reply to the bot), never answering bots, and what counts as a text question. Pure:
 * no I/O, so every rule is tested without a server.
 */
public final class UpdateInterpreter {
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s|$)");

    private final long botId;
    private final String username;
    private final Pattern mention;

    /** @param username the bot's username from getMe, without the @ */
    public UpdateInterpreter(long botId, String username) {
        this.botId = botId;
        this.username = username;
        this.mention = Pattern.compile("(?i)(?<![\\w@])@" + Pattern.quote(username) + "(?!\\w)");
    }

    public Action interpret(Update u) {
        if (u.hasCallbackQuery()) {
            return callback(u.getCallbackQuery());
        }
        if (u.hasMessage()) {
            return message(u.getMessage());
        }
        if (u.hasEditedMessage()) {
            Message m = u.getEditedMessage();
            return isPrivate(m) && !fromBot(m) ? new Action.NotText(m.getChatId()) : new Action.Ignore("edited message");
        }
        if (u.hasChannelPost() || u.hasEditedChannelPost()) {
            return new Action.Ignore("channel post");
        }
        return new Action.Ignore("update of a kind the bot does not handle");
    }

    private Action callback(CallbackQuery q) {
        Press press = Press.parse(q.getData()).orElse(null);
        long userId = q.getFrom() == null ? 0 : q.getFrom().getId();
        MaybeInaccessibleMessage m = q.getMessage();
        if (m == null || m.getChatId() == null) {
            return new Action.Callback(q.getId(), null, press, userId);
        }
        boolean group = !"private".equals(m.getChat() == null ? "private" : m.getChat().getType());
        Integer thread = m instanceof Message msg && Boolean.TRUE.equals(msg.getIsTopicMessage()) ? msg.getMessageThreadId() : null;
        Action.Where where = new Action.Where(m.getChatId(), group, group ? m.getMessageId() : null, thread,
                conversation(m.getChatId(), group, q.getFrom()));
        return new Action.Callback(q.getId(), where, press, userId);
    }

    private Action message(Message m) {
        if (fromBot(m)) {
            return new Action.Ignore("message from a bot");
        }
        String type = m.getChat() == null ? "" : m.getChat().getType();
        if (!"private".equals(type) && !"group".equals(type) && !"supergroup".equals(type)) {
            return new Action.Ignore("message in a " + type);
        }
        boolean group = !"private".equals(type);
        if (!m.hasText()) {
            return group ? new Action.Ignore("not text, in a group") : new Action.NotText(m.getChatId());
        }
        String text = m.getText();
        Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        Action.Where where = new Action.Where(m.getChatId(), group, group ? m.getMessageId() : null, thread,
                conversation(m.getChatId(), group, m.getFrom()));
        Matcher c = COMMAND.matcher(text);
        if (c.find()) {
            String target = c.group(2);
            if (target != null && !target.equalsIgnoreCase(username)) {
                return new Action.Ignore("command for another bot");
            }
            if (group && target == null) {
                // In a group a bare /help may be meant for any of its bots.
                return new Action.Ignore("command not addressed to this bot");
            }
            return new Action.Command(where, c.group(1).toLowerCase(Locale.ROOT), text.substring(c.end()).strip(),
                    m.getFrom() == null ? 0 : m.getFrom().getId(),
                    m.getReplyToMessage() == null ? null : m.getReplyToMessage().getMessageId());
        }
        if (!group) {
            return new Action.Ask(where, text);
        }
        boolean mentioned = mentions(m);
        boolean replyToBot = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
                && m.getReplyToMessage().getFrom().getId() == botId;
        if (!mentioned && !replyToBot) {
            return new Action.Ignore("group chatter not addressed to the bot");
        }
        String question = mention.matcher(text).replaceAll(" ").strip();
        return question.isEmpty() ? new Action.Command(where, "help") : new Action.Ask(where, question);
    }

    private boolean mentions(Message m) {
        if (m.getEntities() != null) {
            for (MessageEntity e : m.getEntities()) {
                if ("text_mention".equals(e.getType()) && e.getUser() != null && e.getUser().getId() == botId) {
                    return true;
                }
            }
        }
        return mention.matcher(m.getText()).find();
    }

    private static boolean isPrivate(Message m) {
        return m.getChat() != null && "private".equals(m.getChat().getType());
    }

    private static boolean fromBot(Message m) {
        return m.getFrom() != null && Boolean.TRUE.equals(m.getFrom().getIsBot());
    }

    // Memory per chat in private; per person in groups, so two members' follow-ups don't mix.
    private static String conversation(long chatId, boolean group, User from) {
        return group && from != null ? "tg:" + chatId + ":" + from.getId() : "tg:" + chatId;
    }
}
