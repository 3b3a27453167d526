package jlua.fs;

import jlua.api.Args;

/** fs.basename, fs.dirname and fs.join: string functions with POSIX's rules, touching no file. */
final class PathNames {
  private PathNames() {}

  // fs.basename (path) -> last component ("/" for "/", "." for "")
  static Object basename(Args args) {
    return basename(args.checkString(1));
  }

  static String basename(String p) {
    if (p.isEmpty()) return ".";
    int end = p.length();
    while (end > 1 && p.charAt(end - 1) == '/') end--;
    if (end == 1 && p.charAt(0) == '/') return "/";
    int start = p.lastIndexOf('/', end - 1) + 1;
    return p.substring(start, end);
  }

  // fs.dirname (path) -> all but the last component ("." when there is no slash)
  static Object dirname(Args args) {
    String p = args.checkString(1);
    int end = p.length();
    while (end > 1 && p.charAt(end - 1) == '/') end--;
    int slash = p.lastIndexOf('/', end - 1);
    if (slash < 0) return ".";
    while (slash > 0 && p.charAt(slash - 1) == '/') slash--;
    return slash == 0 ? "/" : p.substring(0, slash);
  }

  // fs.join (part, ...) -> parts joined by "/"; an absolute part starts over, empty parts are skipped
  static Object join(Args args) {
    StringBuilder out = new StringBuilder(args.checkString(1));
    for (int i = 2; i <= args.count(); i++) {
      String part = args.checkString(i);
      if (part.startsWith("/")) {
        out.setLength(0);
        out.append(part);
      } else if (!part.isEmpty()) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '/') out.append('/');
        out.append(part);
      }
    }
    return out.toString();
  }
}
