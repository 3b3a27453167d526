package jlua.initd.graph;

import java.util.List;
import java.util.Map;

/**
 * What the resolver found: the start order as parallel levels (level 1 depends on nothing; every service
 * is on a later level than each of its dependencies), the errors (unknown dependencies and cycles), the
 * services that cannot start with the reason why ({@code blocked}: their own error, or a dependency that
 * cannot run), the subset that is itself in error ({@code broken}: on a cycle or with an unknown
 * dependency), and those defined with {@code status = "stop"}.
 */
public record Resolution(List<List<String>> levels, List<String> errors, Map<String, String> blocked,
                         Map<String, String> broken, List<String> notRunning) {
  public Resolution {
    levels = levels.stream().map(List::copyOf).toList();
    errors = List.copyOf(errors);
    blocked = Map.copyOf(blocked);
    broken = Map.copyOf(broken);
    notRunning = List.copyOf(notRunning);
  }

  /** The level of a startable service, 1-based; 0 when it is not in the plan. */
  public int levelOf(String name) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).contains(name)) return i + 1;
    }
    return 0;
  }
}
