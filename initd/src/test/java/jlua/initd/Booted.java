package jlua.initd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jlua.initd.supervise.Reply;

/**
 * A real {@code jinit boot} in its own JVM over a service directory, for scenario tests: its results
 * (stdout), its timestamped log (stderr), {@code jinit ctl}, and an end that leaves nothing running.
 */
final class Booted implements AutoCloseable {
  private static final Pattern LOG_LINE = Pattern.compile("(\\S+) jinit: (.*)");

  final Path socket;
  final Path out;
  final Path err;
  final Process process;

  private Booted(Path socket, Path out, Path err, Process process) {
    this.socket = socket;
    this.out = out;
    this.err = err;
    this.process = process;
  }

  /** Boots the services of {@code services}; the socket and the outputs go to {@code work}. */
  static Booted boot(Path work, Path services, Map<String, String> env) throws IOException {
    Path socket = work.resolve("jinit.sock");
    Path out = work.resolve("boot.out");
    Path err = work.resolve("jinit.log");
    ProcessBuilder pb = new ProcessBuilder(Processes.jinit("boot", "-d", services.toString(), "-s", socket.toString()))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putAll(env);
    return new Booted(socket, out, err, pb.start());
  }

  static Booted boot(Path work, Path services) throws IOException {
    return boot(work, services, Map.of());
  }

  /** {@code jinit ctl -s SOCKET words...}, run in this JVM. */
  Reply ctl(String... words) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("ctl", "-s", socket.toString()));
    args.addAll(List.of(words));
    int code = new Main(new PrintStream(o, true), new PrintStream(e, true)).run(args);
    return new Reply(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** The boot results so far ("NAME OK", ...). */
  String output() throws IOException {
    return Files.readString(out);
  }

  String log() throws IOException {
    return Files.exists(err) ? Files.readString(err) : "";
  }

  /** The time of the first log line that contains {@code text}, or null. */
  Instant logged(String text) throws IOException {
    for (String line : log().lines().toList()) {
      Matcher m = LOG_LINE.matcher(line);
      if (m.matches() && m.group(2).contains(text)) return Instant.parse(m.group(1));
    }
    return null;
  }

  /** Every log message (without its time stamp) that contains {@code text}. */
  List<String> messages(String text) throws IOException {
    List<String> found = new ArrayList<>();
    for (String line : log().lines().toList()) {
      Matcher m = LOG_LINE.matcher(line);
      if (m.matches() && m.group(2).contains(text)) found.add(m.group(2));
    }
    return found;
  }

  /** The pid column of {@code ctl status NAME} (0 when the service has no process). */
  long pid(String name) {
    for (String line : ctl("status", name).out().lines().toList()) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length > 2 && cols[0].equals(name)) return cols[2].matches("\\d+") ? Long.parseLong(cols[2]) : 0;
    }
    return 0;
  }

  /** Waits until the service is up with a process other than {@code old}, and returns its pid. */
  long awaitNewPid(String name, long old) throws Exception {
    long[] found = {0};
    await(30, "a new process of " + name, () -> {
      long pid = pid(name); // one status call: the pid seen is the pid returned
      found[0] = pid;
      return pid != 0 && pid != old;
    });
    return found[0];
  }

  /** The state column of {@code ctl status NAME}. */
  String state(String name) {
    for (String line : ctl("status", name).out().lines().toList()) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length > 1 && cols[0].equals(name)) return cols[1];
    }
    return null;
  }

  interface Check {
    boolean ok() throws Exception;
  }

  /** Waits up to {@code seconds} for {@code c}; fails with jinit's log. */
  void await(int seconds, String what, Check c) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (c.ok()) return;
      if (!process.isAlive()) break;
      Thread.sleep(20);
    }
    if (c.ok()) return;
    throw new AssertionError("timed out waiting for " + what + "; results:\n" + output() + "\nlog:\n" + log());
  }

  void awaitResult(String line) throws Exception {
    await(60, "'" + line + "'", () -> output().lines().anyMatch(line::equals));
  }

  /** Waits for jinit to exit and returns its status. */
  int awaitExit(int seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) throw new AssertionError("jinit still runs; log:\n" + log());
    return process.exitValue();
  }

  @Override
  public void close() throws Exception {
    if (!process.isAlive()) return;
    process.destroy(); // SIGTERM: jinit stops its services
    if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }

  /** Whether a process exists and is not a zombie. */
  static boolean running(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return false;
    }
  }
}
