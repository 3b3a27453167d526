package jlua.initd.report;

import java.util.List;
import java.util.Map;
import jlua.initd.supervise.State;

/**
 * The dependency graph in Graphviz DOT: one node per service, filled by state, and an edge from each
 * service to every service it depends on ({@code "web" -> "db"}). Unknown dependencies appear as dashed
 * nodes.
 */
public final class Dot {
  private Dot() {}

  public static String render(Map<String, List<String>> graph, Map<String, State> states) {
    StringBuilder out = new StringBuilder();
    out.append("digraph jinit {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    for (Map.Entry<String, List<String>> e : graph.entrySet()) {
      State s = states.get(e.getKey());
      out.append("  ").append(quote(e.getKey())).append(" [fillcolor=\"").append(color(s))
          .append("\", tooltip=").append(quote(s == null ? "" : s.name())).append("];\n");
    }
    for (Map.Entry<String, List<String>> e : graph.entrySet()) {
      for (String d : e.getValue()) {
        if (!graph.containsKey(d)) out.append("  ").append(quote(d)).append(" [style=dashed, fillcolor=white];\n");
        out.append("  ").append(quote(e.getKey())).append(" -> ").append(quote(d)).append(";\n");
      }
    }
    out.append("}\n");
    return out.toString();
  }

  static String color(State s) {
    if (s == null) return "white";
    return switch (s) {
      case UP -> "palegreen";
      case FAILED -> "salmon";
      case STARTING, WAITING, BACKOFF -> "lightyellow";
      case STOPPING -> "lightblue";
      case DOWN -> "lightgrey";
    };
  }

  /** A DOT double-quoted ID. */
  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
