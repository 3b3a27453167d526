package jlua.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jlua.api.Lua;
import jlua.api.LuaError;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Lua code under the reference interpreter (lua5.1, as a process) and under jlua (in-process),
 * capturing what each prints, so tests can compare them. Tests that need lua5.1 call
 * {@link #assumeAvailable()} and are reported skipped where it is not installed.
 */
public final class LuaOracle {
  private LuaOracle() {}

  private static Boolean available;

  public static synchronized boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder("lua5.1", "-e", "io.write('ok')").redirectErrorStream(true).start();
        available = p.waitFor(10, TimeUnit.SECONDS) && new String(p.getInputStream().readAllBytes()).equals("ok");
      } catch (IOException | InterruptedException e) {
        available = false;
      }
    }
    return available;
  }

  public static void assumeAvailable() {
    Assumptions.assumeTrue(available(), "lua5.1 is not installed: reference comparison skipped");
  }

  /** Stdout of {@code lua5.1} running the given chunk from a temporary file. */
  public static String reference(String code) {
    try {
      Path file = Files.createTempFile("oracle", ".lua");
      try {
        Files.write(file, code.getBytes(StandardCharsets.ISO_8859_1));
        Process p = new ProcessBuilder("lua5.1", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        return new String(out, StandardCharsets.ISO_8859_1);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("running lua5.1 failed", e);
    }
  }

  /** Asserts equal outputs, reporting the first differing line (and the code) when they differ. */
  public static void assertSameOutput(String expected, String actual, String code) {
    if (expected.equals(actual)) return;
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
    throw new AssertionError("output differs at line " + (i + 1) + "\n lua5.1: "
        + (i < e.length ? e[i] : "<end>") + "\n jlua:   " + (i < a.length ? a[i] : "<end>")
        + "\ncode:\n" + code);
  }

  /** Stdout of jlua running the chunk in a fresh state (an uncaught error is appended as a line). */
  public static String jlua(String code) {
    Lua lua = new Lua(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lua.global().stdout = out;
    lua.global().stdin = new java.io.ByteArrayInputStream(new byte[0]);
    jlua.lib.Libraries.openAll(lua);
    String error = "";
    try {
      lua.call(lua.load(code, "=oracle"));
    } catch (LuaError e) {
      error = "error: " + e.getMessage() + "\n";
    }
    try {
      lua.global().stdout.flush(); // print and io.write share io.stdout's buffer
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString(StandardCharsets.ISO_8859_1) + error;
  }
}
