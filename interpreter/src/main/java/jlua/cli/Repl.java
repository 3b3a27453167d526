package jlua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.vm.Loader;
import jlua.vm.Values;

/** lua.c's interactive mode: prompts, multi-line statements, "=expr", printing results. */
final class Repl {
  private final Main main;
  private final BufferedReader in;

  Repl(Main main) {
    this.main = main;
    this.in = main.stdinReader();
  }

  void run() {
    String saved = main.progname();
    main.setProgname(null);
    for (;;) {
      String line = readLine(true);
      if (line == null) break;
      if (line.startsWith("=")) line = "return " + line.substring(1);
      Object outcome = compileStatement(line);
      if (outcome == null) break;
      if (outcome instanceof LuaFunction f) outcome = main.doCall(f, new Object[0], false);
      main.report(outcome);
      if (outcome instanceof Object[] results && results.length > 0) printResults(results);
    }
    write("\n");
    main.setProgname(saved);
  }

  /** Reads lines until the chunk is complete; null at end of input. */
  private Object compileStatement(String first) {
    String chunk = first;
    for (;;) {
      try {
        return Loader.load(chunk, "=stdin", main.lua().globals(), false, 1);
      } catch (LuaError e) {
        String msg = String.valueOf(e.value());
        if (!Loader.isIncompleteInput(msg)) return new Main.Failure(msg);
      }
      String more = readLine(false);
      if (more == null) return null;
      chunk = chunk + "\n" + more;
    }
  }

  private void printResults(Object[] results) {
    Object print = main.lua().globals().rawget("print");
    try {
      main.lua().call(print, results);
    } catch (LuaError e) {
      main.message(main.progname(), "error calling 'print' (" + Values.toStringCoerced(e.value()) + ")");
    }
  }

  private String readLine(boolean firstLine) {
    Object p = main.lua().globals().rawget(firstLine ? "_PROMPT" : "_PROMPT2");
    String prompt = Values.toStringCoerced(p);
    write(prompt != null ? prompt : firstLine ? "> " : ">> ");
    try {
      return in.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  private void write(String s) {
    try {
      main.lua().global().stdout.write(Values.bytes(s));
      main.lua().global().stdout.flush();
    } catch (IOException e) {
      // the terminal went away; the next read ends the session
    }
  }
}
