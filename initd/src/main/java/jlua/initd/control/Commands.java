package jlua.initd.control;

import java.util.List;

/** The control commands and their arguments, checked the same way by the client and the server. */
public final class Commands {
  private Commands() {}

  public static final String USAGE = """
      usage: jinit ctl [-s SOCKET] status [NAME] | start NAME | stop NAME | restart NAME | reload | shutdown
             jinit ctl [-s SOCKET] graph | plot
      """;

  /** Null when {@code words} is a valid command, else what is wrong with it. */
  public static String check(List<String> words) {
    if (words.isEmpty()) return "missing command";
    String command = words.get(0);
    int args = words.size() - 1;
    return switch (command) {
      case "status" -> args <= 1 ? null : "status takes at most one NAME";
      case "start", "stop", "restart" -> args == 1 ? null : command + " takes one NAME";
      case "reload", "shutdown", "graph", "plot" -> args == 0 ? null : command + " takes no argument";
      default -> "unknown command '" + command + "'";
    };
  }
}
