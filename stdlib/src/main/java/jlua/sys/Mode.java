package jlua.sys;

import java.util.ArrayList;
import java.util.List;
import jlua.api.Args;
import jlua.vm.Values;

/**
 * A file mode as scripts write it: a number ({@code tonumber("755", 8)}), an octal string ({@code "0755"},
 * {@code "755"}, {@code "4755"}), or chmod(1)'s symbolic form ({@code "u+x,go-w"}, {@code "a=r"},
 * {@code "+x"}, {@code "u=rwX"}, {@code "g=u"}), which is relative to a file's current mode. Parse once
 * with {@link #arg} (misuse raises bad argument), then {@link #apply} per file.
 *
 * <p>Symbolic semantics follow GNU chmod: no user letters means {@code a} with the umask's bits left
 * alone; {@code X} is x for directories or where some x is already set; {@code o} covers the sticky
 * bit; {@code =} on a directory keeps set-user/group-ID unless {@code s} is named.
 */
public final class Mode {
  private static final int ALL = 07777;

  private final int absolute; // the mode when not symbolic, else -1
  private final List<Clause> clauses;

  private record Clause(int who, boolean umasked, char op, int perms, char copyFrom) {}

  private Mode(int absolute, List<Clause> clauses) {
    this.absolute = absolute;
    this.clauses = clauses;
  }

  /** Argument {@code i} as a mode; a malformed one raises {@code bad argument #i (invalid mode '...')}. */
  public static Mode arg(Args args, int i) {
    Object v = args.arg(i);
    if (!(v instanceof Double) && !(v instanceof String)) throw args.typeError(i, "string");
    try {
      return parse(v);
    } catch (IllegalArgumentException e) {
      throw args.argError(i, e.getMessage());
    }
  }

  /** A number or string as a mode; IllegalArgumentException("invalid mode '...'") when malformed. */
  public static Mode parse(Object value) {
    if (value instanceof Double d) {
      double n = d;
      if (n != Math.floor(n) || n < 0 || n > ALL) throw invalid(Values.toDisplayString(value));
      return new Mode((int) n, null);
    }
    String s = String.valueOf(value);
    int octal = octalValue(s);
    if (octal >= 0) return new Mode(octal, null);
    return new Mode(-1, symbolic(s));
  }

  /** The value of an all-octal-digit string ("0755", "00644"), -1 when it is not one; too large is invalid. */
  private static int octalValue(String s) {
    if (s.isEmpty()) return -1;
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '7') return -1;
      n = Math.min(n * 8 + (c - '0'), ALL + 1);
    }
    if (n > ALL) throw invalid(s);
    return (int) n;
  }

  /** Whether the mode is the same for every file (not relative to the current one). */
  public boolean isAbsolute() {
    return absolute >= 0;
  }

  /** The new permission bits (07777) for a file whose current mode is {@code current}. */
  public int apply(int current, boolean directory, int umask) {
    if (absolute >= 0) return absolute;
    int mode = current & ALL;
    for (Clause c : clauses) {
      int value = c.perms;
      if ((value & 0100000) != 0) { // 'X' recorded as a flag bit
        value &= ~0100000;
        if (directory || (mode & 0111) != 0) value |= 0111;
      }
      if (c.copyFrom != 0) value = copied(mode, c.copyFrom);
      int mask = c.umasked ? ~umask : ALL;
      value &= c.who & mask;
      switch (c.op) {
        case '+' -> mode |= value;
        case '-' -> mode &= ~value;
        default -> {
          int keep = c.umasked ? 0 : ~c.who;
          if (directory && (c.perms & 06000) == 0) keep |= 06000;
          mode = (mode & keep & ALL) | value;
        }
      }
    }
    return mode;
  }

  /** "0644": permission bits as a four-digit octal string. */
  public static String octal(int mode) {
    String s = Integer.toOctalString(mode & ALL);
    return "0000".substring(Math.min(4, s.length())) + s;
  }

  /** "rwxr-xr-x": permission bits as ls(1) shows them (with s/S, t/T). */
  public static String letters(int mode) {
    char[] c = "rwxrwxrwx".toCharArray();
    for (int i = 0; i < 9; i++) {
      if ((mode & (0400 >> i)) == 0) c[i] = '-';
    }
    special(c, 2, (mode & 04000) != 0, 's');
    special(c, 5, (mode & 02000) != 0, 's');
    special(c, 8, (mode & 01000) != 0, 't');
    return new String(c);
  }

  private static void special(char[] c, int i, boolean set, char letter) {
    if (set) c[i] = c[i] == 'x' ? letter : Character.toUpperCase(letter);
  }

  /**
   * A mask such as umask takes: a number, an octal string, or the nine-letter form that shows the
   * masked bits ({@code "---rwxrwx"} = 077, {@code "----w--w-"} = 022).
   */
  public static int parseMask(Object value) {
    if (value instanceof String s && s.length() == 9 && s.matches("[r-][w-][x-][r-][w-][x-][r-][w-][x-]")) {
      int m = 0;
      for (int i = 0; i < 9; i++) {
        if (s.charAt(i) != '-') m |= 0400 >> i;
      }
      return m;
    }
    Mode mode = parse(value);
    if (!mode.isAbsolute() || mode.absolute > 0777) throw invalid(String.valueOf(value));
    return mode.absolute;
  }

  // mode -> clause {',' clause};  clause -> [ugoa]* action+;  action -> op ([rwxXst]* | [ugo])
  private static List<Clause> symbolic(String s) {
    List<Clause> out = new ArrayList<>();
    for (String part : s.split(",", -1)) {
      int i = 0;
      int who = 0;
      for (; i < part.length() && "ugoa".indexOf(part.charAt(i)) >= 0; i++) who |= whoBits(part.charAt(i));
      boolean umasked = who == 0;
      if (umasked) who = ALL;
      if (i == part.length()) throw invalid(s);
      while (i < part.length()) {
        char op = part.charAt(i++);
        if ("+-=".indexOf(op) < 0) throw invalid(s);
        if (i < part.length() && "ugo".indexOf(part.charAt(i)) >= 0) {
          out.add(new Clause(who, umasked, op, 0, part.charAt(i++)));
          continue;
        }
        int perms = 0;
        for (; i < part.length() && "rwxXst".indexOf(part.charAt(i)) >= 0; i++) perms |= permBits(part.charAt(i));
        out.add(new Clause(who, umasked, op, perms, (char) 0));
      }
    }
    return out;
  }

  private static int whoBits(char c) {
    return switch (c) {
      case 'u' -> 04700;
      case 'g' -> 02070;
      case 'o' -> 01007;
      default -> ALL;
    };
  }

  private static int permBits(char c) {
    return switch (c) {
      case 'r' -> 0444;
      case 'w' -> 0222;
      case 'x' -> 0111;
      case 'X' -> 0100000;
      case 's' -> 06000;
      default -> 01000; // 't'
    };
  }

  /** "g=u": the rwx bits of one class replicated to all three. */
  private static int copied(int mode, char from) {
    int bits = switch (from) {
      case 'u' -> (mode >> 6) & 7;
      case 'g' -> (mode >> 3) & 7;
      default -> mode & 7;
    };
    return bits * 0111;
  }

  private static IllegalArgumentException invalid(String s) {
    return new IllegalArgumentException("invalid mode '" + s + "'");
  }
}
