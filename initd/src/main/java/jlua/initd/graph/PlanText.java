package jlua.initd.graph;

import java.util.List;

/**
 * The text {@code jinit plan} prints, one line per entry, stable for scripts:
 * <pre>
 * level 1: iptables ntpd        services that may start at once, names sorted
 * level 2: syslog               each one after everything it depends on (on earlier levels)
 * Not running db                status = "stop"
 * Not started web (dependency db is not running)
 * </pre>
 */
public final class PlanText {
  private PlanText() {}

  public static String render(Resolution r) {
    StringBuilder out = new StringBuilder();
    List<List<String>> levels = r.levels();
    for (int i = 0; i < levels.size(); i++) {
      out.append("level ").append(i + 1).append(": ").append(String.join(" ", levels.get(i))).append('\n');
    }
    for (String s : r.notRunning()) out.append("Not running ").append(s).append('\n');
    r.blocked().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> out.append("Not started ").append(e.getKey()).append(" (").append(e.getValue()).append(")\n"));
    return out.toString();
  }
}
