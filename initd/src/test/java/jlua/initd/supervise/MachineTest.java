package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jlua.initd.config.Restart;
import jlua.initd.process.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state × event table of {@link Machine}, row by row. Each row starts from the fixture status of its
 * state (run 1; a daemon's pid 42, up since t=1000) and applies the fixture event of its column (of run 1);
 * "+"/"-" is whether the service is wanted afterwards.
 */
class MachineTest {
  static final String DAEMON_TABLE = """
      DOWN      Start              WAITING   +  Await
      DOWN      Stop               DOWN      -
      DOWN      DependenciesReady  DOWN      -
      DOWN      DependencyFailed   DOWN      -
      DOWN      Started            DOWN      -
      DOWN      StartFailed        DOWN      -
      DOWN      Exited             DOWN      -
      DOWN      StopDone           DOWN      -
      DOWN      RestartDue         DOWN      -
      DOWN      KillDue            DOWN      -
      WAITING   Start              WAITING   +
      WAITING   Stop               DOWN      -
      WAITING   DependenciesReady  STARTING  +  Launch(2)
      WAITING   DependencyFailed   FAILED    -
      WAITING   Started            WAITING   +
      WAITING   StartFailed        WAITING   +
      WAITING   Exited             WAITING   +
      WAITING   StopDone           WAITING   +
      WAITING   RestartDue         WAITING   +
      WAITING   KillDue            WAITING   +
      STARTING  Start              STARTING  +
      STARTING  Stop               STARTING  -
      STARTING  DependenciesReady  STARTING  +
      STARTING  DependencyFailed   STARTING  +
      STARTING  Started            UP        +
      STARTING  StartFailed        FAILED    -
      STARTING  Exited             STARTING  +
      STARTING  StopDone           STARTING  +
      STARTING  RestartDue         STARTING  +
      STARTING  KillDue            STARTING  +
      UP        Start              UP        +
      UP        Stop               STOPPING  -  Signal(42,TERM) KillTimer(1,10000)
      UP        DependenciesReady  UP        +
      UP        DependencyFailed   UP        +
      UP        Started            UP        +
      UP        StartFailed        UP        +
      UP        Exited             BACKOFF   +  RestartTimer(1,1000)
      UP        StopDone           UP        +
      UP        RestartDue         UP        +
      UP        KillDue            UP        +
      STOPPING  Start              STOPPING  +
      STOPPING  Stop               STOPPING  -
      STOPPING  DependenciesReady  STOPPING  -
      STOPPING  DependencyFailed   STOPPING  -
      STOPPING  Started            STOPPING  -
      STOPPING  StartFailed        STOPPING  -
      STOPPING  Exited             DOWN      -  Sweep(42)
      STOPPING  StopDone           STOPPING  -
      STOPPING  RestartDue         STOPPING  -
      STOPPING  KillDue            STOPPING  -  Signal(-42,KILL)
      BACKOFF   Start              WAITING   +  Await
      BACKOFF   Stop               DOWN      -
      BACKOFF   DependenciesReady  BACKOFF   +
      BACKOFF   DependencyFailed   BACKOFF   +
      BACKOFF   Started            BACKOFF   +
      BACKOFF   StartFailed        BACKOFF   +
      BACKOFF   Exited             BACKOFF   +
      BACKOFF   StopDone           BACKOFF   +
      BACKOFF   RestartDue         WAITING   +  Await
      BACKOFF   KillDue            BACKOFF   +
      FAILED    Start              WAITING   +  Await
      FAILED    Stop               FAILED    -
      FAILED    DependenciesReady  FAILED    -
      FAILED    DependencyFailed   FAILED    -
      FAILED    Started            FAILED    -
      FAILED    StartFailed        FAILED    -
      FAILED    Exited             FAILED    -
      FAILED    StopDone           FAILED    -
      FAILED    RestartDue         FAILED    -
      FAILED    KillDue            FAILED    -
      """;

  /** Where an rc-module (start()/stop() inside jinit, no process) differs from the daemon table. */
  static final String RC_DIFFERENCES = """
      UP        Stop               STOPPING  -  CallStop(1)
      UP        Exited             UP        +
      STOPPING  Exited             STOPPING  -
      STOPPING  StopDone           DOWN      -
      STOPPING  KillDue            STOPPING  -
      """;

  static final Map<String, Event> EVENTS = Map.of(
      "Start", new Event.Start(),
      "Stop", new Event.Stop(),
      "DependenciesReady", new Event.DependenciesReady(),
      "DependencyFailed", new Event.DependencyFailed("dependency db failed"),
      "Started", new Event.Started(1, 43, 2_000),
      "StartFailed", new Event.StartFailed(1, "no such file"),
      "Exited", new Event.Exited(1, ExitStatus.exited(42, 3), 100_000),
      "StopDone", new Event.StopDone(1, null),
      "RestartDue", new Event.RestartDue(1),
      "KillDue", new Event.KillDue(1));

  static Status fixture(State s, boolean daemon) {
    long pid = daemon ? 42 : 0;
    return switch (s) {
      case DOWN -> new Status(State.DOWN, false, 1, 0, 0, 0, 0, null, null);
      case WAITING -> new Status(State.WAITING, true, 1, 0, 0, 0, 0, null, null);
      case STARTING -> new Status(State.STARTING, true, 1, 0, 0, 0, 0, null, null);
      case UP -> new Status(State.UP, true, 1, pid, 1_000, 0, 0, null, null);
      case STOPPING -> new Status(State.STOPPING, false, 1, pid, 1_000, 0, 0, null, null);
      case BACKOFF -> new Status(State.BACKOFF, true, 1, 0, 1_000, 0, 1, null, null);
      case FAILED -> new Status(State.FAILED, false, 1, 0, 0, 0, 0, null, "boom");
    };
  }

  record Row(State from, String event, State to, boolean wanted, String actions) {}

  static Map<String, Row> parse(String table) {
    Map<String, Row> rows = new HashMap<>();
    for (String line : table.strip().split("\n")) {
      String[] w = line.trim().split("\\s+", 5);
      Row r = new Row(State.valueOf(w[0]), w[1], State.valueOf(w[2]), w[3].equals("+"), w.length > 4 ? w[4] : "");
      rows.put(w[0] + " " + w[1], r);
    }
    return rows;
  }

  static Stream<Arguments> rows() {
    Map<String, Row> daemon = parse(DAEMON_TABLE);
    Map<String, Row> rc = new HashMap<>(daemon);
    rc.putAll(parse(RC_DIFFERENCES));
    List<Arguments> all = new ArrayList<>();
    daemon.values().forEach(r -> all.add(Arguments.of(true, r)));
    rc.values().forEach(r -> all.add(Arguments.of(false, r)));
    return all.stream();
  }

  @Test
  void theTableCoversEveryStateAndEvent() {
    Set<String> expected = new HashSet<>();
    for (State s : State.values()) {
      for (Class<?> e : Event.class.getPermittedSubclasses()) expected.add(s + " " + e.getSimpleName());
    }
    assertEquals(expected, parse(DAEMON_TABLE).keySet());
    assertEquals(EVENTS.keySet(), Stream.of(Event.class.getPermittedSubclasses()).map(Class::getSimpleName)
        .collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "{index}: daemon={0} {1}")
  @MethodSource("rows")
  void row(boolean daemon, Row row) {
    Policy p = daemon ? Policy.daemon(Restart.ALWAYS) : Policy.rcModule();
    Event e = EVENTS.get(row.event());
    if (!daemon && e instanceof Event.Started) e = new Event.Started(1, 0, 2_000);
    Machine.Step step = Machine.step(p, fixture(row.from(), daemon), e);
    assertEquals(row.to(), step.status().state(), "state");
    assertEquals(row.wanted(), step.status().wanted(), "wanted");
    assertEquals(row.actions(), render(step.actions()), "actions");
    assertNull(step.status().violation(daemon));
  }

  @ParameterizedTest(name = "{0} of an earlier run changes nothing")
  @MethodSource("staleEvents")
  void outcomesOfAnEarlierRunChangeNothing(String name, Event stale) {
    for (boolean daemon : new boolean[] {true, false}) {
      Policy p = daemon ? Policy.daemon(Restart.ALWAYS) : Policy.rcModule();
      for (State s : State.values()) {
        Machine.Step step = Machine.step(p, fixture(s, daemon), stale);
        assertEquals(fixture(s, daemon), step.status(), s + " " + name);
        assertEquals(List.of(), step.actions());
      }
    }
  }

  static Stream<Arguments> staleEvents() {
    return Stream.of(
        Arguments.of("Started", new Event.Started(0, 7, 5)),
        Arguments.of("StartFailed", new Event.StartFailed(0, "x")),
        Arguments.of("Exited", new Event.Exited(0, ExitStatus.exited(7, 1), 5)),
        Arguments.of("StopDone", new Event.StopDone(0, null)),
        Arguments.of("RestartDue", new Event.RestartDue(0)),
        Arguments.of("KillDue", new Event.KillDue(0)));
  }

  // ---- the restart policy: UP x Exited ------------------------------------------------------------

  private static Machine.Step exit(Restart restart, int quickExitsBefore, ExitStatus exit, long at) {
    Status up = new Status(State.UP, true, 1, 42, 1_000, 0, quickExitsBefore, null, null);
    return Machine.step(Policy.daemon(restart), up, new Event.Exited(1, exit, at));
  }

  @Test
  void quickExitsDoubleTheDelayUntilACrashLoop() {
    long quickly = 1_500; // 0.5 s after the start
    assertEquals("RestartTimer(1,1000)", render(exit(Restart.ALWAYS, 0, ExitStatus.exited(42, 1), quickly).actions()));
    assertEquals("RestartTimer(1,2000)", render(exit(Restart.ALWAYS, 1, ExitStatus.exited(42, 1), quickly).actions()));
    assertEquals("RestartTimer(1,4000)", render(exit(Restart.ALWAYS, 2, ExitStatus.exited(42, 1), quickly).actions()));
    assertEquals("RestartTimer(1,8000)", render(exit(Restart.ALWAYS, 3, ExitStatus.exited(42, 1), quickly).actions()));
    Machine.Step loop = exit(Restart.ALWAYS, 4, ExitStatus.killed(42, "SEGV", true), quickly);
    assertEquals(State.FAILED, loop.status().state());
    assertEquals("crash loop: 5 exits within 10.0 s of start, last signal SEGV (core dumped)", loop.status().reason());
    assertEquals(List.of(), loop.actions());
    Machine.Step late = exit(Restart.ALWAYS, 4, ExitStatus.exited(42, 1), 1_000 + Policy.QUICK_EXIT);
    assertEquals("RestartTimer(1,1000)", render(late.actions()), "a long run resets the count");
    assertEquals(0, late.status().quickExits());
  }

  @Test
  void theDelayIsCapped() {
    Policy p = Policy.daemon(Restart.ALWAYS).withTimes(1_000, 60_000, 10_000, 100, 10_000);
    Status up = new Status(State.UP, true, 1, 42, 1_000, 0, 20, null, null);
    Machine.Step s = Machine.step(p, up, new Event.Exited(1, ExitStatus.exited(42, 1), 1_001));
    assertEquals("RestartTimer(1,60000)", render(s.actions()));
  }

  @Test
  void restartPolicies() {
    ExitStatus ok = ExitStatus.exited(42, 0);
    ExitStatus bad = ExitStatus.exited(42, 3);
    assertEquals(State.BACKOFF, exit(Restart.ALWAYS, 0, ok, 100_000).status().state());
    assertEquals(State.DOWN, exit(Restart.ON_FAILURE, 0, ok, 100_000).status().state());
    assertEquals(State.BACKOFF, exit(Restart.ON_FAILURE, 0, bad, 100_000).status().state());
    assertEquals(State.DOWN, exit(Restart.NEVER, 0, ok, 100_000).status().state());
    Machine.Step never = exit(Restart.NEVER, 0, bad, 100_000);
    assertEquals(State.FAILED, never.status().state());
    assertEquals("exited: exit 3", never.status().reason());
    assertEquals(bad, never.status().lastExit());
  }

  @Test
  void aStopWhileStartingStopsWhatStarted() {
    Status starting = new Status(State.STARTING, false, 1, 0, 0, 0, 0, null, null);
    Machine.Step s = Machine.step(Policy.daemon(Restart.ALWAYS), starting, new Event.Started(1, 43, 2_000));
    assertEquals(State.STOPPING, s.status().state());
    assertEquals("Signal(43,TERM) KillTimer(1,10000)", render(s.actions()));
    Machine.Step rc = Machine.step(Policy.rcModule(), starting, new Event.Started(1, 0, 2_000));
    assertEquals("CallStop(1)", render(rc.actions()));
  }

  @Test
  void aStartWhileStoppingStartsAgainAfterTheStop() {
    Status stopping = new Status(State.STOPPING, true, 1, 42, 1_000, 0, 0, null, null);
    Machine.Step s = Machine.step(Policy.daemon(Restart.ALWAYS), stopping, new Event.Exited(1, ExitStatus.killed(42, "TERM", false), 9_000));
    assertEquals(State.WAITING, s.status().state());
    assertEquals("Sweep(42) Await", render(s.actions()));
    assertEquals(0, s.status().pid());
  }

  @Test
  void aFailedStopIsRemembered() {
    Status stopping = new Status(State.STOPPING, false, 1, 0, 1_000, 0, 0, null, null);
    Machine.Step s = Machine.step(Policy.rcModule(), stopping, new Event.StopDone(1, "x.lua:3: busy"));
    assertEquals(State.DOWN, s.status().state());
    assertEquals("stop() failed: x.lua:3: busy", s.status().reason());
  }

  static String render(List<Action> actions) {
    List<String> out = new ArrayList<>();
    for (Action a : actions) {
      if (a instanceof Action.AwaitDependencies) out.add("Await");
      else if (a instanceof Action.Launch l) out.add("Launch(" + l.run() + ")");
      else if (a instanceof Action.CallStop c) out.add("CallStop(" + c.run() + ")");
      else if (a instanceof Action.Signal s) out.add("Signal(" + s.pid() + "," + s.signal() + ")");
      else if (a instanceof Action.Sweep w) out.add("Sweep(" + w.group() + ")");
      else if (a instanceof Action.ArmKillTimer k) out.add("KillTimer(" + k.run() + "," + k.delayMillis() + ")");
      else if (a instanceof Action.ArmRestartTimer r) out.add("RestartTimer(" + r.run() + "," + r.delayMillis() + ")");
    }
    return String.join(" ", out);
  }

  @Test
  void everyStateHasAFixtureThatHoldsTheInvariants() {
    Map<State, Status> fixtures = new EnumMap<>(State.class);
    for (State s : State.values()) {
      fixtures.put(s, fixture(s, true));
      assertNull(fixture(s, true).violation(true), s.name());
      assertNull(fixture(s, false).violation(false), s.name());
    }
    assertEquals(State.values().length, fixtures.size());
  }
}
