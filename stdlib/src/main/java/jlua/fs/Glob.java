package jlua.fs;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import jlua.api.Args;
import jlua.api.Cwd;
import jlua.sys.Directories;
import jlua.sys.OsError;
import jlua.sys.SysPath;
import jlua.sys.Tables;

/**
 * Shell wildcards: {@code *}, {@code ?}, {@code [...]} (with {@code !} or {@code ^} to negate, ranges,
 * and {@code \} to quote) within one name, and {@code **} as a whole component for any number of
 * directories. As in the shell, a leading "." must be matched explicitly and {@code **} does not
 * descend into links or hidden directories. fs.glob returns the matches sorted; unreadable
 * directories simply match nothing.
 */
final class Glob {
  private Glob() {}

  // fs.glob (pattern) -> sorted array of paths
  static Object glob(Args args) {
    String pattern = args.checkString(1);
    TreeSet<String> found = new TreeSet<>();
    boolean absolute = pattern.startsWith("/");
    List<String> parts = java.util.Arrays.stream(pattern.split("/")).filter(s -> !s.isEmpty()).toList();
    if (parts.isEmpty()) {
      if (absolute) found.add("/");
    } else {
      expand(parts, 0, absolute ? "/" : "", absolute ? Path.of("/") : Cwd.get(), found);
    }
    return Tables.array(found);
  }

  private static void expand(List<String> parts, int i, String shown, Path dir, TreeSet<String> found) {
    String part = parts.get(i);
    boolean last = i == parts.size() - 1;
    if (part.equals("**")) {
      if (last) {
        everything(shown, dir, found);
        return;
      }
      expand(parts, i + 1, shown, dir, found);
      for (String name : listing(dir)) {
        Path sub = dir.resolve(SysPath.decode(name));
        if (!name.startsWith(".") && Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
          expand(parts, i, shown + name + "/", sub, found);
        }
      }
      return;
    }
    if (!hasWildcards(part)) {
      String name = unquote(part);
      step(parts, i, last, shown + name, dir.resolve(SysPath.decode(name)), found);
      return;
    }
    for (String name : listing(dir)) {
      if (matches(part, name)) step(parts, i, last, shown + name, dir.resolve(SysPath.decode(name)), found);
    }
  }

  private static void step(List<String> parts, int i, boolean last, String shown, Path file, TreeSet<String> found) {
    if (last) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) found.add(shown);
    } else if (Files.isDirectory(file)) {
      expand(parts, i + 1, shown + "/", file, found);
    }
  }

  /** A trailing "**": every file and directory below (not hidden, not through links). */
  private static void everything(String shown, Path dir, TreeSet<String> found) {
    for (String name : listing(dir)) {
      if (name.startsWith(".")) continue;
      Path sub = dir.resolve(SysPath.decode(name));
      found.add(shown + name);
      if (Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) everything(shown + name + "/", sub, found);
    }
  }

  private static List<String> listing(Path dir) {
    try {
      return Directories.names(new SysPath(SysPath.text(dir), dir));
    } catch (OsError e) {
      return List.of();
    }
  }

  static boolean hasWildcards(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
  }

  private static String unquote(String s) {
    return s.indexOf('\\') < 0 ? s : s.replaceAll("\\\\(.)", "$1");
  }

  /** Whether a file name matches a one-component pattern (fnmatch with FNM_PERIOD). */
  static boolean matches(String pattern, String name) {
    if (name.startsWith(".") && !pattern.startsWith(".") && !pattern.startsWith("\\.")) return false;
    return fnmatch(pattern, name);
  }

  /** Whether a name matches a one-component pattern, a leading "." being an ordinary character. */
  static boolean fnmatch(String pattern, String name) {
    return match(pattern, 0, name, 0);
  }

  private static boolean match(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        if (pi == p.length()) return true;
        for (int k = si; k <= s.length(); k++) {
          if (match(p, pi, s, k)) return true;
        }
        return false;
      }
      if (si == s.length()) return false;
      if (c == '?') {
        pi++;
      } else if (c == '[' && classEnd(p, pi) > 0) {
        int end = classEnd(p, pi);
        if (!inClass(p, pi + 1, end, s.charAt(si))) return false;
        pi = end + 1;
      } else {
        if (c == '\\' && pi + 1 < p.length()) c = p.charAt(++pi);
        if (c != s.charAt(si)) return false;
        pi++;
      }
      si++;
    }
    return si == s.length();
  }

  /** The index of the ']' closing a class opened at {@code open}, or -1 (then '[' is literal). */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) i++;
    if (i < p.length() && p.charAt(i) == ']') i++; // a leading ']' is a member
    for (; i < p.length(); i++) {
      if (p.charAt(i) == '\\') i++;
      else if (p.charAt(i) == ']') return i;
    }
    return -1;
  }

  private static boolean inClass(String p, int from, int end, char c) {
    boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
    boolean hit = false;
    for (int i = negate ? from + 1 : from; i < end; i++) {
      char lo = p.charAt(i);
      if (lo == '\\' && i + 1 < end) lo = p.charAt(++i);
      char hi = lo;
      if (i + 2 < end && p.charAt(i + 1) == '-') {
        hi = p.charAt(i + 2);
        i += 2;
      }
      if (c >= lo && c <= hi) hit = true;
    }
    return hit != negate;
  }
}
