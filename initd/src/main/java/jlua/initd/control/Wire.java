package jlua.initd.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import jlua.initd.supervise.Reply;

/**
 * The control protocol, one connection per command. The client sends the command's words separated by
 * single spaces and a newline ({@code status web\n}). The server answers with lines "1 TEXT" (a line
 * for stdout), "2 TEXT" (a line for stderr), and a last line "exit N" (the exit status); then it closes.
 */
final class Wire {
  private Wire() {}

  static final int MAX_REQUEST = 4096;

  static void writeReply(Writer w, Reply r) throws IOException {
    writeLines(w, '1', r.out());
    writeLines(w, '2', r.err());
    w.write("exit " + r.code() + "\n");
    w.flush();
  }

  private static void writeLines(Writer w, char stream, String text) throws IOException {
    if (text.isEmpty()) return;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty() && text.endsWith("\n")) continue;
      w.write(stream + " " + line + "\n");
    }
  }

  /** Reads a reply; null when the server closed without finishing it. */
  static Reply readReply(BufferedReader in) throws IOException {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.startsWith("exit ")) return new Reply(Integer.parseInt(line.substring(5).trim()), out.toString(), err.toString());
      if (line.startsWith("1 ")) out.append(line, 2, line.length()).append('\n');
      else if (line.startsWith("2 ")) err.append(line, 2, line.length()).append('\n');
    }
    return null;
  }
}
