package jlua.lib.os;

/**
 * C's struct tm, computed in 64-bit arithmetic over the proleptic Gregorian calendar so every time_t
 * whose year fits C's int works (java.time stops at year 999,999,999), plus gmtime/localtime and the
 * field normalisation of mktime.
 */
public final class BrokenDownTime {
  public long year; // the full year (tm_year + 1900)
  public int month; // 1..12
  public int day; // 1..31
  public int hour;
  public int min;
  public int sec;
  public int wday; // 0 = Sunday
  public int yday; // 0..365
  public boolean isdst;
  public int gmtoff; // seconds east of UTC
  public String zone; // abbreviation, as %Z prints it
  public boolean utc; // made by gmtime: %s converts it back as local standard time

  private static final long SECONDS_PER_DAY = 86400;

  /** gmtime(t) shifted by an offset; null when the year does not fit C's int tm_year. */
  static BrokenDownTime of(long t, int offset) {
    long local = t + offset;
    long days = Math.floorDiv(local, SECONDS_PER_DAY);
    int secs = (int) Math.floorMod(local, SECONDS_PER_DAY);
    BrokenDownTime tm = new BrokenDownTime();
    civilFromDays(days, tm);
    if (tm.year - 1900 > Integer.MAX_VALUE || tm.year - 1900 < Integer.MIN_VALUE) return null;
    tm.hour = secs / 3600;
    tm.min = secs / 60 % 60;
    tm.sec = secs % 60;
    tm.wday = (int) Math.floorMod(days + 4, 7); // 1970-01-01 was a Thursday
    tm.yday = (int) (days - daysFromCivil(tm.year, 1, 1));
    tm.gmtoff = offset;
    return tm;
  }

  /** gmtime(t): "GMT", as glibc names it. */
  public static BrokenDownTime utc(long t) {
    BrokenDownTime tm = of(t, 0);
    if (tm != null) {
      tm.zone = "GMT";
      tm.utc = true;
    }
    return tm;
  }

  /** localtime(t) in a zone. */
  public static BrokenDownTime local(long t, Zone zone) {
    int offset = zone.offset(t);
    BrokenDownTime tm = of(t, offset);
    if (tm != null) {
      tm.isdst = zone.isDst(t);
      tm.zone = zone.abbreviation(t);
    }
    return tm;
  }

  /** Days since 1970-01-01 of a date (month 1..12); any year. */
  public static long daysFromCivil(long y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400; // 0..399
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; // 0..365, March-based
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // 0..146096
    return era * 146097 + doe - 719468;
  }

  private static void civilFromDays(long z, BrokenDownTime tm) {
    z += 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    tm.day = (int) (doy - (153 * mp + 2) / 5 + 1);
    tm.month = (int) (mp < 10 ? mp + 3 : mp - 9);
    tm.year = yoe + era * 400 + (tm.month <= 2 ? 1 : 0);
  }

  public static boolean isLeap(long y) {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /**
   * The wall-clock seconds (as if UTC) of mktime's fields after normalisation: months carry into
   * years, everything else simply adds up. Null when the normalised year leaves C's int range.
   */
  public static Long wallSeconds(int tmYear, int tmMon, int mday, int hour, int min, int sec) {
    long year = (long) tmYear + 1900 + Math.floorDiv(tmMon, 12);
    int month = Math.floorMod(tmMon, 12) + 1;
    if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) return null;
    long days = daysFromCivil(year, month, 1) + mday - 1L;
    return days * SECONDS_PER_DAY + hour * 3600L + min * 60L + sec;
  }
}
