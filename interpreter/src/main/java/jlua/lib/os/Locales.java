package jlua.lib.os;

/**
 * setlocale with the locales glibc has built in and nothing else: "C", "POSIX" (reported as "C") and
 * "C.UTF-8"/"C.utf8" (which change nothing a byte-oriented Lua can see). "" takes the name from
 * LC_ALL, the category's variable, then LANG, as glibc does. The locale is process-wide, as in C.
 */
public final class Locales {
  private Locales() {}

  /** glibc's category order, used for the composite name of a mixed LC_ALL. */
  private static final String[] CATEGORIES = {
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER",
    "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"
  };

  private static final String[] current = new String[CATEGORIES.length];

  static {
    java.util.Arrays.fill(current, "C");
  }

  /**
   * setlocale(category, name): the category is "LC_ALL" or one of {@link #CATEGORIES}; a null name
   * queries. Returns the locale's name, or null when it cannot be set.
   */
  public static synchronized String set(String category, String name) {
    int index = java.util.Arrays.asList(CATEGORIES).indexOf(category);
    if (name == null) return index < 0 ? allName() : current[index];
    if (index < 0) {
      String[] wanted = new String[CATEGORIES.length];
      for (int i = 0; i < wanted.length; i++) {
        wanted[i] = resolve(CATEGORIES[i], name);
        if (wanted[i] == null) return null;
      }
      System.arraycopy(wanted, 0, current, 0, wanted.length);
      return allName();
    }
    String resolved = resolve(category, name);
    if (resolved != null) current[index] = resolved;
    return resolved;
  }

  private static String resolve(String category, String name) {
    if (name.isEmpty()) {
      name = firstSet(System.getenv("LC_ALL"), System.getenv(category), System.getenv("LANG"));
    }
    return switch (name) {
      case "C", "POSIX" -> "C";
      case "C.UTF-8", "C.utf8" -> name;
      default -> null;
    };
  }

  private static String firstSet(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) return v;
    }
    return "C";
  }

  private static String allName() {
    boolean same = true;
    for (String c : current) same &= c.equals(current[0]);
    if (same) return current[0];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < CATEGORIES.length; i++) {
      if (i > 0) sb.append(';');
      sb.append(CATEGORIES[i]).append('=').append(current[i]);
    }
    return sb.toString();
  }
}
