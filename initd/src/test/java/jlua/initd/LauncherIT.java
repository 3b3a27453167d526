package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./jinit launcher over the packaged class path (target/lib), from anywhere and through a symlink. */
class LauncherIT {
  @TempDir Path tmp;

  @Test
  void theLauncherWorksFromAnywhereAndThroughASymlink() throws Exception {
    Path launcher = QotdIT.ROOT.resolve("jinit");
    assertTrue(Files.isExecutable(launcher), launcher + " is executable");
    Path dir = Files.createDirectory(tmp.resolve("d"));
    Files.writeString(dir.resolve("a.lua"), "a = { exec = '/bin/a' }");
    Path link = Files.createSymbolicLink(tmp.resolve("jinit-link"), launcher);
    Process p = new ProcessBuilder(link.toString(), "plan", "-d", dir.toString()).directory(tmp.toFile()).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    assertEquals("level 1: a\n", text);
  }
}
