package jlua.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine the tests run on: whether we are root, running commands, and running jlua as the
 * unprivileged user {@code nobody} (for EACCES) on a copy of the test class path that nobody can read.
 */
public final class Host {
  private Host() {}

  /** Result of a command. */
  public record Run(int status, String out, String err) {}

  public static boolean isRoot() {
    return "root".equals(java.lang.System.getProperty("user.name"));
  }

  public static void assumeRoot() {
    Assumptions.assumeTrue(isRoot(), "needs root: skipped");
  }

  public static boolean hasCommand(String name) {
    for (String dir : java.lang.System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, name))) return true;
    }
    return false;
  }

  public static void assumeCommand(String name) {
    Assumptions.assumeTrue(hasCommand(name), name + " is not installed: skipped");
  }

  /** Runs a command (no shell), waiting at most a minute. */
  public static Run command(Path cwd, String... argv) {
    try {
      Process p = new ProcessBuilder(argv).directory(cwd == null ? null : cwd.toFile()).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
      return new Run(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("running " + String.join(" ", argv), e);
    }
  }

  /** A jlua command line (java -cp the test class path jlua.cli.Main). */
  public static List<String> jlua(String classPath, String... args) {
    List<String> argv = new ArrayList<>(List.of(Path.of(java.lang.System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss16m", "--enable-native-access=ALL-UNNAMED", "-cp", classPath, "jlua.cli.Main"));
    argv.addAll(List.of(args));
    return argv;
  }

  /** Runs {@code jlua -e code} as nobody:nogroup in {@code cwd} (which nobody must be able to enter). */
  public static Run asNobody(Path cwd, String code) {
    assumeRoot();
    assumeCommand("setpriv");
    List<String> argv = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
    argv.addAll(jlua(readableClassPath(), "-e", code));
    return command(cwd, argv.toArray(String[]::new));
  }

  private static String readableClassPath;

  /** The test class path copied where every user can read it (a clone under /root is not). */
  static synchronized String readableClassPath() {
    if (readableClassPath != null) return readableClassPath;
    try {
      Path copy = Files.createTempDirectory("jlua-test-cp");
      Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(copy)));
      List<String> entries = new ArrayList<>();
      int i = 0;
      for (String entry : java.lang.System.getProperty("java.class.path").split(":")) {
        Path from = Path.of(entry);
        if (!Files.exists(from)) continue;
        Path to = copy.resolve(i++ + "-" + from.getFileName());
        copyTree(from, to);
        entries.add(to.toString());
      }
      Runtime.getRuntime().exec(new String[] {"chmod", "-R", "a+rX", copy.toString()}).waitFor();
      readableClassPath = String.join(":", entries);
      return readableClassPath;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(d).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
        Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Removes a tree (test clean-up). */
  public static void deleteTree(Path root) {
    try (var s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
