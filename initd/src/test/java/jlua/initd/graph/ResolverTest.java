package jlua.initd.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResolverTest {
  @Test
  void levelsFollowTheLongestDependencyChain() {
    Resolution r = Resolver.resolve(Map.of(
        "syslog", List.of("iptables", "ntpd"),
        "iptables", List.of(),
        "ntpd", List.of("network"),
        "network", List.of(),
        "web", List.of("syslog")), Set.of());
    assertEquals(List.of(List.of("iptables", "network"), List.of("ntpd"), List.of("syslog"), List.of("web")),
        r.levels());
    assertEquals(List.of(), r.errors());
    assertEquals("""
        level 1: iptables network
        level 2: ntpd
        level 3: syslog
        level 4: web
        """, PlanText.render(r));
  }

  @Test
  void unknownDependenciesAreNamedAndBlockTheirDependents() {
    Resolution r = Resolver.resolve(Map.of(
        "web", List.of("db", "cache"),
        "db", List.of("disk"),
        "api", List.of("web"),
        "cache", List.of()), Set.of());
    assertEquals(List.of("db: unknown dependency 'disk'"), r.errors());
    assertEquals(Map.of("db", "unknown dependency 'disk'", "web", "dependency db cannot start",
        "api", "dependency web cannot start"), r.blocked());
    assertEquals(List.of(List.of("cache")), r.levels());
  }

  @Test
  void cyclesAreNamedByTheirEdges() {
    Resolution r = Resolver.resolve(Map.of(
        "a", List.of("b"),
        "b", List.of("c"),
        "c", List.of("a"),
        "d", List.of("a"),
        "self", List.of("self"),
        "ok", List.of()), Set.of());
    assertEquals(List.of("cycle: a -> b -> c -> a", "cycle: self -> self"), r.errors());
    assertEquals("cycle: a -> b -> c -> a", r.blocked().get("b"));
    assertEquals("dependency a cannot start", r.blocked().get("d"));
    assertEquals(List.of(List.of("ok")), r.levels());
    assertEquals("""
        level 1: ok
        Not started a (cycle: a -> b -> c -> a)
        Not started b (cycle: a -> b -> c -> a)
        Not started c (cycle: a -> b -> c -> a)
        Not started d (dependency a cannot start)
        Not started self (cycle: self -> self)
        """, PlanText.render(r));
  }

  @Test
  void stoppedServicesAreNotRunningAndTheirDependentsNotStarted() {
    Resolution r = Resolver.resolve(Map.of("db", List.of(), "web", List.of("db"), "cron", List.of()), Set.of("db"));
    assertEquals(List.of("db"), r.notRunning());
    assertEquals(Map.of("web", "dependency db is not running"), r.blocked());
    assertEquals(List.of(), r.errors());
    assertEquals("level 1: cron\nNot running db\nNot started web (dependency db is not running)\n", PlanText.render(r));
  }

  @Test
  void closureFollowsDependencies() {
    Map<String, List<String>> g = Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of(), "x", List.of("a"));
    assertEquals(Set.of("a", "b", "c"), Resolver.closure(g, List.of("a")));
  }
}
