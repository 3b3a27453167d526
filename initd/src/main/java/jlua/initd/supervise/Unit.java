package jlua.initd.supervise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jlua.initd.config.Service;

/**
 * One supervised service as the supervisor loop holds it: its definition, its {@link Status} (changed only
 * through {@link Machine#step}), and the loop's bookkeeping around it. Confined to the loop thread.
 */
final class Unit {
  /** A control command waiting for this service to reach some status. */
  record Watcher(Predicate<Status> done, java.util.function.Consumer<Status> then) {}

  final String name;
  Service service;
  Policy policy;
  Status status = Status.INITIAL;
  /** Its own configuration error (on a cycle, unknown dependency): it cannot start. */
  String broken;
  /** Reload: the new definition, applied once the old one has stopped. */
  Service replacement;
  boolean startAfterReplacement;
  /** Reload: the service is gone from DIR; forgotten once stopped. */
  boolean removed;
  /** Boot prints "NAME OK" / "NAME FAILED (reason)" for its first outcome. */
  boolean reportOutcome;
  /** The boot timeline, in ms since boot: first start, and when it came up or failed (-1: not yet). */
  long startedAt = -1;
  long upAt = -1;
  long failedAt = -1;
  final List<Watcher> watchers = new ArrayList<>();

  Unit(String name, Service service, Policy policy) {
    this.name = name;
    this.service = service;
    this.policy = policy;
  }

  List<String> depends() {
    return service.depends();
  }
}
