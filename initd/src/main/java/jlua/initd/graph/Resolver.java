package jlua.initd.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hard dependencies between services: finds unknown names and cycles (each cycle named by real edges,
 * {@code cycle: a -> b -> c -> a}), decides which services cannot start and why, and orders the rest into
 * parallel levels. Deterministic: names are visited in sorted order.
 */
public final class Resolver {
  private final Map<String, List<String>> graph;
  private final Set<String> disabled;
  private final List<String> errors = new ArrayList<>();
  private final Map<String, String> blocked = new TreeMap<>();

  private Resolver(Map<String, ? extends Collection<String>> graph, Set<String> disabled) {
    this.graph = new TreeMap<>();
    graph.forEach((k, v) -> this.graph.put(k, List.copyOf(new LinkedHashSet<>(v))));
    this.disabled = disabled;
  }

  /**
   * @param graph every service name mapped to the names it depends on
   * @param disabled services defined with {@code status = "stop"}
   */
  public static Resolution resolve(Map<String, ? extends Collection<String>> graph, Set<String> disabled) {
    return new Resolver(graph, disabled).run();
  }

  /** The named services and everything they depend on, transitively (unknown names are left out). */
  public static Set<String> closure(Map<String, ? extends Collection<String>> graph, Collection<String> names) {
    Set<String> seen = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>(names);
    while (!work.isEmpty()) {
      String n = work.pop();
      if (!graph.containsKey(n) || !seen.add(n)) continue;
      work.addAll(graph.get(n));
    }
    return seen;
  }

  private Resolution run() {
    findUnknown();
    findCycles();
    Map<String, String> broken = new TreeMap<>(blocked);
    Map<String, String> reasons = new HashMap<>(blocked);
    for (String s : graph.keySet()) reasonOf(s, reasons, new HashSet<>());
    Map<String, Integer> level = new HashMap<>();
    List<List<String>> levels = new ArrayList<>();
    List<String> notRunning = new ArrayList<>();
    for (String s : graph.keySet()) {
      if (disabled.contains(s)) {
        notRunning.add(s);
      } else if (reasons.get(s) == null) {
        int l = levelOf(s, level);
        while (levels.size() < l) levels.add(new ArrayList<>());
        levels.get(l - 1).add(s);
      } else {
        blocked.putIfAbsent(s, reasons.get(s));
      }
    }
    return new Resolution(levels, errors, blocked, broken, notRunning);
  }

  private void findUnknown() {
    graph.forEach((s, deps) -> {
      for (String d : deps) {
        if (!graph.containsKey(d)) {
          errors.add(s + ": unknown dependency '" + d + "'");
          blocked.putIfAbsent(s, "unknown dependency '" + d + "'");
        }
      }
    });
  }

  private List<String> known(String s) {
    return graph.get(s).stream().filter(graph::containsKey).sorted().toList();
  }

  /** Tarjan's strongly connected components; each one with a cycle is reported by its shortest cycle. */
  private void findCycles() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    int[] counter = {0};
    List<List<String>> components = new ArrayList<>();
    for (String s : graph.keySet()) {
      if (!index.containsKey(s)) strongConnect(s, index, low, stack, onStack, counter, components);
    }
    components.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    for (List<String> c : components) {
      String start = c.get(0);
      if (c.size() == 1 && !known(start).contains(start)) continue;
      String cycle = "cycle: " + String.join(" -> ", shortestCycle(start, new HashSet<>(c)));
      errors.add(cycle);
      for (String s : c) blocked.put(s, cycle);
    }
  }

  // iterative enough for service graphs: recursion depth is bounded by the longest dependency chain
  private void strongConnect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                             Set<String> onStack, int[] counter, List<List<String>> components) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : known(v)) {
      if (!index.containsKey(w)) {
        strongConnect(w, index, low, stack, onStack, counter, components);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      component.sort(null);
      components.add(component);
    }
  }

  /** Breadth-first from start back to start inside its component: start, ..., start. */
  private List<String> shortestCycle(String start, Set<String> component) {
    Map<String, String> parent = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (String w : known(v)) {
        if (!component.contains(w)) continue;
        if (w.equals(start)) {
          List<String> path = new ArrayList<>();
          for (String x = v; x != null; x = parent.get(x)) path.add(0, x);
          path.add(start);
          return path;
        }
        if (!parent.containsKey(w) && !w.equals(start)) {
          parent.put(w, v);
          queue.add(w);
        }
      }
    }
    throw new IllegalStateException("no cycle through " + start);
  }

  /** Why s cannot start (null when it can): its own error, or the first dependency that cannot run. */
  private String reasonOf(String s, Map<String, String> reasons, Set<String> visiting) {
    if (reasons.containsKey(s)) return reasons.get(s);
    if (!visiting.add(s)) return null; // only cycle members recurse into themselves, and they are blocked
    String reason = null;
    for (String d : known(s)) {
      if (disabled.contains(d)) {
        reason = "dependency " + d + " is not running";
      } else if (reasonOf(d, reasons, visiting) != null) {
        reason = "dependency " + d + " cannot start";
      }
      if (reason != null) break;
    }
    reasons.put(s, reason);
    return reason;
  }

  private int levelOf(String s, Map<String, Integer> level) {
    Integer known = level.get(s);
    if (known != null) return known;
    int l = 1;
    for (String d : known(s)) l = Math.max(l, levelOf(d, level) + 1);
    level.put(s, l);
    return l;
  }
}
