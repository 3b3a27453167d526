package jlua.initd.report;

import java.util.ArrayList;
import java.util.List;
import jlua.initd.process.ExitStatus;
import jlua.initd.supervise.State;

/**
 * The text of {@code jinit ctl status}: a header and one aligned row per service —
 * NAME, STATE, PID, UPTIME, RESTARTS, LAST EXIT, REASON ("-" where there is nothing to show).
 */
public final class StatusTable {
  private StatusTable() {}

  /** One service; {@code uptimeMillis} is -1 when it is not up, {@code pid} 0 when there is no process. */
  public record Row(String name, State state, long pid, long uptimeMillis, int restarts, ExitStatus lastExit,
                    String reason) {}

  private static final String[] HEADER = {"NAME", "STATE", "PID", "UPTIME", "RESTARTS", "LAST EXIT", "REASON"};

  public static String render(List<Row> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (Row r : rows) {
      cells.add(new String[] {
          r.name(),
          r.state().name(),
          r.pid() == 0 ? "-" : Long.toString(r.pid()),
          r.uptimeMillis() < 0 ? "-" : duration(r.uptimeMillis()),
          Integer.toString(r.restarts()),
          r.lastExit() == null ? "-" : r.lastExit().describe(),
          r.reason() == null ? "-" : r.reason()});
    }
    int[] width = new int[HEADER.length];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) line.append(" ".repeat(width[i] - row[i].length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** "850ms", "42s", "3m07s", "2h05m", "4d03h". */
  public static String duration(long millis) {
    if (millis < 1000) return millis + "ms";
    long s = millis / 1000;
    if (s < 60) return s + "s";
    long m = s / 60;
    if (m < 60) return m + "m" + two(s % 60) + "s";
    long h = m / 60;
    if (h < 24) return h + "h" + two(m % 60) + "m";
    return h / 24 + "d" + two(h % 24) + "h";
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
