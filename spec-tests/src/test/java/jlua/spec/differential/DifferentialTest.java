package jlua.spec.differential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Differential tests: every {@code spec-tests/differential/**}{@code /*.lua} program is run under {@code lua5.1}
 * (the reference, live — expected outputs are never stored) and under {@code ./jlua}; exit status, stdout and
 * stderr must match byte for byte, after renaming the program in lua5.1's stderr ({@code lua5.1: } → {@code jlua: }).
 * jlua runs each program twice: as it comes, and with every function compiled by the second tier at its first call
 * ({@code -Djlua.jit.threshold=1}), since by default only what gets hot is compiled and most programs here are short.
 *
 * <p>System properties: {@code diff.filter} (comma-separated substrings of the path relative to
 * {@code spec-tests/differential}, e.g. {@code core/closures}), {@code diff.threads} (default 3),
 * {@code diff.timeout} (seconds per process, default 30). A missing {@code ./jlua} fails every test; a missing
 * {@code lua5.1} skips them.
 */
class DifferentialTest {
  private static final String REFERENCE = "lua5.1";
  private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("diff.timeout", 30));
  private static final int THREADS = Integer.getInteger("diff.threads", 3);
  private static final String COMPILE_EVERYTHING = "-Djlua.jit.threshold=1";

  @TestFactory
  Stream<DynamicTest> programs() {
    Path root = RepoRoot.find();
    Path base = root.resolve("spec-tests/differential");
    List<String> programs = listPrograms(base, filters());
    if (programs.isEmpty()) {
      return Stream.of(dynamicTest("no programs", () -> {
        throw new AssertionFailedError("no program under " + base + " matches diff.filter=" + filters());
      }));
    }
    if (!onPath(REFERENCE)) {
      return programs.stream().map(p -> dynamicTest(p, base.resolve(p).toUri(),
          () -> assumeTrue(false, REFERENCE + " is not on PATH: differential tests need the reference")));
    }
    Path jlua = root.resolve("jlua");
    if (!Files.isExecutable(jlua)) {
      return programs.stream().map(p -> dynamicTest(p, base.resolve(p).toUri(), () -> {
        throw new AssertionFailedError("interpreter launcher missing or not executable: " + jlua
            + " (the build must produce it)");
      }));
    }
    ProgramRunner runner = new ProgramRunner(root, TIMEOUT);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "differential-runner");
      t.setDaemon(true);
      return t;
    });
    // The pre-pass: all programs are queued at once (in sorted order) and run by a small fixed pool; each
    // dynamic test then waits only for its own pair of results.
    Map<String, Future<Outcome[]>> results = new LinkedHashMap<>();
    for (String p : programs) {
      String rel = "spec-tests/differential/" + p;
      results.put(p, pool.submit(() -> new Outcome[] {runner.run(REFERENCE, rel), runner.run(jlua.toString(), rel),
          runner.run(jlua.toString(), rel, COMPILE_EVERYTHING)}));
    }
    return programs.stream()
        .map(p -> dynamicTest(p, base.resolve(p).toUri(), () -> {
          Outcome[] outcomes = await(results.get(p));
          compare(p, outcomes[0], outcomes[1]);
          compare(p + " (every function compiled: " + COMPILE_EVERYTHING + ")", outcomes[0], outcomes[2]);
        }))
        .onClose(pool::shutdownNow);
  }

  private static void compare(String program, Outcome ref, Outcome act) {
    if (ref.timedOut()) {
      throw new AssertionFailedError(program + ": lua5.1 itself timed out — the program is too slow or hangs");
    }
    if (act.timedOut()) {
      throw new AssertionFailedError(program + ": jlua timed out after " + TIMEOUT.toSeconds() + " s\n"
          + tail("jlua stderr", act.stderr()));
    }
    byte[] refErr = OutputDiff.normaliseReferenceStderr(ref.stderr());
    List<String> problems = new ArrayList<>();
    if (ref.exitStatus() != act.exitStatus()) {
      problems.add("exit status differs: lua5.1 " + ref.exitStatus() + ", jlua " + act.exitStatus());
    }
    String out = OutputDiff.firstDifference("stdout", ref.stdout(), act.stdout());
    if (out != null) {
      problems.add(out);
    }
    String err = OutputDiff.firstDifference("stderr", refErr, act.stderr());
    if (err != null) {
      problems.add(err + "\n" + tail("full jlua stderr", act.stderr()));
    }
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(program + ":\n" + String.join("\n", problems),
          render(ref.exitStatus(), ref.stdout(), refErr), render(act.exitStatus(), act.stdout(), act.stderr()));
    }
  }

  private static String render(int status, byte[] stdout, byte[] stderr) {
    return "exit " + status + "\n--- stdout\n" + OutputDiff.latin1(stdout) + "--- stderr\n"
        + OutputDiff.latin1(stderr);
  }

  private static String tail(String title, byte[] bytes) {
    List<String> lines = Arrays.asList(OutputDiff.latin1(bytes).split("\n"));
    List<String> shown = lines.subList(0, Math.min(lines.size(), 25));
    return "--- " + title + (lines.size() > shown.size() ? " (first 25 lines)" : "") + ":\n"
        + String.join("\n", shown);
  }

  private static Outcome[] await(Future<Outcome[]> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new AssertionFailedError("could not run the program: " + e.getCause(), e.getCause());
    }
  }

  private static List<String> filters() {
    String f = System.getProperty("diff.filter", "").trim();
    return f.isEmpty() ? List.of()
        : Arrays.stream(f.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  /** Paths relative to {@code base}, '/'-separated and sorted, of every .lua file matching a filter. */
  static List<String> listPrograms(Path base, List<String> filters) {
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(base)) {
      return files.filter(Files::isRegularFile)
          .map(p -> base.relativize(p).toString().replace(File.separatorChar, '/'))
          .filter(p -> p.endsWith(".lua"))
          .filter(p -> filters.isEmpty() || filters.stream().anyMatch(p::contains))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }
}
