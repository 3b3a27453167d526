package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * initd/examples/demo, the README's first command, end to end: the plan, the boot, a quote from the
 * Lua qotd daemon, a restart after kill -9 and after ctl restart, the crashing daemon's backoff, and a
 * clean shutdown, as the user running the tests and (when that is root) as nobody.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DemoIT {
  static final Path ROOT = QotdIT.ROOT;

  @TempDir Path tmp;

  private Processes.Result demo(List<String> prefix, Path root) throws Exception {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(root.resolve("initd/examples/demo").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("demo.out").toFile())
        .redirectError(tmp.resolve("demo.err").toFile());
    pb.environment().put("TMPDIR", tmp.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(150, TimeUnit.SECONDS)) {
      p.destroy();
      throw new AssertionError("the demo still runs:\n" + Files.readString(tmp.resolve("demo.out")));
    }
    return new Processes.Result(p.exitValue(), Files.readString(tmp.resolve("demo.out")), Files.readString(tmp.resolve("demo.err")));
  }

  private static void assertShowsEveryStep(Processes.Result r) {
    String out = r.out();
    assertEquals(0, r.code(), out + r.err());
    assertTrue(out.contains("== 1. the plan") && out.contains("   level 2: qotd syslog\n"), out);
    assertTrue(out.contains("== 2. the boot") && out.contains("   qotd OK\n") && out.contains("   syslog OK\n"), out);
    assertTrue(out.matches("(?s).*== 3\\. a quote[^\n]*\n   [^\n]* -- [A-Z][^\n]*\n.*"), "a quote: " + out);
    assertTrue(out.matches("(?s).*   qotd: UP -> BACKOFF \\(pid \\d+ signal KILL\\)\n   qotd: restart in 1\\.0 s\n.*"), out);
    assertTrue(out.matches("(?s).*a quote from the new qotd \\(pid \\d+\\): [^\n]* -- .*"), out);
    assertTrue(out.contains("jinit ctl restart qotd: qotd OK\n"), out);
    assertTrue(out.contains("   flaky: restart in 1.0 s\n") && out.contains("   flaky: restart in 2.0 s\n"), out);
    assertTrue(out.contains("== 7. a clean shutdown") && out.contains("   all services stopped\n"), out);
    assertTrue(out.endsWith("demo: OK\n"), out);
    assertEquals("", r.err());
  }

  @Test
  void theDemoRunsEndToEnd() throws Exception {
    assertShowsEveryStep(demo(List.of(), ROOT));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("demo.err", "demo.out"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "the demo removed its temporary directory");
    }
  }

  /** As nobody, from a world-readable copy of the built tree (the checkout may sit in root's home). */
  @Test
  void theDemoRunsAsANormalUser() throws Exception {
    assumeTrue(Processes.root(), "needs root to run the demo as nobody");
    assumeTrue(Processes.onPath("setpriv"), "needs setpriv (util-linux)");
    String group = Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith("nogroup:"))
        ? "nogroup" : "nobody";
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path copy = Files.createDirectory(tmp.resolve("tree"));
    copyBuiltTree(copy);
    Processes.Result r = demo(List.of("setpriv", "--reuid=nobody", "--regid=" + group, "--clear-groups",
        "env", "HOME=" + tmp), copy);
    assertShowsEveryStep(r);
    assertTrue(r.out().startsWith("jinit demo as nobody (uid 65534)"), r.out());
  }

  /** The launchers, the built class path (without the start-up archive, which names its own place) and the examples. */
  private static void copyBuiltTree(Path to) throws IOException {
    for (String launcher : List.of("jinit", "jlua")) Files.copy(ROOT.resolve(launcher), to.resolve(launcher));
    copyTree(ROOT.resolve("target/lib"), to.resolve("target/lib"), p -> !p.getFileName().toString().startsWith("jvm.")
        && !p.getFileName().toString().endsWith(".jsa"));
    copyTree(ROOT.resolve("initd/examples"), to.resolve("initd/examples"), p -> true);
    try (Stream<Path> all = Files.walk(to)) {
      for (Path p : all.toList()) {
        boolean exec = Files.isDirectory(p) || Files.isExecutable(p);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> wanted) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else if (wanted.test(p)) Files.copy(p, target);
      }
    }
  }
}
