package summitbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the database and the models live; every command takes these. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "${env:SUMMITBOT_DB:-db/summit.db}",
            description = "SQLite database file, created and migrated if missing (default: ${DEFAULT-VALUE}; env SUMMITBOT_DB)")
    Path db;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "${env:SUMMITBOT_MODELS:-models}",
            description = "folder with training.tsv, heldout.tsv and intent.bin (default: ${DEFAULT-VALUE})")
    Path models;

    Core startCore() {
        return Core.start(db, models);
    }
}
