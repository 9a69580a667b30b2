package summitbot.answer;

import java.util.Map;

/** Greeting, help, thanks/bye and the polite out-of-scope reply with topic suggestions. */
final class SmallTalkHandler implements IntentHandler {
    private final TemplateRenderer renderer;

    SmallTalkHandler(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Reply reply(Query query) {
        return Reply.of(renderer.render(query.intent(), Map.of()));
    }
}
