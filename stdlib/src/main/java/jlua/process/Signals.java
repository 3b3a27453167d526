package jlua.process;

import java.util.Locale;
import jlua.sys.Digits;

/** Linux signal numbers and names (x86-64 and arm64 share them): {@code "TERM"}, {@code "SIGHUP"}, 15. */
public final class Signals {
  private Signals() {}

  private static final String[] NAMES = {
    null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
    "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM",
    "PROF", "WINCH", "IO", "PWR", "SYS"
  };

  /** The largest real-time signal number. */
  public static final int MAX = 64;

  /** The name without "SIG" ("TERM"), "RTMIN+n" for real-time signals, or the number as text. */
  public static String name(int number) {
    if (number > 0 && number < NAMES.length) return NAMES[number];
    if (number >= 34 && number <= MAX) return number == 34 ? "RTMIN" : "RTMIN+" + (number - 34);
    return Integer.toString(number);
  }

  /**
   * The number of a signal named with or without "SIG", in any case ("term", "SIGTERM"), or given as a
   * decimal string; -1 when unknown. "IOT" and "POLL" are accepted as aliases, as kill(1) does.
   */
  public static int number(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.startsWith("SIG")) n = n.substring(3);
    if (Digits.only(n, 2)) {
      int k = Integer.parseInt(n);
      return k <= MAX ? k : -1;
    }
    switch (n) {
      case "IOT": return 6;
      case "POLL": return 29;
      case "CLD": return 17;
      case "RTMIN": return 34;
      case "RTMAX": return MAX;
      default: break;
    }
    if (n.startsWith("RTMIN+")) {
      try {
        int k = 34 + Integer.parseInt(n.substring(6));
        return k <= MAX ? k : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    for (int i = 1; i < NAMES.length; i++) {
      if (NAMES[i].equals(n)) return i;
    }
    return -1;
  }
}
