package jlua.grammar;

/**
 * The way Lua 5.1 names a chunk in messages (luaO_chunkid): "@file" shows the file name, "=name"
 * shows the name as given, anything else (source text) shows {@code [string "first line..."]}.
 */
public final class ChunkId {

  /** Buffer size for runtime messages and debug info (LUA_IDSIZE). */
  public static final int RUNTIME_SIZE = 60;

  /** Buffer size for syntax errors (llex.c's MAXSRC): they show longer names than runtime errors. */
  public static final int SYNTAX_SIZE = 80;

  private static final int FILE_MARGIN = " '...' ".length() + 1;        // sizeof(" '...' ")
  private static final int STRING_MARGIN = " [string \"...\"] ".length() + 1;

  private ChunkId() {}

  /** The chunk id for runtime errors, tracebacks and {@code debug.getinfo(...).short_src}. */
  public static String format(String chunkName) {
    return format(chunkName, RUNTIME_SIZE);
  }

  /** The chunk id as luaO_chunkid writes it into a buffer of {@code bufferSize} bytes. */
  public static String format(String chunkName, int bufferSize) {
    String source = upToNul(chunkName);
    if (source.startsWith("=")) {
      return source.substring(1, Math.min(source.length(), bufferSize));
    }
    if (source.startsWith("@")) {
      return fileName(source.substring(1), bufferSize - FILE_MARGIN);
    }
    return sourceText(source, bufferSize - STRING_MARGIN);
  }

  private static String fileName(String name, int room) {
    if (name.length() <= room) {
      return name;
    }
    return "..." + name.substring(name.length() - room);
  }

  private static String sourceText(String source, int room) {
    int len = firstNewline(source);
    if (len > room) {
      len = room;
    }
    if (len < source.length()) {
      return "[string \"" + source.substring(0, len) + "...\"]";
    }
    return "[string \"" + source + "\"]";
  }

  private static int firstNewline(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return s.length();
  }

  /** C strings end at the first NUL byte. */
  static String upToNul(String s) {
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }
}
