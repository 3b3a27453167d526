package jlua.initd.supervise;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import jlua.initd.config.Catalog;
import jlua.initd.config.DaemonSpec;
import jlua.initd.config.Service;
import jlua.initd.config.ServiceFile;
import jlua.initd.graph.Resolution;
import jlua.initd.graph.Resolver;
import jlua.initd.process.ExitStatus;
import jlua.initd.process.LaunchException;
import jlua.initd.process.ProcessControl;
import jlua.initd.process.UnixSignal;
import jlua.initd.report.Dot;
import jlua.initd.report.StatusTable;
import jlua.initd.report.Timeline;

/**
 * The supervisor: one loop thread owns every service's {@link Status} and changes it only through
 * {@link Machine#step}; everything that blocks (start()/stop() of rc-modules, spawning) runs on worker
 * threads and comes back as an {@link Event} in the loop's inbox, as do timers and process exits. A service
 * starts the moment its dependencies are up; independent services start concurrently. Stops go in reverse
 * dependency order: a service is stopped once none of its dependents is running.
 */
public final class Supervisor implements AutoCloseable {
  private static final Runnable QUIT = () -> { };

  private final ProcessControl control;
  private final EventLog log;
  private final PrintStream results;
  private final Function<Service, Policy> policies;
  private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
  private final ExecutorService workers = Executors.newCachedThreadPool(named("jinit-worker"));
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(named("jinit-timer"));
  private final Map<String, Unit> units = new TreeMap<>();
  private final List<StopBatch> stopBatches = new ArrayList<>();
  private final List<CompletableFuture<Reply>> shutdownReplies = new ArrayList<>();
  private final long origin = System.nanoTime();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final Thread loop;
  private boolean shuttingDown;

  /**
   * @param results where boot prints "NAME OK", "NAME FAILED (reason)" and "Not running NAME"
   * @param policies how each service is supervised (see {@link #defaultPolicy})
   */
  public Supervisor(ProcessControl control, EventLog log, PrintStream results, Function<Service, Policy> policies) {
    this.control = control;
    this.log = log;
    this.results = results;
    this.policies = policies;
    this.loop = new Thread(this::run, "jinit-supervisor");
    loop.setDaemon(true);
    loop.start();
  }

