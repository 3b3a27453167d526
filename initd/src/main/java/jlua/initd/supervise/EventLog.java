package jlua.initd.supervise;

import java.io.PrintStream;
import java.time.Instant;

/**
 * jinit's own log: one line per event, with a UTC timestamp, on stderr —
 * {@code 2025-01-31T12:00:00.123Z jinit: web: STARTING -> UP (pid 4711)}.
 */
public final class EventLog {
  private final PrintStream out;

  public EventLog(PrintStream out) {
    this.out = out;
  }

  public static EventLog stderr() {
    return new EventLog(System.err);
  }

  /** An event of one service. */
  public void service(String name, String message) {
    line(name + ": " + message);
  }

  /** An event of jinit itself. */
  public void line(String message) {
    String text = Instant.now() + " jinit: " + message;
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
