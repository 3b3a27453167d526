package jlua.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jlua.api.Args;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.vm.NumberFormat;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one batch script under lua5.1 (a process) and under jlua (in-process) and returns what each
 * reported through {@code emit(...)}: one line per call, values separated by tabs, strings quoted with
 * every byte outside printable ASCII written as \ddd (so NULs and high bytes compare exactly). lua5.1's
 * emit is written in Lua; jlua's in Java, so the string library under test does not grade itself.
 */
final class StringOracle {
  private StringOracle() {}

  private static Boolean available;

  static synchronized boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder("lua5.1", "-e", "io.write('ok')").redirectErrorStream(true).start();
        available = p.waitFor(10, TimeUnit.SECONDS)
            && new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).equals("ok");
      } catch (IOException e) {
        available = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        available = false;
      }
    }
    return available;
  }

  static void assumeLua51() {
    Assumptions.assumeTrue(available(), "lua5.1 is not on PATH: comparison with the reference skipped");
  }

  /** For jqwik containers: reports every property as skipped (not passed) when lua5.1 is missing. */
  public static final class RequiresLua51 implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return available() ? SkipResult.doNotSkip()
          : SkipResult.skip("lua5.1 is not on PATH: comparison with the reference skipped");
    }
  }

  private static final String LUA51_EMIT = String.join("\n",
      "local function ser(v)",
      "  if type(v) == 'string' then",
      "    local out = {}",
      "    for i = 1, #v do",
      "      local b = v:byte(i)",
      "      out[i] = (b >= 32 and b <= 126 and b ~= 34 and b ~= 92) and string.char(b) or string.format('\\\\%03d', b)",
      "    end",
      "    return '\"' .. table.concat(out) .. '\"'",
      "  end",
      "  return tostring(v)",
      "end",
      "function emit(...)",
      "  local parts = {}",
      "  for i = 1, select('#', ...) do parts[i] = ser((select(i, ...))) end",
      "  io.write(table.concat(parts, '\\t'), '\\n')",
      "end",
      "");

  /** The emitted lines of lua5.1 running {@code script}. */
  static List<String> reference(String script) {
    try {
      Path file = Files.createTempFile("jlua-string-oracle", ".lua");
      try {
        Files.write(file, (LUA51_EMIT + script).getBytes(StandardCharsets.ISO_8859_1));
        Process p = new ProcessBuilder("lua5.1", file.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("lua5.1 did not finish");
        }
        return lines(new String(out, StandardCharsets.ISO_8859_1));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new IllegalStateException("running lua5.1 failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The emitted lines of jlua running {@code script} in a fresh state. */
  static List<String> jlua(String script) {
    Lua lua = new Lua();
    StringBuilder out = new StringBuilder();
    lua.register("emit", args -> {
      for (int i = 1; i <= args.count(); i++) {
        if (i > 1) out.append('\t');
        out.append(serialize(args.arg(i)));
      }
      out.append('\n');
      return Args.NONE;
    });
    try {
      lua.call(lua.load(script, "=oracle"));
    } catch (LuaError e) {
      out.append("error: ").append(e.getMessage()).append('\n');
    }
    return lines(out.toString());
  }

  private static String serialize(Object v) {
    if (v instanceof String s) {
      StringBuilder b = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= ' ' && c <= '~' && c != '"' && c != '\\') b.append(c);
        else b.append(String.format("\\%03d", (int) c));
      }
      return b.append('"').toString();
    }
    if (v instanceof Double d) return NumberFormat.toLuaString(d);
    if (v == null) return "nil";
    if (v instanceof Boolean bool) return bool.toString();
    return jlua.vm.Values.typeName(v); // tables and functions do not compare by address
  }

  private static List<String> lines(String text) {
    List<String> r = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!r.isEmpty() && r.get(r.size() - 1).isEmpty()) r.remove(r.size() - 1);
    return r;
  }

  /** A Lua string literal for any byte string (three-digit escapes cannot run into a next digit). */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= ' ' && c <= '~' && c != '"' && c != '\\') b.append(c);
      else b.append(String.format("\\%03d", (int) c));
    }
    return b.append('"').toString();
  }

  /**
   * Runs a batch under both and asserts they agree: {@code runner} is a format whose %s receives the case
   * table, the cases numbered [1], [2], ... so a failure can name its case.
   */
  static void check(String runner, List<String> cases) {
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) table.append('[').append(i + 1).append("]=").append(cases.get(i)).append(",\n");
    compare(String.format(runner, table));
  }

  /** Runs one batch script under both interpreters and asserts they emitted the same lines. */
  static void compare(String script) {
    assertSame(script, reference(script), jlua(script));
  }

  /** Asserts both interpreters emitted the same lines; the message names the first difference. */
  static void assertSame(String script, List<String> expected, List<String> actual) {
    if (expected.equals(actual)) return;
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) i++;
    throw new AssertionError("first difference at emitted line " + (i + 1)
        + "\n lua5.1: " + (i < expected.size() ? expected.get(i) : "<end>")
        + "\n jlua:   " + (i < actual.size() ? actual.get(i) : "<end>")
        + "\n" + caseLine(script, i < expected.size() ? expected.get(i) : i < actual.size() ? actual.get(i) : ""));
  }

  /** The case table entry whose number starts the emitted line, for the failure message. */
  private static String caseLine(String script, String emitted) {
    int tab = emitted.indexOf('\t');
    String id = tab < 0 ? emitted : emitted.substring(0, tab);
    for (String line : script.split("\n")) {
      if (line.startsWith("[" + id + "]=")) return "case: " + line;
    }
    return "";
  }
}
