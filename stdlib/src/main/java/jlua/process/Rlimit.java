package jlua.process;

import java.util.Locale;
import jlua.sys.Native;
import jlua.sys.OsError;

/**
 * The setrlimit(2) resources by their {@code proc.limits} names, their values as users write them
 * (numbers, {@code "unlimited"}, sizes {@code "64k"}/{@code "10m"}/{@code "1g"} in powers of 1024, cpu
 * time {@code "30s"}/{@code "5m"}/{@code "1h"}), and reading or setting them through prlimit(2).
 * {@link #UNLIMITED} is RLIM_INFINITY.
 */
public enum Rlimit {
  CPU(0, Unit.SECONDS), FSIZE(1, Unit.BYTES), DATA(2, Unit.BYTES), STACK(3, Unit.BYTES), CORE(4, Unit.BYTES),
  RSS(5, Unit.BYTES), NPROC(6, Unit.COUNT), NOFILE(7, Unit.COUNT), MEMLOCK(8, Unit.BYTES), AS(9, Unit.BYTES);

  public static final long UNLIMITED = -1;

  private enum Unit { BYTES, SECONDS, COUNT }

  /** The resource number of Linux (the same on x86-64 and arm64). */
  public final int number;
  private final Unit unit;

  Rlimit(int number, Unit unit) {
    this.number = number;
    this.unit = unit;
  }

  public String luaName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The resource of a Lua name, or null. */
  public static Rlimit named(String name) {
    for (Rlimit r : values()) {
      if (r.luaName().equals(name)) return r;
    }
    return null;
  }

  /** A limit from a Lua value (a whole number or a string with this resource's unit); null when malformed. */
  public Long parse(Object v) {
    if (v instanceof Double d) return d >= 0 && d == Math.floor(d) && d < 9.2e18 ? (Long) d.longValue() : null;
    if (v instanceof Number n) return n.longValue() >= 0 ? n.longValue() : null;
    if (!(v instanceof String s)) return null;
    s = s.trim().toLowerCase(Locale.ROOT);
    if (s.equals("unlimited") || s.equals("infinity")) return UNLIMITED;
    int end = 0;
    while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
    if (end == 0 || end > 18) return null;
    long n = Long.parseLong(s.substring(0, end));
    long factor = switch (unit) {
      case BYTES -> switch (s.substring(end)) {
        case "", "b" -> 1L;
        case "k" -> 1L << 10;
        case "m" -> 1L << 20;
        case "g" -> 1L << 30;
        case "t" -> 1L << 40;
        default -> -1L;
      };
      case SECONDS -> switch (s.substring(end)) {
        case "", "s" -> 1L;
        case "m" -> 60L;
        case "h" -> 3600L;
        case "d" -> 86400L;
        default -> -1L;
      };
      case COUNT -> s.length() == end ? 1L : -1L;
    };
    return factor < 0 ? null : n * factor;
  }

  /** {soft, hard} of a process (0 = this one). */
  public long[] get(int pid) throws OsError {
    long[] old = new long[2];
    Native.check(Native.libc().prlimit(pid, number, null, old), "prlimit");
    return old;
  }

  /** Sets {soft, hard} of a process (0 = this one). */
  public void set(int pid, long soft, long hard) throws OsError {
    Native.check(Native.libc().prlimit(pid, number, new long[] {soft, hard}, null), luaName());
  }
}
