package jlua.spec.differential;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Normalises lua5.1's output to what jlua must print, and describes the first difference readably. */
final class OutputDiff {
  private static final Pattern PROGNAME = Pattern.compile("(?m)^lua5\\.1: ");
  private static final Pattern USAGE = Pattern.compile("(?m)^usage: lua5\\.1 ");

  private OutputDiff() {}

  /** The one normalisation: the program name in lua5.1's stderr (error prefix and usage line). */
  static byte[] normaliseReferenceStderr(byte[] stderr) {
    String s = latin1(stderr);
    s = PROGNAME.matcher(s).replaceAll("jlua: ");
    s = USAGE.matcher(s).replaceAll("usage: jlua ");
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Null when equal; otherwise the first differing line of both sides with its number. */
  static String firstDifference(String stream, byte[] expected, byte[] actual) {
    String[] exp = latin1(expected).split("\n", -1);
    String[] act = latin1(actual).split("\n", -1);
    int n = Math.max(exp.length, act.length);
    for (int i = 0; i < n; i++) {
      String e = i < exp.length ? exp[i] : null;
      String a = i < act.length ? act[i] : null;
      if (e == null || !e.equals(a)) {
        return stream + " differs at line " + (i + 1) + ":\n"
            + "  lua5.1: " + show(e) + "\n"
            + "  jlua:   " + show(a);
      }
    }
    return null;
  }

  static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static String show(String line) {
    if (line == null) {
      return "<end of output>";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : line.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append(String.format("\\%03d", (int) c));  // Lua-style decimal escape, byte-exact
      }
    }
    return sb.append('"').toString();
  }
}
