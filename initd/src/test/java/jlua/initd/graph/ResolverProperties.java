package jlua.initd.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResolverProperties {
  /** A random graph: n services s0..s(n-1) with random edges given as index pairs. */
  record Graph(int n, List<int[]> edges) {
    Map<String, List<String>> asMap(boolean forwardOnly) {
      Map<String, List<String>> g = new HashMap<>();
      for (int i = 0; i < n; i++) g.put("s" + i, new ArrayList<>());
      for (int[] e : edges) {
        if (forwardOnly && e[0] <= e[1]) continue; // keep i -> j only for j < i: acyclic
        g.get("s" + e[0]).add("s" + e[1]);
      }
      return g;
    }
  }

  @Provide
  Arbitrary<Graph> graphs() {
    return Arbitraries.integers().between(1, 25).flatMap(n -> {
      Arbitrary<int[]> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
          Arbitraries.integers().between(0, n - 1)).as((a, b) -> new int[] {a, b});
      return edge.list().ofMaxSize(n * 3).map(edges -> new Graph(n, edges));
    });
  }

  @Property
  void everyServiceOfADagComesAfterAllItsDependencies(@ForAll("graphs") Graph graph) {
    Map<String, List<String>> g = graph.asMap(true);
    Resolution r = Resolver.resolve(g, Set.of());
    assertEquals(List.of(), r.errors());
    Set<String> seen = new HashSet<>();
    for (List<String> level : r.levels()) {
      assertFalse(level.isEmpty());
      for (String s : level) {
        assertTrue(seen.containsAll(g.get(s)), s + " before one of " + g.get(s));
      }
      seen.addAll(level); // same-level services never depend on each other
    }
    assertEquals(g.keySet(), seen);
  }

  @Property
  void aCycleIsReportedWithRealEdges(@ForAll("graphs") Graph graph, @ForAll("cycleLengths") int length) {
    Map<String, List<String>> g = graph.asMap(false);
    int k = Math.min(length, graph.n());
    for (int i = 0; i < k; i++) g.get("s" + i).add("s" + ((i + 1) % k)); // make sure at least one cycle exists
    Resolution r = Resolver.resolve(g, Set.of());
    List<String> cycles = r.errors().stream().filter(e -> e.startsWith("cycle: ")).toList();
    assertFalse(cycles.isEmpty());
    for (String c : cycles) {
      String[] path = c.substring("cycle: ".length()).split(" -> ");
      assertTrue(path.length >= 2);
      assertEquals(path[0], path[path.length - 1]);
      assertEquals(path.length - 1, new HashSet<>(List.of(path).subList(0, path.length - 1)).size(), "a simple cycle: " + c);
      for (int i = 0; i + 1 < path.length; i++) {
        assertTrue(g.get(path[i]).contains(path[i + 1]), "no edge " + path[i] + " -> " + path[i + 1] + " in " + c);
      }
      for (String s : path) assertEquals(0, r.levelOf(s), s + " is on a cycle yet planned");
    }
    // whatever is planned still respects its dependencies
    Set<String> seen = new HashSet<>();
    for (List<String> level : r.levels()) {
      for (String s : level) assertTrue(seen.containsAll(g.get(s)));
      seen.addAll(level);
    }
  }

  @Provide
  Arbitrary<Integer> cycleLengths() {
    return Arbitraries.integers().between(1, 6);
  }
}
