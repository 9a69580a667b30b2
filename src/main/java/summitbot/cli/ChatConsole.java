package summitbot.cli;

import summitbot.nlp.Progress;

/** Where the terminal chat reads questions and writes replies: a person's terminal, or a pipe. */
interface ChatConsole extends AutoCloseable {
    /** The next line, or null when the person leaves (end of input; at a terminal also Ctrl-D or Ctrl-C). */
    String readLine();

    /** Writes one line of the conversation. */
    void println(String line);

    /** Whether a person sits at it: then the chat greets and says how to leave. */
    boolean interactive();

    /** Where the slow steps of a first run are reported. */
    Progress progress();

    @Override
    void close();
}
