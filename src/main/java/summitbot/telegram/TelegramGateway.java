package summitbot.telegram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.description.SetMyDescription;
import org.telegram.telegrambots.meta.api.methods.description.SetMyShortDescription;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Bot API calls the bot makes, through the real TelegramBots client, with failures turned
 * into {@link TelegramFailure}s that say whether to wait, retry or give up.
 */
public final class TelegramGateway {

    private final OkHttpTelegramClient client;
    private final BotToken token;

    public TelegramGateway(OkHttpTelegramClient client, BotToken token) {
        this.client = client;
        this.token = token;
    }

    public User getMe() throws TelegramFailure {
        return call("getMe", new GetMe());
    }

    /** Publishes the command menu everyone sees (the default scope). */
    public void setMyCommands(List<BotCommand> commands) throws TelegramFailure {
        call("setMyCommands", SetMyCommands.builder().commands(commands).build());
    }

    /** Publishes the command menu of one private chat (an admin's), over the default one. */
    public void setMyCommands(List<BotCommand> commands, long chatId) throws TelegramFailure {
        call("setMyCommands", SetMyCommands.builder().commands(commands)
                .scope(BotCommandScopeChat.builder().chatId(chatId).build()).build());
    }

    /** The text of an empty chat with the bot ("What can this bot do?"), at most 512 characters. */
    public void setMyDescription(String description) throws TelegramFailure {
        call("setMyDescription", SetMyDescription.builder().description(description).build());
    }

    /** The bot's line on its profile page and in shared links, at most 120 characters. */
    public void setMyShortDescription(String shortDescription) throws TelegramFailure {
        call("setMyShortDescription", SetMyShortDescription.builder().shortDescription(shortDescription).build());
    }

    /** Shows "typing…" in a chat for about five seconds, or until the bot's next message there. */
    public void typing(long chatId, Integer threadId) throws TelegramFailure {
        SendChatAction.SendChatActionBuilder<?, ?> b = SendChatAction.builder().chatId(chatId)
                .action(ActionType.TYPING.toString());
        if (threadId != null) {
            b.messageThreadId(threadId);
        }
        call("sendChatAction", b.build());
    }

    /** Sends a message; returns its message id (null for a document). */
    public Integer send(Outgoing out) throws TelegramFailure {
        if (out.document() != null) {
            sendDocument(out);
            return null;
        }
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(out.chatId()).text(out.text());
        if (out.replyToMessageId() != null) {
            b.replyParameters(ReplyParameters.builder().messageId(out.replyToMessageId())
                    .allowSendingWithoutReply(true).build());
        }
        if (out.threadId() != null) {
            b.messageThreadId(out.threadId());
        }
        if (!out.keyboard().isEmpty()) {
            b.replyMarkup(keyboard(out.keyboard()));
        }
        org.telegram.telegrambots.meta.api.objects.message.Message sent = call("sendMessage", b.build());
        return sent == null ? null : sent.getMessageId();
    }

    private void sendDocument(Outgoing out) throws TelegramFailure {
        SendDocument.SendDocumentBuilder<?, ?> b = SendDocument.builder().chatId(out.chatId())
                .document(new InputFile(new ByteArrayInputStream(out.document().content()), out.document().fileName()))
                .caption(out.text());
        if (out.threadId() != null) {
            b.messageThreadId(out.threadId());
        }
        try {
            client.execute(b.build());
        } catch (TelegramApiException e) {
            throw TelegramFailure.of("sendDocument", e, token);
        } catch (RuntimeException e) {
            throw new TelegramFailure(TelegramFailure.Kind.TRANSIENT, 0, 0, "sendDocument failed: " + token.describe(e));
        }
    }

    public void answerCallback(String callbackQueryId, String text) throws TelegramFailure {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId);
        if (text != null) {
            b.text(text);
        }
        call("answerCallbackQuery", b.build());
    }

    static InlineKeyboardMarkup keyboard(List<List<Outgoing.Button>> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<Outgoing.Button> line : buttons) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            line.forEach(b -> row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()));
            rows.add(row);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private <T extends java.io.Serializable> T call(String name, BotApiMethod<T> method) throws TelegramFailure {
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            throw TelegramFailure.of(name, e, token);
        } catch (RuntimeException e) {
            // The client can throw unchecked exceptions on odd responses; never let them kill a worker.
            throw new TelegramFailure(TelegramFailure.Kind.TRANSIENT, 0, 0, name + " failed: " + token.describe(e));
        }
    }
}