  public static Policy defaultPolicy(Service s) {
    return s instanceof Service.Daemon d ? Policy.daemon(d.spec().restart()) : Policy.rcModule();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Milliseconds since this supervisor was created (monotonic). */
  long now() {
    return (System.nanoTime() - origin) / 1_000_000;
  }

  private void run() {
    while (true) {
      Runnable r;
      try {
        r = inbox.take();
      } catch (InterruptedException e) {
        return;
      }
      if (r == QUIT) return;
      try {
        r.run();
      } catch (RuntimeException | Error e) {
        log.line("internal error: " + e);
        e.printStackTrace();
      }
    }
  }

  private void post(Runnable r) {
    inbox.add(r);
  }

  /** Delivers an event to a unit on the loop, unless the unit has been replaced or forgotten meanwhile. */
  private void post(Unit u, Event e) {
    inbox.add(() -> {
      if (units.get(u.name) == u) deliver(u, e);
    });
  }

  private <T> CompletableFuture<T> onLoop(Consumer<CompletableFuture<T>> body) {
    CompletableFuture<T> f = new CompletableFuture<>();
    post(() -> {
      try {
        body.accept(f);
      } catch (RuntimeException e) {
        f.completeExceptionally(e);
        throw e;
      }
    });
    return f;
  }

  // ---- the one way a status changes -----------------------------------------------------------------

  private void deliver(Unit u, Event e) {
    Status before = u.status;
    Machine.Step step = Machine.step(u.policy, before, e);
    Status after = step.status();
    u.status = after;
    if (before.state() != after.state()) log.service(u.name, describeChange(before, after));
    for (Action a : step.actions()) perform(u, a);
    if (before.state() != after.state() || before.wanted() != after.wanted()) changed(u);
  }

  private static String describeChange(Status before, Status after) {
    StringBuilder m = new StringBuilder(before.state() + " -> " + after.state());
    if (after.pid() != 0 && after.pid() != before.pid()) m.append(" (pid ").append(after.pid()).append(')');
    if (after.lastExit() != null && after.lastExit() != before.lastExit()) {
      m.append(" (pid ").append(after.lastExit().pid()).append(' ').append(after.lastExit().describe()).append(')');
    }
    if (after.state() == State.FAILED && after.reason() != null) m.append(": ").append(after.reason());
    if (after.state() == State.DOWN && after.reason() != null && !after.reason().equals(before.reason())) {
      m.append(": ").append(after.reason());
    }
    return m.toString();
  }

  private void perform(Unit u, Action a) {
    if (a instanceof Action.AwaitDependencies) {
      post(() -> {
        if (units.get(u.name) == u) checkDependencies(u);
      });
    } else if (a instanceof Action.Launch l) {
      launch(u, l.run());
    } else if (a instanceof Action.CallStop c) {
      Service.RcModule m = (Service.RcModule) u.service;
      workers.execute(() -> post(u, new Event.StopDone(c.run(), m.source().stop(m.module()))));
    } else if (a instanceof Action.Signal s) {
      boolean sent = control.kill(s.pid(), s.signal());
      log.service(u.name, "SIG" + s.signal() + " to " + (s.pid() < 0 ? "process group " + -s.pid() : "pid " + s.pid())
          + (sent ? "" : " (no such process)"));
    } else if (a instanceof Action.Sweep w) {
      if (control.kill(-w.group(), UnixSignal.KILL)) {
        log.service(u.name, "SIGKILL to what pid " + w.group() + " left in its process group");
      }
    } else if (a instanceof Action.ArmKillTimer k) {
      timers.schedule(() -> post(u, new Event.KillDue(k.run())), k.delayMillis(), TimeUnit.MILLISECONDS);
    } else if (a instanceof Action.ArmRestartTimer r) {
      log.service(u.name, "restart in " + r.delayMillis() / 1000.0 + " s");
      timers.schedule(() -> post(u, new Event.RestartDue(r.run())), r.delayMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void launch(Unit u, int run) {
    if (u.startedAt < 0) u.startedAt = now();
    Service s = u.service;
    if (s instanceof Service.RcModule m) {
      workers.execute(() -> {
        ServiceFile.Outcome o = m.source().start(m.module());
        post(u, o.up() ? new Event.Started(run, 0, now()) : new Event.StartFailed(run, o.reason()));
      });
    } else if (s instanceof Service.Daemon d) {
      DaemonSpec spec = d.spec();
      workers.execute(() -> spawn(u, run, spec));
    }
  }

  private void spawn(Unit u, int run, DaemonSpec spec) {
    LaunchReport report = new LaunchReport(u, run);
    try {
      report.started(control.spawn(spec, report::exited));
    } catch (LaunchException e) {
      post(u, new Event.StartFailed(run, e.getMessage()));
    } catch (RuntimeException e) {
      post(u, new Event.StartFailed(run, "internal error: " + e));
    }
  }

  /** Keeps Started before Exited for one run, whichever thread learns first. */
  private final class LaunchReport {
    private final Unit unit;
    private final int run;
    private boolean startedPosted;
    private ExitStatus earlyExit;
    private long earlyExitAt;

    LaunchReport(Unit unit, int run) {
      this.unit = unit;
      this.run = run;
    }

    synchronized void started(long pid) {
      post(unit, new Event.Started(run, pid, now()));
      startedPosted = true;
      if (earlyExit != null) post(unit, new Event.Exited(run, earlyExit, earlyExitAt));
    }

    synchronized void exited(ExitStatus status) {
      if (startedPosted) {
        post(unit, new Event.Exited(run, status, now()));
      } else {
        earlyExit = status;
        earlyExitAt = now();
      }
    }
  }

  private void checkDependencies(Unit u) {
    if (u.status.state() != State.WAITING) return;
    if (u.broken != null) {
      deliver(u, new Event.DependencyFailed(u.broken));
      return;
    }
    boolean waiting = false;
    for (String name : u.depends()) {
      Unit d = units.get(name);
      String why = null;
      if (d == null || d.removed) {
        why = "unknown dependency '" + name + "'";
      } else if (d.status.state() == State.FAILED) {
        why = "not started: dependency " + name + " failed";
      } else if (d.status.state() == State.DOWN) {
        why = "not started: dependency " + name + " is not running";
      }
      if (why != null) {
        deliver(u, new Event.DependencyFailed(why));
        return;
      }
      if (d.status.state() != State.UP) waiting = true;
    }
    if (!waiting) deliver(u, new Event.DependenciesReady());
  }

  /** After a unit's state changed: boot report, timeline, watchers, waiting dependents, reloads, stops. */
  private void changed(Unit u) {
    Status s = u.status;
    State state = s.state();
    if (state == State.UP && u.upAt < 0) u.upAt = now();
    if (state == State.FAILED && u.upAt < 0 && u.failedAt < 0) u.failedAt = now();
    if (u.reportOutcome) {
      if (state == State.UP) {
        result(u.name + " OK");
        u.reportOutcome = false;
      } else if (state == State.FAILED) {
        result(u.name + " FAILED (" + s.reason() + ")");
        u.reportOutcome = false;
      } else if (state == State.DOWN) {
        u.reportOutcome = false;
      }
    }
    for (Iterator<Unit.Watcher> it = u.watchers.iterator(); it.hasNext(); ) {
      Unit.Watcher w = it.next();
      if (w.done().test(s)) {
        it.remove();
        w.then().accept(s);
      }
    }
    for (Unit v : units.values()) {
      if (v.status.state() == State.WAITING && v.depends().contains(u.name)) {
        post(() -> {
          if (units.get(v.name) == v) checkDependencies(v);
        });
      }
    }
    if (state.settled()) settleReload(u);
    post(this::advanceStops);
  }

  private void result(String line) {
    synchronized (results) {
      results.println(line);
      results.flush();
    }
  }

  private void watch(Unit u, Predicate<Status> done, Consumer<Status> then) {
    if (done.test(u.status)) {
      then.accept(u.status);
    } else {
      u.watchers.add(new Unit.Watcher(done, then));
    }
  }

  // ---- starting and stopping groups of services -------------------------------------------------------

  private Map<String, List<String>> graph() {
    Map<String, List<String>> g = new HashMap<>();
    units.forEach((name, u) -> g.put(name, u.depends()));
    return g;
  }

  private Resolution resolve(Collection<Service> services) {
    Map<String, List<String>> g = new HashMap<>();
    Set<String> disabled = new TreeSet<>();
    for (Service s : services) {
      g.put(s.name(), s.depends());
      if (!s.enabled()) disabled.add(s.name());
    }
    return Resolver.resolve(g, disabled);
  }

  /** Wants u and everything it depends on up. */
  private void startWithDependencies(Unit u) {
    for (String name : Resolver.closure(graph(), List.of(u.name))) {
      Unit d = units.get(name);
      if (d != null) deliver(d, new Event.Start());
    }
  }

  /** A group of services being stopped in reverse dependency order. */
  private static final class StopBatch {
    final Set<Unit> members = new LinkedHashSet<>();
    final Set<Unit> sent = new LinkedHashSet<>();
    final Set<Unit> wereRunning = new LinkedHashSet<>();
    final List<String> stopped = new ArrayList<>();
    final Consumer<StopBatch> then;

    StopBatch(Consumer<StopBatch> then) {
      this.then = then;
    }
  }

  /** Stops the targets and everything that depends on them, dependents first; then runs {@code then}. */
  private void stopWithDependents(Collection<Unit> targets, Consumer<StopBatch> then) {
    StopBatch b = new StopBatch(then);
    List<Unit> work = new ArrayList<>(targets);
    while (!work.isEmpty()) {
      Unit u = work.remove(work.size() - 1);
      if (!b.members.add(u)) continue;
      if (!u.status.state().settled()) b.wereRunning.add(u);
      for (Unit v : units.values()) {
        if (v.depends().contains(u.name)) work.add(v);
      }
    }
    stopBatches.add(b);
    advanceStops();
  }

  private void advanceStops() {
    for (StopBatch b : new ArrayList<>(stopBatches)) {
      for (Unit u : new ArrayList<>(b.members)) {
        if (u.status.state().settled()) {
          b.members.remove(u);
          if (b.wereRunning.contains(u)) b.stopped.add(u.name);
        } else if (b.sent.contains(u) && u.status.wanted() && u.status.state() != State.STOPPING) {
          b.members.remove(u); // started again by a later command: that command wins
        }
      }
      for (Unit u : new ArrayList<>(b.members)) {
        if (b.sent.contains(u)) continue;
        boolean dependentsDown = b.members.stream()
            .noneMatch(v -> v != u && v.depends().contains(u.name) && !v.status.state().settled());
        if (dependentsDown) {
          b.sent.add(u);
          deliver(u, new Event.Stop());
        }
      }
      if (b.members.isEmpty() && stopBatches.remove(b)) b.then.accept(b);
    }
  }

  // ---- reload bookkeeping -------------------------------------------------------------------------------

  private void settleReload(Unit u) {
    if (u.removed) {
      units.remove(u.name);
      log.service(u.name, "removed");
      return;
    }
    if (u.replacement != null) {
      u.service = u.replacement;
      u.policy = policies.apply(u.service);
      u.replacement = null;
      boolean start = u.startAfterReplacement;
      u.startAfterReplacement = false;
      log.service(u.name, "definition replaced");
      if (start && !shuttingDown) deliver(u, new Event.Start());
    }
  }

  // ---- commands ----------------------------------------------------------------------------------------

  /** Makes this process the reaper of orphans, if the process layer can. */
  public void becomeReaper() {
    try {
      control.becomeReaper(status -> log.line("reaped orphan pid " + status.pid() + " (" + status.describe() + ")"));
    } catch (LaunchException e) {
      log.line(e.getMessage());
    }
  }

  /** Starts every enabled service of the catalog; results are printed as they arrive. */
  public CompletableFuture<Void> boot(Catalog catalog) {
    return onLoop(f -> {
      if (shuttingDown) { // a SIGTERM arrived before the services were even read
        f.complete(null);
        return;
      }
      Resolution r = resolve(catalog.services());
      for (Service s : catalog.services()) {
        Unit u = new Unit(s.name(), s, policies.apply(s));
        u.broken = r.broken().get(s.name());
        units.put(s.name(), u);
      }
      for (String name : r.notRunning()) result("Not running " + name);
      for (Unit u : new ArrayList<>(units.values())) {
        if (!u.service.enabled()) continue;
        u.reportOutcome = true;
        deliver(u, new Event.Start());
      }
      f.complete(null);
    });
  }

  public CompletableFuture<Reply> start(String name) {
    return onUnit(name, true, (u, f) -> {
      startWithDependencies(u);
      watch(u, s -> s.state() == State.UP || s.state().settled(), s -> f.complete(outcome(u.name, s)));
    });
  }

  /**
   * Runs a command on the loop with the named service; replies "no such service" instead when there is
   * none, and "shutting down" when the command would start something during a shutdown.
   */
  private CompletableFuture<Reply> onUnit(
      String name, boolean starts, BiConsumer<Unit, CompletableFuture<Reply>> command) {
    return onLoop(f -> {
      Unit u = units.get(name);
      if (u == null) f.complete(Reply.failure("jinit: no such service: " + name + "\n"));
      else if (starts && shuttingDown) f.complete(Reply.failure("jinit: shutting down\n"));
      else command.accept(u, f);
    });
  }

  private static Reply outcome(String name, Status s) {
    if (s.state() == State.UP) return Reply.ok(name + " OK\n");
    if (s.state() == State.FAILED) return new Reply(1, name + " FAILED (" + s.reason() + ")\n", "");
    return new Reply(1, name + " FAILED (stopped before it came up)\n", "");
  }

  public CompletableFuture<Reply> stop(String name) {
    return onUnit(name, false, (u, f) -> {
      stopWithDependents(List.of(u), b -> {
        StringBuilder out = new StringBuilder();
        for (String s : b.stopped) out.append(s).append(" stopped\n");
        if (!b.stopped.contains(name)) out.append(name).append(" was not running\n");
        f.complete(Reply.ok(out.toString()));
      });
    });
  }

  public CompletableFuture<Reply> restart(String name) {
    return onUnit(name, true, (u, f) -> {
      State state = u.status.state();
      if (state != State.UP && state != State.STOPPING) {
        startWithDependencies(u);
        watch(u, s -> s.state() == State.UP || s.state().settled(), s -> f.complete(outcome(u.name, s)));
        return;
      }
      int run = u.status.run();
      deliver(u, new Event.Stop());
      deliver(u, new Event.Start());
      watch(u, s -> (s.run() > run && s.state() == State.UP) || s.state().settled(), s -> f.complete(outcome(u.name, s)));
    });
  }

  /** Applies a re-read service directory: new services start, removed ones stop, changed ones restart. */
  public CompletableFuture<Reply> reload(Catalog catalog) {
    return onLoop(f -> {
      Resolution r = resolve(catalog.services());
      Map<String, Service> fresh = catalog.byName();
      StringBuilder out = new StringBuilder();
      List<Unit> toStop = new ArrayList<>();
      List<Unit> toStart = new ArrayList<>();
      for (Unit u : new ArrayList<>(units.values())) {
        if (!fresh.containsKey(u.name) && catalog.brokenFiles().contains(u.service.file())) {
          out.append("kept ").append(u.name).append(" (").append(u.service.file()).append(" has errors)\n");
        } else if (!fresh.containsKey(u.name) && !u.removed) {
          u.removed = true;
          out.append("removed ").append(u.name).append('\n');
          toStop.add(u);
        }
      }
      for (Service s : catalog.services()) {
        Unit u = units.get(s.name());
        if (u == null) {
          u = new Unit(s.name(), s, policies.apply(s));
          units.put(s.name(), u);
          out.append("added ").append(s.name()).append('\n');
          if (s.enabled()) toStart.add(u);
        } else if (u.removed || !u.service.sameDefinition(s)) {
          u.removed = false;
          out.append("changed ").append(s.name()).append('\n');
          if (u.status.state().settled()) {
            u.service = s;
            u.policy = policies.apply(s);
            if (s.enabled()) toStart.add(u);
          } else {
            u.replacement = s;
            u.startAfterReplacement = s.enabled();
            deliver(u, new Event.Stop());
          }
        }
        u.broken = r.broken().get(s.name());
      }
      if (!toStop.isEmpty()) stopWithDependents(toStop, b -> { });
      if (!shuttingDown) toStart.forEach(u -> deliver(u, new Event.Start()));
      for (Unit u : toStop) {
        if (u.status.state().settled() && units.get(u.name) == u) settleReload(u);
      }
      if (out.length() == 0) out.append("no changes\n");
      StringBuilder err = new StringBuilder();
      for (String e : catalog.errors()) err.append("jinit: ").append(e).append('\n');
      for (String e : r.errors()) err.append("jinit: ").append(e).append('\n');
      log.line("reload: " + out.toString().strip().replace('\n', ','));
      f.complete(new Reply(err.length() == 0 ? 0 : 1, out.toString(), err.toString()));
    });
  }

  /** Stops everything, dependents first; the reply comes when all services are down. */
  public CompletableFuture<Reply> shutdown() {
    return onLoop(f -> {
      shutdownReplies.add(f);
      if (shuttingDown) return;
      shuttingDown = true;
      log.line("shutting down");
      stopWithDependents(new ArrayList<>(units.values()), b -> {
        log.line("all services stopped");
        for (CompletableFuture<Reply> r : shutdownReplies) r.complete(Reply.ok("jinit: all services stopped\n"));
        terminated.countDown();
      });
    });
  }

  /** Blocks until a shutdown has stopped every service. */
  public void awaitTermination() throws InterruptedException {
    terminated.await();
  }

  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return terminated.await(timeout, unit);
  }

  /** The status table of all services, or of one (exit 0 when it is up, 1 when not). */
  public CompletableFuture<Reply> status(String name) {
    return onLoop(f -> {
      if (name != null && !units.containsKey(name)) {
        f.complete(Reply.failure("jinit: no such service: " + name + "\n"));
        return;
      }
      List<StatusTable.Row> rows = new ArrayList<>();
      for (Unit u : units.values()) {
        if (name == null || u.name.equals(name)) rows.add(row(u));
      }
      String text = StatusTable.render(rows);
      int code = name == null || units.get(name).status.state() == State.UP ? 0 : 1;
      f.complete(new Reply(code, text, ""));
    });
  }

  private StatusTable.Row row(Unit u) {
    Status s = u.status;
    String reason = s.reason();
    if (s.state() == State.DOWN && !u.service.enabled() && s.run() == 0) reason = "Not running (status = \"stop\")";
    if (reason == null && u.broken != null) reason = u.broken;
    long uptime = s.state() == State.UP ? now() - s.upSince() : -1;
    return new StatusTable.Row(u.name, s.state(), s.pid(), uptime, s.restarts(), s.lastExit(), reason);
  }

  /** A snapshot of one service's status (tests, plot). */
  public CompletableFuture<Status> statusOf(String name) {
    return onLoop(f -> f.complete(units.containsKey(name) ? units.get(name).status : null));
  }

  /** The dependency graph in Graphviz DOT, nodes coloured by state. */
  public CompletableFuture<Reply> dot() {
    return onLoop(f -> {
      Map<String, List<String>> g = new TreeMap<>();
      Map<String, State> states = new TreeMap<>();
      units.forEach((n, u) -> {
        g.put(n, u.depends());
        states.put(n, u.status.state());
      });
      f.complete(Reply.ok(Dot.render(g, states)));
    });
  }

  /** The boot timeline as SVG: a bar per service from its first start to up (or failure). */
  public CompletableFuture<Reply> plot() {
    return onLoop(f -> {
      List<Timeline.Bar> bars = new ArrayList<>();
      for (Unit u : units.values()) {
        bars.add(new Timeline.Bar(u.name, u.startedAt, u.upAt >= 0 ? u.upAt : u.failedAt, u.upAt >= 0, u.status.state()));
      }
      f.complete(Reply.ok(Timeline.svg(bars)));
    });
  }

  /** Boot timeline stamps of one service: {first start, up or failed} in ms since the supervisor started. */
  public CompletableFuture<long[]> timelineOf(String name) {
    return onLoop(f -> {
      Unit u = units.get(name);
      f.complete(u == null ? null : new long[] {u.startedAt, u.upAt >= 0 ? u.upAt : u.failedAt});
    });
  }

  @Override
  public void close() {
    inbox.add(QUIT);
    workers.shutdownNow();
    timers.shutdownNow();
  }
}
