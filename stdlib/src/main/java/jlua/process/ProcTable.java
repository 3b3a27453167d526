package jlua.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jlua.sys.Digits;

/**
 * The process table as /proc shows it, without native code: one {@link Entry} per process. A process
 * that ends while it is being read is left out.
 */
public final class ProcTable {
  private ProcTable() {}

  private static final double CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux architecture we run on
  private static volatile double bootTime = -1;

  /** One process: ids, state letter, name (comm), argv, resident size in bytes, start as epoch seconds. */
  public record Entry(int pid, int ppid, int uid, char state, String name, List<String> cmdline, long rss,
      double starttime) {}

  /** Every process, in pid order. */
  public static List<Entry> all() {
    List<Integer> pids = pids();
    List<Entry> out = new ArrayList<>(pids.size());
    for (int pid : pids) {
      Entry e = read(pid);
      if (e != null) out.add(e);
    }
    return out;
  }

  /** The pids in /proc, ascending. */
  public static List<Integer> pids() {
    List<Integer> pids = new ArrayList<>();
    String[] names = new java.io.File("/proc").list(); // one getdents loop, no Path per entry
    if (names == null) return pids; // no /proc: an empty table
    for (String n : names) {
      if (Digits.only(n, 9)) pids.add(Integer.parseInt(n));
    }
    pids.sort(null);
    return pids;
  }

  /** One process, or null when it is gone. */
  public static Entry read(int pid) {
    String dir = "/proc/" + pid + "/";
    try {
      String stat = text(dir + "stat");
      int open = stat.indexOf('(');
      int close = stat.lastIndexOf(')');
      String name = stat.substring(open + 1, close);
      String[] f = stat.substring(close + 2).split(" ");
      // f[0] = state (field 3), f[1] = ppid (4), f[19] = starttime (22)
      char state = f[0].charAt(0);
      int ppid = Integer.parseInt(f[1]);
      double start = boot() + Long.parseLong(f[19]) / CLOCK_TICKS;
      String status = text(dir + "status");
      String uids = field(status, "Uid:");
      String vmRss = field(status, "VmRSS:");
      int uid = uids == null ? -1 : (int) Long.parseLong(word(uids, 1)); // effective, as ps(1) shows
      long rss = vmRss == null ? 0 : Long.parseLong(word(vmRss, 0)) * 1024;
      return new Entry(pid, ppid, uid, state, name, argv(text(dir + "cmdline")), rss, start);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The text after {@code key} on its line of a /proc status file, or null. */
  private static String field(String status, String key) {
    int at = status.startsWith(key) ? 0 : status.indexOf("\n" + key);
    if (at < 0) return null;
    int from = status.indexOf(key, at) + key.length();
    int end = status.indexOf('\n', from);
    return status.substring(from, end < 0 ? status.length() : end);
  }

  /** Word {@code n} (from 0) of tab- or space-separated text. */
  private static String word(String text, int n) {
    int i = 0;
    for (int w = 0; ; w++) {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
      int start = i;
      while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\t') i++;
      if (w == n) return text.substring(start, i);
    }
  }

  /** The NUL-separated words of /proc/PID/cmdline: argv (empty for kernel threads and zombies). */
  private static List<String> argv(String raw) {
    List<String> args = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == 0) {
        args.add(raw.substring(from, i));
        from = i + 1;
      }
    }
    if (from < raw.length()) args.add(raw.substring(from));
    return args;
  }

  /**
   * pidof(8): the pids whose program name is {@code name} — the basename of argv[0], argv[0] itself, the
   * process name, or (for an absolute name) the executable — newest first.
   */
  public static List<Integer> pidof(String name) {
    List<Integer> out = new ArrayList<>();
    boolean absolute = name.startsWith("/");
    int self = (int) ProcessHandle.current().pid();
    for (int pid : pids()) {
      if (pid == self) continue; // pidof leaves itself out; so do we
      String dir = "/proc/" + pid + "/";
      try {
        List<String> argv = argv(text(dir + "cmdline"));
        String argv0 = argv.isEmpty() ? "" : argv.get(0);
        String base = argv0.substring(argv0.lastIndexOf('/') + 1);
        boolean match = name.equals(argv0) || name.equals(base);
        if (!match && argv.isEmpty()) {
          match = name.equals(text(dir + "comm").trim());
        }
        if (!match && absolute) {
          try {
            match = name.equals(Files.readSymbolicLink(Path.of(dir + "exe")).toString());
          } catch (IOException e) {
            // kernel thread or not ours to read
          }
        }
        if (match) out.add(pid);
      } catch (IOException e) {
        // gone
      }
    }
    out.sort((a, b) -> Integer.compare(b, a));
    return out;
  }

  private static double boot() throws IOException {
    if (bootTime < 0) {
      for (String line : text("/proc/stat").split("\n")) {
        if (line.startsWith("btime ")) bootTime = Long.parseLong(line.substring(6).trim());
      }
    }
    return bootTime;
  }

  /**
   * A /proc file's text. java.io reads it with fewer layers than Files.readAllBytes (no channel, no
   * size query: /proc files say 0); ps reads three files per process.
   */
  static String text(String file) throws IOException {
    try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
      byte[] buf = new byte[4096]; // most /proc files fit; readAllBytes would first ask size and position
      int n = 0;
      for (int r; (r = in.read(buf, n, buf.length - n)) > 0; ) {
        n += r;
        if (n == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }
  }

  /** A field of /proc/self/status ("Uid:" → "0\t0\t0\t0"), or null. */
  public static String selfStatus(String key) {
    try {
      String value = field(text("/proc/self/status"), key);
      if (value != null) return value.trim();
    } catch (IOException e) {
      // no /proc
    }
    return null;
  }
}
