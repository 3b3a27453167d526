package jlua.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/** What the command needs to know about its terminal, and turning arguments back into bytes. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether stdin and stdout are a terminal. JDK 22+ always returns a Console, so ask it
   * isTerminal() there; on 17 a non-null console already means both are terminals.
   */
  static boolean isInteractive() {
    Console c = System.console();
    if (c == null) return false;
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static boolean stdinIsTerminal() {
    return isInteractive();
  }

  static boolean stdoutIsTerminal() {
    return isInteractive();
  }

  /**
   * A command-line argument as a Lua string (one char per byte). The JVM decodes argv with the
   * platform charset; encoding back with it recovers the bytes the user typed.
   */
  static String bytesOf(String arg) {
    String encoding = System.getProperty("sun.jnu.encoding", System.getProperty("native.encoding", "UTF-8"));
    try {
      byte[] raw = arg.getBytes(encoding);
      return new String(raw, StandardCharsets.ISO_8859_1);
    } catch (java.io.UnsupportedEncodingException e) {
      return arg;
    }
  }
}
