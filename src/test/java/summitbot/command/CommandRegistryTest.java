package summitbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What derives from the declared commands: dispatch, who may run what, help, menus and the hint. */
class CommandRegistryTest {
    private static final long ADMIN = 7;
    private static final long USER = 8;

    private final CommandRegistry<String, String> registry = new CommandRegistry<>(List.of(
            CommandSpec.forUsers("start", "Greeting", args -> "hello " + args),
            CommandSpec.forUsers("help", "What I know", args -> "help"),
            CommandSpec.forAdmins("set", "KEY VALUE", "change a fact", args -> "set " + args)),
            id -> id == ADMIN, (template, values) -> "<" + template + " /" + values.get("command.name") + ">");

    @Test
    void aCommandIsFoundByItsNameInAnyCaseAndRunsItsHandler() {
        assertThat(registry.find("START")).hasValueSatisfying(s ->
                assertThat(s.handler().apply("there")).isEqualTo("hello there"));
        assertThat(registry.find("nope")).isEmpty();
    }

    @Test
    void anAdminCommandAdmitsOnlyAnAdminInAPrivateChat() {
        CommandSpec<String, String> set = registry.find("set").orElseThrow();

        assertThat(registry.admits(set, new Caller(ADMIN, true))).isTrue();
        assertThat(registry.admits(set, new Caller(ADMIN, false))).isFalse();
        assertThat(registry.admits(set, new Caller(USER, true))).isFalse();
        assertThat(registry.refusal(set)).isEqualTo("<command.admins_only /set>");
    }

    @Test
    void aUserCommandAdmitsAnyoneAnywhere() {
        assertThat(registry.admits(registry.find("help").orElseThrow(), new Caller(USER, false))).isTrue();
    }

    @Test
    void usersSeeTheirCommandsAndAdminsSeeEveryCommandInDeclarationOrder() {
        assertThat(registry.menu(Audience.USER)).extracting(CommandSpec::name).containsExactly("start", "help");
        assertThat(registry.menu(Audience.ADMIN)).extracting(CommandSpec::name).containsExactly("start", "help", "set");
    }

    @Test
    void helpShowsEachCommandOfAnAudienceWithItsArguments() {
        assertThat(registry.help(Audience.ADMIN)).isEqualTo("/set KEY VALUE - change a fact");
        assertThat(registry.help(Audience.USER)).isEqualTo("/start - Greeting\n/help - What I know");
    }

    @Test
    void theHintNamesTheUsersCommands() {
        assertThat(registry.hint()).isEqualTo("/start or /help");
    }

    @Test
    void aCommandDeclaredTwiceOrNamedAgainstTelegramsRulesIsRefused() {
        assertThatThrownBy(() -> new CommandRegistry<String, String>(List.of(
                CommandSpec.forUsers("help", "a", a -> a), CommandSpec.forUsers("help", "b", a -> a)), id -> false,
                (template, values) -> template))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> CommandSpec.forUsers("Help-Me", "a", a -> a)).hasMessageContaining("lower-case");
    }
}
