package jlua.initd.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resource limits of a daemon ({@code limits = { stack = "64k", cpu = "5m", core = 0, nofile = 16 }}):
 * each value sets both the soft and the hard limit. Sizes are bytes ("64k", "10m", "1g", powers of 1024),
 * cpu is seconds ("30s", "5m", "1h"), counts are plain numbers; "unlimited" is {@link #UNLIMITED}.
 */
public record Limits(Map<Resource, Long> values) {
  /** RLIM_INFINITY. */
  public static final long UNLIMITED = -1;

  /** setrlimit(2) resources by their proc.limits names. */
  public enum Resource {
    CPU(Unit.SECONDS), FSIZE(Unit.BYTES), DATA(Unit.BYTES), STACK(Unit.BYTES), CORE(Unit.BYTES),
    RSS(Unit.BYTES), NPROC(Unit.COUNT), NOFILE(Unit.COUNT), MEMLOCK(Unit.BYTES), AS(Unit.BYTES);

    final Unit unit;

    Resource(Unit unit) {
      this.unit = unit;
    }

    public String luaName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum Unit { BYTES, SECONDS, COUNT }

  public static final Limits NONE = new Limits(Map.of());

  public Limits {
    EnumMap<Resource, Long> copy = new EnumMap<>(Resource.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  static Resource resource(String name) {
    for (Resource r : Resource.values()) {
      if (r.luaName().equals(name)) return r;
    }
    throw new IllegalArgumentException("unknown resource '" + name + "' (cpu, fsize, data, stack, core, rss, "
        + "nproc, nofile, memlock, as)");
  }

  /** A limit value: a number, "unlimited", or a number with the resource's unit suffix. */
  static long value(Resource r, Object v) {
    if (v instanceof Double d) {
      if (d < 0 || d != Math.floor(d)) throw new IllegalArgumentException(r.luaName() + ": bad limit " + d);
      return d.longValue();
    }
    if (!(v instanceof String s)) throw new IllegalArgumentException(r.luaName() + ": limit must be a number or a string");
    if (s.equals("unlimited") || s.equals("infinity")) return UNLIMITED;
    int end = 0;
    while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
    if (end == 0) throw new IllegalArgumentException(r.luaName() + ": bad limit '" + s + "'");
    long n = Long.parseLong(s.substring(0, end));
    String suffix = s.substring(end).toLowerCase(Locale.ROOT);
    long factor = switch (r.unit) {
      case BYTES -> switch (suffix) {
        case "" -> 1L;
        case "k" -> 1L << 10;
        case "m" -> 1L << 20;
        case "g" -> 1L << 30;
        default -> -1L;
      };
      case SECONDS -> switch (suffix) {
        case "", "s" -> 1L;
        case "m" -> 60L;
        case "h" -> 3600L;
        default -> -1L;
      };
      case COUNT -> suffix.isEmpty() ? 1L : -1L;
    };
    if (factor < 0) throw new IllegalArgumentException(r.luaName() + ": bad limit '" + s + "'");
    return n * factor;
  }
}
