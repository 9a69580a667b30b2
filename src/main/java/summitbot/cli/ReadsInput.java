package summitbot.cli;

import java.io.InputStream;

/** A command that reads standard input; the command line hands it the stream to read. */
interface ReadsInput {
    void input(InputStream in);
}
