package jlua.spec.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaFunction;
import jlua.api.LuaTable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance suite (spec-tests/suite) against jlua in-process: each file in a fresh state,
 * its result lines ("ok N tags: description", "not ok N ... -- reason", final "1..N") turned into one
 * dynamic test per assertion, named after it. The same files run under any interpreter with
 * spec-tests/run.
 */
class SuiteTest {
  private static final Path SPEC_TESTS = locate();

  @TestFactory
  Stream<DynamicNode> conformanceSuite() throws IOException {
    Path suite = SPEC_TESTS.resolve("suite");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(suite)) {
      files = walk.filter(p -> p.toString().endsWith(".lua")).sorted().toList();
    }
    return files.stream().map(file -> {
      String name = suite.relativize(file).toString();
      return DynamicContainer.dynamicContainer(name, results(name, runFile(name, file)));
    });
  }

  /** Runs one file as `interpreter section/file.lua` would, returning what it printed. */
  private static String runFile(String name, Path file) {
    Lua lua = new Lua(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lua.global().stdout = out;
    lua.global().stderr = OutputStreamSink.INSTANCE;
    lua.global().stdin = new ByteArrayInputStream(new byte[0]); // like the runner's </dev/null
    jlua.lib.Libraries.openAll(lua);
    LuaTable pkg = (LuaTable) lua.get("package");
    pkg.rawset("path", SPEC_TESTS.resolve("lib") + "/?.lua;" + pkg.rawget("path"));
    LuaTable arg = new LuaTable();
    arg.rawset(-1, jluaLauncher()); // §6 tests spawn the interpreter through arg[-1]
    arg.rawset(0, name);
    lua.set("arg", arg);
    try {
      String code = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      LuaFunction chunk = lua.load(code, "@" + name); // the chunk name the runner's command line gives
      lua.call(chunk);
      lua.global().stdout.flush();
    } catch (LuaError | IOException e) {
      return out.toString(StandardCharsets.ISO_8859_1) + "\n# uncaught: " + e.getMessage() + "\n";
    } catch (RuntimeException | Error e) { // a Java exception escaping jlua is a bug: report it, don't crash
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      return out.toString(StandardCharsets.ISO_8859_1) + "\n# java exception: " + trace + "\n";
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static Stream<DynamicTest> results(String file, String output) {
    List<DynamicTest> tests = new ArrayList<>();
    int declared = -1;
    int count = 0;
    for (String line : output.split("\n")) {
      if (line.startsWith("ok ") || line.startsWith("not ok ")) {
        count++;
        boolean ok = line.startsWith("ok ");
        String rest = line.substring(ok ? 3 : 7);
        String description = rest.replaceFirst("^\\d+ ", "");
        int reason = description.indexOf(" -- ");
        String title = reason >= 0 ? description.substring(0, reason) : description;
        String why = reason >= 0 ? description.substring(reason + 4) : "";
        tests.add(DynamicTest.dynamicTest(title, () -> assertTrue(ok, why)));
      } else if (line.matches("1\\.\\.\\d+")) {
        declared = Integer.parseInt(line.substring(3));
      }
    }
    int expected = declared;
    int seen = count;
    tests.add(DynamicTest.dynamicTest("file ran to the end", () -> {
      if (expected < 0) fail(file + " did not finish:\n" + tail(output));
      assertEquals(expected, seen, "result lines counted by the file's 1..N trailer");
    }));
    return tests.stream();
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 5), lines.length));
  }

  private static String jluaLauncher() {
    return SPEC_TESTS.getParent().resolve("jlua").toString();
  }

  private static Path locate() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("spec-tests/suite"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("spec-tests/suite not found above " + Path.of("").toAbsolutePath());
    return p.resolve("spec-tests");
  }

  /** Discards stderr output of in-process runs (the suite reports through stdout). */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {
      // discarded
    }
  }
}
