package summitbot.answer;

/** The article's facts for one intent, in that intent's wording (location, date, laborers, ...). */
final class ArticleFactHandler implements IntentHandler {
    private final TemplateRenderer renderer;

    ArticleFactHandler(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Reply reply(Query query) {
        return Reply.of(renderer.renderIntent(query.intent()));
    }
}
