package jlua.lib.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * The local time zone as glibc chooses it from TZ: unset means /etc/localtime, empty means UTC, ":name"
 * or "name" a zone file under /usr/share/zoneinfo, anything else a POSIX "std offset" string (the DST
 * part of such strings is not supported). Offsets and DST come from java.time's rules for the zone;
 * the abbreviations %Z prints come from the zone file itself, as glibc reads them.
 */
public final class Zone {
  private static final String ZONEINFO = "/usr/share/zoneinfo/";
  private static final long RANGE = 31_000_000_000_000_000L; // inside java.time's year range
  private static final long CYCLE = 146097L * 86400; // 400 Gregorian years

  private final ZoneRules rules;
  private final String fixedName; // POSIX or UTC zones: one abbreviation
  private final long[] transitions; // from the zone file: times and the abbreviation after each
  private final String[] abbreviationAfter;
  private final String initialName; // before the first transition
  private final String standardName; // the zone file's footer: names for times after its transitions
  private final String daylightName;

  private static String cachedTz = "\0";
  private static Zone cached;

  private Zone(ZoneRules rules, String fixedName, long[] transitions, String[] abbreviationAfter,
      String initialName, String standardName, String daylightName) {
    this.rules = rules;
    this.initialName = initialName;
    this.fixedName = fixedName;
    this.transitions = transitions;
    this.abbreviationAfter = abbreviationAfter;
    this.standardName = standardName;
    this.daylightName = daylightName;
  }

  /** The zone TZ names now (cached while TZ stays the same). */
  public static synchronized Zone current() {
    String tz = System.getenv("TZ");
    String key = tz == null ? "\0unset" : tz;
    if (!key.equals(cachedTz)) {
      cached = resolve(tz);
      cachedTz = key;
    }
    return cached;
  }

  static Zone resolve(String tz) {
    if (tz == null) {
      Path link = Path.of("/etc/localtime");
      String id = null;
      try {
        String target = Files.readSymbolicLink(link).toString();
        int at = target.indexOf("zoneinfo/");
        if (at >= 0) id = target.substring(at + "zoneinfo/".length());
      } catch (IOException | UnsupportedOperationException e) {
        // not a link: java's own idea of the default zone
      }
      ZoneId zone = id != null ? tryZone(id) : null;
      if (zone == null) zone = ZoneId.systemDefault();
      return fromFile(zone.getRules(), link);
    }
    if (tz.isEmpty()) return fixed(0, "UTC");
    String name = tz.startsWith(":") ? tz.substring(1) : tz;
    Path file = Path.of(name.startsWith("/") ? name : ZONEINFO + name);
    if (!name.contains("..") && Files.isRegularFile(file)) {
      ZoneId zone = tryZone(name);
      if (zone != null) return fromFile(zone.getRules(), file);
    }
    return posix(name);
  }

  private static ZoneId tryZone(String id) {
    try {
      return ZoneId.of(id);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Zone fixed(int offset, String name) {
    return new Zone(ZoneOffset.ofTotalSeconds(offset).getRules(), name, new long[0], new String[0], name, name,
        name);
  }

  /** A POSIX TZ value "std offset[dst...]": its standard part (west-positive hh[:mm[:ss]]). */
  private static Zone posix(String tz) {
    int i = 0;
    String name;
    if (tz.startsWith("<")) {
      int close = tz.indexOf('>');
      if (close < 0) return fixed(0, "UTC");
      name = tz.substring(1, close);
      i = close + 1;
    } else {
      while (i < tz.length() && Character.isLetter(tz.charAt(i))) i++;
      name = tz.substring(0, i);
    }
    if (name.length() < 3) return fixed(0, "UTC");
    int sign = 1;
    if (i < tz.length() && (tz.charAt(i) == '+' || tz.charAt(i) == '-')) {
      sign = tz.charAt(i) == '-' ? -1 : 1;
      i++;
    }
    int[] parts = new int[3];
    int part = 0;
    boolean any = false;
    for (; i < tz.length() && part < 3; i++) {
      char c = tz.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[part] = parts[part] * 10 + (c - '0');
        any = true;
      } else if (c == ':') {
        part++;
      } else {
        break;
      }
    }
    if (!any) return fixed(0, name);
    int west = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
    if (Math.abs(west) > 24 * 3600) return fixed(0, "UTC");
    return fixed(-west, name);
  }

  // ---- zone files ---------------------------------------------------------------------------------

  /** Rules from java.time, abbreviations from the TZif file (version 2+ data when present). */
  private static Zone fromFile(ZoneRules rules, Path file) {
    try {
      ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
      if (b.remaining() < 44 || b.getInt(0) != 0x545a6966) throw new IOException("not TZif");
      int version = b.get(4);
      int[] counts = header(b, 0);
      int v1Size = counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0];
      int start = 44;
      int timeSize = 4;
      if (version >= '2' && b.limit() >= 44 + v1Size + 44) {
        start = 44 + v1Size + 44;
        counts = header(b, 44 + v1Size);
        timeSize = 8;
      }
      int timecnt = counts[3];
      int typecnt = counts[4];
      int charcnt = counts[5];
      long[] times = new long[timecnt];
      int p = start;
      for (int i = 0; i < timecnt; i++, p += timeSize) times[i] = timeSize == 8 ? b.getLong(p) : b.getInt(p);
      int[] typeOf = new int[timecnt];
      for (int i = 0; i < timecnt; i++) typeOf[i] = b.get(p++) & 0xff;
      int typesAt = p;
      int charsAt = typesAt + typecnt * 6;
      String[] typeNames = new String[typecnt];
      for (int t = 0; t < typecnt; t++) {
        int index = b.get(typesAt + t * 6 + 5) & 0xff;
        int end = charsAt + index;
        while (end < charsAt + charcnt && b.get(end) != 0) end++;
        typeNames[t] = new String(b.array(), charsAt + index, end - charsAt - index, StandardCharsets.ISO_8859_1);
      }
      String[] after = new String[timecnt];
      for (int i = 0; i < timecnt; i++) after[i] = typeNames[typeOf[i]];
      String initial = typecnt > 0 ? typeNames[0] : "UTC";
      String std = null;
      String dst = null;
      if (timeSize == 8) { // footer: "\nTZ\n", whose names hold after the last transition
        int footerAt = charsAt + charcnt + counts[2] * 12 + counts[1] + counts[0];
        if (footerAt < b.limit() && b.get(footerAt) == '\n') {
          int end = footerAt + 1;
          while (end < b.limit() && b.get(end) != '\n') end++;
          String footer = new String(b.array(), footerAt + 1, end - footerAt - 1, StandardCharsets.ISO_8859_1);
          List<String> names = footerNames(footer);
          if (!names.isEmpty()) std = names.get(0);
          dst = names.size() > 1 ? names.get(1) : std;
        }
      }
      return new Zone(rules, null, times, after, initial, std, dst);
    } catch (IOException | RuntimeException e) {
      return new Zone(rules, null, new long[0], new String[0], null, null, null);
    }
  }

