package jlua.initd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs commands for the command-line tests: jinit itself in a separate JVM, and system tools. */
final class Processes {
  private Processes() {}

  record Result(int code, String out, String err) {}

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) return true;
    }
    return false;
  }

  static boolean root() {
    try {
      return run(List.of("id", "-u"), null).out().trim().equals("0");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The command line of jinit in a new JVM on this test's class path. */
  static List<String> jinit(String... args) {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "--enable-native-access=ALL-UNNAMED", // JDK 22+ warns on stderr when jffi loads its library
        "-cp", System.getProperty("java.class.path"), "jlua.initd.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Result run(List<String> command, String stdin) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    Path out = Files.createTempFile("jinit-out", ".txt");
    Path err = Files.createTempFile("jinit-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
