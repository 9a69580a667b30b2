package summitbot.answer;

import java.util.Map;

/** Greeting, help and thanks/bye: who the bot is and what it can answer, nothing from the article. */
final class SmallTalkHandler implements IntentHandler {
    private final TemplateRenderer renderer;

    SmallTalkHandler(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Reply reply(Query query) {
        return Reply.smallTalk(renderer.render(query.intent(), Map.of()));
    }
}