  /** tzh_ttisutcnt, ttisstdcnt, leapcnt, timecnt, typecnt, charcnt. */
  private static int[] header(ByteBuffer b, int at) {
    int[] c = new int[6];
    for (int i = 0; i < 6; i++) c[i] = b.getInt(at + 20 + 4 * i);
    return c;
  }

  private static List<String> footerNames(String footer) {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    int i = 0;
    while (i < footer.length() && names.size() < 2) {
      char c = footer.charAt(i);
      if (c == '<') {
        int close = footer.indexOf('>', i);
        if (close < 0) break;
        names.add(footer.substring(i + 1, close));
        i = close + 1;
      } else if (Character.isLetter(c)) {
        int s = i;
        while (i < footer.length() && Character.isLetter(footer.charAt(i))) i++;
        names.add(footer.substring(s, i));
      } else if (c == ',') {
        break;
      } else {
        i++;
      }
    }
    return names;
  }

  // ---- queries ------------------------------------------------------------------------------------

  private static Instant instant(long t) {
    return Instant.ofEpochSecond(inRange(t));
  }

  /**
   * t moved by whole 400-year Gregorian cycles (which repeat dates and weekdays exactly) into the
   * years java.time covers; far times get the offsets of the zone's final rule, as with glibc.
   */
  private static long inRange(long t) {
    if (t > -RANGE && t < RANGE) return t;
    long cycles = t / CYCLE - (t < 0 ? -1 : 1) * (RANGE / CYCLE - 1);
    return t - cycles * CYCLE;
  }

  /** Seconds east of UTC at time t. */
  public int offset(long t) {
    return rules.getOffset(instant(t)).getTotalSeconds();
  }

  public boolean isDst(long t) {
    return rules.isDaylightSavings(instant(t));
  }

  /** The abbreviation %Z prints for time t. */
  public String abbreviation(long t) {
    if (fixedName != null) return fixedName;
    int n = transitions.length;
    if (n > 0 && t < transitions[n - 1]) {
      int i = Arrays.binarySearch(transitions, t);
      if (i < 0) i = -i - 2; // the last transition at or before t
      return i < 0 ? initialName : abbreviationAfter[i];
    }
    if (standardName != null) return isDst(t) ? daylightName : standardName;
    if (n > 0) return abbreviationAfter[n - 1];
    ZoneOffset offset = rules.getOffset(instant(t));
    return offset.getTotalSeconds() == 0 ? "UTC" : offset.getId();
  }

  /**
   * mktime's choice of time for wall-clock seconds: with isdst -1 the offset in force (in a gap the one
   * before it, in an overlap the one after it); with 0 or 1 the standard or daylight offset of that
   * season, daylight being standard + 1 hour where the zone has none nearby (as glibc behaves).
   */
  public long toEpoch(long wall, int isdst) {
    long guess = wall - offset(wall);
    if (isdst < 0) {
      LocalDateTime ldt = LocalDateTime.ofEpochSecond(inRange(wall), 0, ZoneOffset.UTC);
      List<ZoneOffset> valid = rules.getValidOffsets(ldt);
      if (valid.size() == 1) return wall - valid.get(0).getTotalSeconds();
      ZoneOffsetTransition tr = rules.getTransition(ldt);
      if (tr == null) return guess;
      return wall - (tr.isGap() ? tr.getOffsetBefore() : tr.getOffsetAfter()).getTotalSeconds();
    }
    Instant at = instant(guess);
    int standard = rules.getStandardOffset(at).getTotalSeconds();
    if (isdst == 0) return wall - standard;
    return wall - daylightOffset(at, standard);
  }

  private int daylightOffset(Instant at, int standard) {
    if (rules.isDaylightSavings(at)) return rules.getOffset(at).getTotalSeconds();
    ZoneOffsetTransition next = rules.nextTransition(at);
    if (next != null && next.getInstant().getEpochSecond() - at.getEpochSecond() < 400L * 86400
        && rules.isDaylightSavings(next.getInstant())) {
      return next.getOffsetAfter().getTotalSeconds();
    }
    ZoneOffsetTransition previous = rules.previousTransition(at);
    if (previous != null && at.getEpochSecond() - previous.getInstant().getEpochSecond() < 400L * 86400
        && rules.isDaylightSavings(previous.getInstant().minusSeconds(1))) {
      return previous.getOffsetBefore().getTotalSeconds();
    }
    return standard + 3600;
  }
}
