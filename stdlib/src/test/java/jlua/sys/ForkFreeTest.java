package jlua.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jlua.testing.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fork-free, proven: a script calling every function of fs, sys, unix, net, syslog, archive and lfs runs
 * under {@code strace -f}; after the JVM's own execve nothing is executed and no process is created
 * (clones with CLONE_THREAD are threads).
 */
class ForkFreeTest {
  @TempDir
  Path dir;

  @Test
  void everyModuleFunctionRunsWithoutExecOrFork() throws Exception {
    Host.assumeRoot(); // chown, mount and sethostname need it
    Host.assumeCommand("strace");
    Path script = Path.of(ForkFreeTest.class.getResource("/forkfree.lua").toURI());
    Path trace = dir.resolve("trace.txt");
    Path work = Files.createDirectory(dir.resolve("work"));
    List<String> argv = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", trace.toString(),
        "-e", "trace=execve,execveat,fork,vfork,clone,clone3"));
    argv.addAll(Host.jlua(System.getProperty("java.class.path"), script.toString(), work.toString()));
    Host.Run r = Host.command(dir, argv.toArray(String[]::new));
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("forkfree: done"), r.out());
    List<String> offending = new ArrayList<>();
    int execs = 0;
    for (String line : Files.readAllLines(trace)) {
      if (line.contains("execve(") || line.contains("execveat(")) {
        if (++execs > 1) offending.add(line); // the first is java itself
      } else if (line.matches(".*\\b(fork|vfork)\\(.*")) {
        offending.add(line);
      } else if (line.matches(".*\\bclone3?\\(.*") && !line.contains("CLONE_THREAD")) {
        offending.add(line);
      }
    }
    assertEquals(1, execs, "java's own execve");
    assertEquals(List.of(), offending);
  }
}
