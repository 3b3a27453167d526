package jlua.spec.differential;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code <interpreter> <relpath>} as a real process in the repository root, with empty stdin and both
 * output streams captured to temporary files (no pipe can fill up and block the child).
 */
final class ProgramRunner {
  private final Path workDir;
  private final Duration timeout;

  ProgramRunner(Path workDir, Duration timeout) {
    this.workDir = workDir;
    this.timeout = timeout;
  }

  Outcome run(String interpreter, String relPath) throws IOException, InterruptedException {
    return run(interpreter, relPath, null);
  }

  /** Runs the program with {@code javaOpts} added to JLUA_JAVA_OPTS (null: the environment as it is). */
  Outcome run(String interpreter, String relPath, String javaOpts) throws IOException, InterruptedException {
    Path out = Files.createTempFile("jlua-diff-", ".out");
    Path err = Files.createTempFile("jlua-diff-", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(List.of(interpreter, relPath))
          .directory(workDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      pb.environment().remove("LUA_INIT");  // a developer's own LUA_INIT must not leak into either run
      if (javaOpts != null) pb.environment().merge("JLUA_JAVA_OPTS", javaOpts, (mine, added) -> mine + " " + added);
      Process p = pb.start();
      boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
      }
      return new Outcome(finished ? p.exitValue() : -1, Files.readAllBytes(out), Files.readAllBytes(err),
          !finished);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
