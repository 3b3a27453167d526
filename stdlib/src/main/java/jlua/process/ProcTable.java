package jlua.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process table as /proc shows it, without native code: one {@link Entry} per process. A process
 * that ends while it is being read is left out.
 */
public final class ProcTable {
  private ProcTable() {}

  private static final Path PROC = Path.of("/proc");
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
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(PROC)) {
      for (Path p : dir) {
        String n = p.getFileName().toString();
        if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) pids.add(Integer.parseInt(n));
      }
    } catch (IOException e) {
      // no /proc: an empty table
    }
    pids.sort(null);
    return pids;
  }

  /** One process, or null when it is gone. */
  public static Entry read(int pid) {
    Path dir = PROC.resolve(Integer.toString(pid));
    try {
      String stat = text(dir.resolve("stat"));
      int open = stat.indexOf('(');
      int close = stat.lastIndexOf(')');
      String name = stat.substring(open + 1, close);
      String[] f = stat.substring(close + 2).split(" ");
      // f[0] = state (field 3), f[1] = ppid (4), f[19] = starttime (22)
      char state = f[0].charAt(0);
      int ppid = Integer.parseInt(f[1]);
      double start = boot() + Long.parseLong(f[19]) / CLOCK_TICKS;
      int uid = -1;
      long rss = 0;
      for (String line : text(dir.resolve("status")).split("\n")) {
        if (line.startsWith("Uid:")) {
          uid = (int) Long.parseLong(line.substring(4).trim().split("\\s+")[1]); // effective, as ps(1) shows
        } else if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
        }
      }
      return new Entry(pid, ppid, uid, state, name, cmdline(dir), rss, start);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** argv of a process (empty for kernel threads and zombies). */
  public static List<String> cmdline(Path procDir) throws IOException {
    String raw = text(procDir.resolve("cmdline"));
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
      Path dir = PROC.resolve(Integer.toString(pid));
      try {
        List<String> argv = cmdline(dir);
        String argv0 = argv.isEmpty() ? "" : argv.get(0);
        String base = argv0.substring(argv0.lastIndexOf('/') + 1);
        boolean match = name.equals(argv0) || name.equals(base);
        if (!match && argv.isEmpty()) {
          match = name.equals(text(dir.resolve("comm")).trim());
        }
        if (!match && absolute) {
          try {
            match = name.equals(Files.readSymbolicLink(dir.resolve("exe")).toString());
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
      for (String line : text(PROC.resolve("stat")).split("\n")) {
        if (line.startsWith("btime ")) bootTime = Long.parseLong(line.substring(6).trim());
      }
    }
    return bootTime;
  }

  static String text(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
  }

  /** A field of /proc/self/status ("Uid:" → "0\t0\t0\t0"), or null. */
  public static String selfStatus(String key) {
    try {
      for (String line : text(PROC.resolve("self/status")).split("\n")) {
        if (line.startsWith(key)) return line.substring(key.length()).trim();
      }
    } catch (IOException e) {
      // no /proc
    }
    return null;
  }
}
