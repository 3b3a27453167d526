package jlua.lib;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jlua.api.Lua;
import jlua.api.LuaError;

/**
 * Runs the same Lua script under the reference lua5.1 (when installed) and under jlua, in-process or as
 * a child JVM (for what needs its own environment: TZ, exit, standard descriptors).
 */
final class Reference {
  private Reference() {}

  /** A prelude both sides run: p(...) prints tostring of every argument, through io.stdout. */
  static final String PRELUDE = "local function p(...) local t = {...} "
      + "for i = 1, select('#', ...) do t[i] = tostring(t[i]) end "
      + "io.stdout:write(table.concat(t, ' '), '\\n') end\n";

  static boolean lua51Available() {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "lua5.1"))) return true;
    }
    return false;
  }

  static void assumeLua51() {
    assumeTrue(lua51Available(), "lua5.1 is not on PATH");
  }

  /** stdout, then stderr after a line "--stderr--" when there is any, then the exit status. */
  static String lua51Process(String script, Map<String, String> env, String stdin) throws IOException {
    return runProcess(List.of("lua5.1"), script, env, stdin);
  }

  static String jluaProcess(String script, Map<String, String> env, String stdin) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("jlua.cli.Main");
    return runProcess(command, script, env, stdin).replace("jlua: ", "lua5.1: ");
  }

  private static String runProcess(List<String> prefix, String script, Map<String, String> env, String stdin)
      throws IOException {
    Path file = Files.createTempFile("jlua-ref", ".lua");
    Path in = Files.createTempFile("jlua-ref", ".in");
    Path err = Files.createTempFile("jlua-ref", ".err");
    try {
      Files.writeString(file, script, StandardCharsets.ISO_8859_1);
      Files.writeString(in, stdin, StandardCharsets.ISO_8859_1);
      List<String> command = new ArrayList<>(prefix);
      command.add(file.toString());
      ProcessBuilder pb = new ProcessBuilder(command).redirectInput(in.toFile()).redirectError(err.toFile());
      for (Map.Entry<String, String> e : env.entrySet()) {
        if (e.getValue() == null) pb.environment().remove(e.getKey());
        else pb.environment().put(e.getKey(), e.getValue());
      }
      Process process = pb.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int status = process.waitFor();
      String errors = Files.readString(err, StandardCharsets.ISO_8859_1);
      String scriptName = file.toString();
      return normalize((out + (errors.isEmpty() ? "" : "--stderr--\n" + errors) + "status " + status + "\n")
          .replace(scriptName, "SCRIPT"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(in);
      Files.deleteIfExists(err);
    }
  }

  /** Runs a script in a fresh in-process state; returns its output. */
  private static String runJlua(String script, String stdin) {
    Lua lua = new Lua(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lua.global().stdout = out;
    lua.global().stderr = out;
    lua.global().stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1));
    Libraries.openAll(lua);
    String error = "";
    try {
      lua.call(lua.load(script, "=WRAPPER"));
    } catch (LuaError e) {
      error = "uncaught: " + e.getMessage() + "\n";
    }
    IoLib.closeAll(lua.global());
    return normalize(new String(out.toByteArray(), StandardCharsets.ISO_8859_1) + error);
  }

  /** A script run as chunk "SCRIPT" under pcall, its error printed: the same text runs on both sides. */
  static String wrap(String script) {
    return "local f = assert(loadstring(" + longString(PRELUDE + script) + ", '=SCRIPT'))\n"
        + "local ok, e = pcall(f) if not ok then io.stdout:write('error: ', tostring(e), '\\n') end\n";
  }

  /** Output of the wrapped script under lua5.1 (stdout only). */
  static String lua51(String script, String stdin) throws IOException {
    String out = lua51Process(wrap(script), Map.of(), stdin);
    return out.substring(0, out.lastIndexOf("status "));
  }

  /** Output of the wrapped script under jlua in-process. */
  static String jlua(String script, String stdin) {
    return runJlua(wrap(script), stdin);
  }

  static String longString(String s) {
    String eq = "=";
    while (s.contains("]" + eq + "]")) eq += "=";
    return "[" + eq + "[\n" + s + "]" + eq + "]";
  }

  /** Addresses differ between implementations. */
  static String normalize(String s) {
    return s.replaceAll("0x[0-9a-f]+", "0xADDR");
  }
}
