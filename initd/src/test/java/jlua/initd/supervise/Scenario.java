package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jlua.api.Args;
import jlua.api.Lua;
import jlua.initd.config.Catalog;
import jlua.initd.config.Service;
import jlua.initd.config.ServiceFiles;
import jlua.initd.process.ProcessControl;

/**
 * A real supervisor over a temporary service directory, with two test helpers in every service file:
 * {@code sleep(seconds)} and {@code note(text)}, which appends "text" to {@link #notes} with the time.
 */
final class Scenario implements AutoCloseable {
  record Note(String text, long nanos) {}

  final Path dir;
  final ProcessControl control;
  final List<Note> notes = new ArrayList<>();
  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  final Supervisor supervisor;

  Scenario(Path dir, ProcessControl control, Policy daemonTimes) {
    this.dir = dir;
    this.control = control;
    this.supervisor = new Supervisor(control, new EventLog(new PrintStream(logged, true, StandardCharsets.UTF_8)),
        new PrintStream(output, true, StandardCharsets.UTF_8), s -> policy(s, daemonTimes));
  }

  private static Policy policy(Service s, Policy times) {
    Policy p = Supervisor.defaultPolicy(s);
    if (times == null || !p.daemon()) return p;
    return p.withTimes(times.restartDelayMillis(), times.maxRestartDelayMillis(), times.quickExitMillis(),
        times.crashLoopExits(), times.stopTimeoutMillis());
  }

  Scenario file(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    return this;
  }

  Catalog load() {
    return ServiceFiles.load(dir, this::helpers);
  }

  private void helpers(Lua lua) {
    lua.register("sleep", a -> {
      try {
        Thread.sleep((long) (a.checkNumber(1) * 1000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Args.NONE;
    });
    lua.register("note", a -> {
      synchronized (notes) {
        notes.add(new Note(a.checkString(1), System.nanoTime()));
      }
      return Args.NONE;
    });
  }

  Scenario boot() throws Exception {
    supervisor.boot(load()).get(5, TimeUnit.SECONDS);
    return this;
  }

  Status status(String name) throws Exception {
    return supervisor.statusOf(name).get(5, TimeUnit.SECONDS);
  }

  /** Waits until the service's status satisfies {@code p}. */
  Status await(String name, Predicate<Status> p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Status s = status(name);
      if (s != null && p.test(s)) return s;
      Thread.sleep(5);
    }
    fail(name + " never got there; now " + status(name) + "\n" + log());
    return null;
  }

  Status awaitState(String name, State state) throws Exception {
    return await(name, s -> s.state() == state);
  }

  String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  String log() {
    return logged.toString(StandardCharsets.UTF_8);
  }

  List<String> noteTexts() {
    synchronized (notes) {
      return notes.stream().map(Note::text).toList();
    }
  }

  long noteNanos(String text) {
    synchronized (notes) {
      return notes.stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow().nanos();
    }
  }

  long lastNoteNanos(String text) {
    synchronized (notes) {
      return notes.stream().filter(n -> n.text().equals(text)).reduce((a, b) -> b).orElseThrow().nanos();
    }
  }

  @Override
  public void close() {
    supervisor.close();
  }
}
