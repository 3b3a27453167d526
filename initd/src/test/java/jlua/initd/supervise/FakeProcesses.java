package jlua.initd.supervise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jlua.initd.config.DaemonSpec;
import jlua.initd.process.ExitStatus;
import jlua.initd.process.LaunchException;
import jlua.initd.process.ProcessControl;
import jlua.initd.process.UnixSignal;

/**
 * A test double of the process layer: spawning makes a pretend process with a fresh pid, signals are
 * recorded, and a process "exits" when the test says so or when it gets a signal it does not ignore.
 * Test code only.
 */
final class FakeProcesses implements ProcessControl {
  record Sent(long pid, UnixSignal signal) {}

  private final AtomicLong nextPid = new AtomicLong(1000);
  /** Spawns of a daemon while a process of the same daemon was still alive. */
  final java.util.concurrent.atomic.AtomicInteger doubleStarts = new java.util.concurrent.atomic.AtomicInteger();
  private final Map<Long, ExitListener> live = new ConcurrentHashMap<>();
  private final Map<Long, String> names = new ConcurrentHashMap<>();
  final List<DaemonSpec> spawned = new ArrayList<>();
  final List<Sent> signals = new ArrayList<>();
  /** Daemons (by name) whose process ignores SIGTERM. */
  final Set<String> ignoreTerm = ConcurrentHashMap.newKeySet();
  /** Daemons (by name) whose process exits (code 1) before spawn even returns. */
  final Set<String> dieAtOnce = ConcurrentHashMap.newKeySet();
  /** Daemons (by name) whose spawn fails. */
  final Set<String> failSpawn = ConcurrentHashMap.newKeySet();

  @Override
  public void becomeReaper(ExitListener orphans) {}

  @Override
  public long spawn(DaemonSpec spec, ExitListener onExit) throws LaunchException {
    if (failSpawn.contains(spec.name())) throw new LaunchException(spec.exec() + ": No such file or directory");
    if (names.entrySet().stream().anyMatch(e -> e.getValue().equals(spec.name()) && live.containsKey(e.getKey()))) {
      doubleStarts.incrementAndGet();
    }
    long pid = nextPid.incrementAndGet();
    synchronized (this) {
      spawned.add(spec);
    }
    names.put(pid, spec.name());
    live.put(pid, onExit);
    if (dieAtOnce.contains(spec.name())) crash(pid, 1);
    return pid;
  }

  @Override
  public boolean kill(long pid, UnixSignal signal) {
    long target = Math.abs(pid);
    synchronized (this) {
      signals.add(new Sent(pid, signal));
    }
    if (!live.containsKey(target)) return false;
    if (signal == UnixSignal.KILL || (signal == UnixSignal.TERM && !ignoreTerm.contains(names.get(target)))) {
      exit(target, ExitStatus.killed(target, signal.name(), false));
    }
    return true;
  }

  /** The process exits by itself. */
  void exit(long pid, ExitStatus status) {
    ExitListener l = live.remove(pid);
    if (l != null) l.exited(status);
  }

  void crash(long pid, int code) {
    exit(pid, ExitStatus.exited(pid, code));
  }

  Set<Long> livePids() {
    return Set.copyOf(live.keySet());
  }

  synchronized int spawnCount(String name) {
    return (int) spawned.stream().filter(s -> s.name().equals(name)).count();
  }

  synchronized List<Sent> signalsSent() {
    return List.copyOf(signals);
  }
}
