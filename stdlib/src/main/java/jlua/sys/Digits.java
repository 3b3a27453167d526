package jlua.sys;

/** Decimal numbers as system files and commands write them: ids, pids, signal numbers. */
public final class Digits {
  private Digits() {}

  /** Whether {@code s} is one to {@code max} ASCII digits, nothing else (no sign, no spaces). */
  public static boolean only(String s, int max) {
    if (s.isEmpty() || s.length() > max) return false;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    }
    return true;
  }
}
