package jlua.lib.os;

/**
 * os.date's formatting: 5.1 hands each "%x" pair to glibc's strftime in the C locale, so this is that
 * strftime for two-character formats, glibc extensions included; an unknown conversion is copied as is
 * (and "%3".."%9" come out as the bad format padded to that width, as glibc does).
 */
public final class Strftime {
  private Strftime() {}

  private static final String[] DAYS = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };

  /** The whole os.date format: conversions pass one at a time, a final lone '%' stays. */
  public static String format(String format, BrokenDownTime tm, Zone zone) {
    StringBuilder out = new StringBuilder();
    expand(out, format, tm, zone);
    return out.toString();
  }

  /** Appends a format's expansion; the composite conversions (%c, %D, %F, %r, %R, %T) are formats too. */
  private static void expand(StringBuilder out, String format, BrokenDownTime tm, Zone zone) {
    int n = format.length();
    for (int i = 0; i < n; i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 == n) {
        out.append(c);
      } else {
        convert(out, format.charAt(++i), tm, zone);
      }
    }
  }

  /** strftime("%c") for one conversion character. */
  static void convert(StringBuilder out, char c, BrokenDownTime tm, Zone zone) {
    switch (c) {
      case 'a' -> out.append(DAYS[tm.wday], 0, 3);
      case 'A' -> out.append(DAYS[tm.wday]);
      case 'b', 'h' -> out.append(MONTHS[tm.month - 1], 0, 3);
      case 'B' -> out.append(MONTHS[tm.month - 1]);
      case 'c' -> expand(out, "%a %b %e %H:%M:%S %Y", tm, zone);
      case 'C' -> out.append(Math.floorDiv(tm.year, 100));
      case 'd' -> pad(out, tm.day, 2, '0');
      case 'D', 'x' -> expand(out, "%m/%d/%y", tm, zone);
      case 'e' -> pad(out, tm.day, 2, ' ');
      case 'F' -> expand(out, "%Y-%m-%d", tm, zone);
      case 'G' -> out.append(isoYear(tm));
      case 'g' -> pad(out, Math.floorMod(isoYear(tm), 100), 2, '0');
      case 'H' -> pad(out, tm.hour, 2, '0');
      case 'I' -> pad(out, hour12(tm), 2, '0');
      case 'j' -> pad(out, tm.yday + 1, 3, '0');
      case 'k' -> pad(out, tm.hour, 2, ' ');
      case 'l' -> pad(out, hour12(tm), 2, ' ');
      case 'm' -> pad(out, tm.month, 2, '0');
      case 'M' -> pad(out, tm.min, 2, '0');
      case 'n' -> out.append('\n');
      case 'p' -> out.append(tm.hour < 12 ? "AM" : "PM");
      case 'P' -> out.append(tm.hour < 12 ? "am" : "pm");
      case 'r' -> expand(out, "%I:%M:%S %p", tm, zone);
      case 'R' -> expand(out, "%H:%M", tm, zone);
      case 's' -> out.append(epochSeconds(tm, zone));
      case 'S' -> pad(out, tm.sec, 2, '0');
      case 't' -> out.append('\t');
      case 'T', 'X' -> expand(out, "%H:%M:%S", tm, zone);
      case 'u' -> out.append(tm.wday == 0 ? 7 : tm.wday);
      case 'U' -> pad(out, (tm.yday + 7 - tm.wday) / 7, 2, '0');
      case 'V' -> pad(out, isoWeek(tm), 2, '0');
      case 'w' -> out.append(tm.wday);
      case 'W' -> pad(out, (tm.yday + 7 - (tm.wday + 6) % 7) / 7, 2, '0');
      case 'y' -> pad(out, Math.floorMod(tm.year, 100), 2, '0');
      case 'Y' -> out.append(tm.year);
      case 'z' -> {
        int off = tm.gmtoff;
        out.append(off < 0 ? '-' : '+');
        off = Math.abs(off) / 60;
        pad(out, off / 60 * 100 + off % 60, 4, '0');
      }
      case 'Z' -> out.append(tm.zone);
      case '%' -> out.append('%');
      default -> {
        if (c >= '3' && c <= '9') out.append(" ".repeat(c - '0' - 2)); // a width without a conversion
        out.append('%').append(c);
      }
    }
  }

  private static void pad(StringBuilder out, long value, int width, char fill) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) out.append(fill);
    out.append(digits);
  }

  private static int hour12(BrokenDownTime tm) {
    int h = tm.hour % 12;
    return h == 0 ? 12 : h;
  }

  /** %s: the time back in seconds, as mktime sees the fields (gmtime's as local standard time). */
  private static long epochSeconds(BrokenDownTime tm, Zone zone) {
    long wall = BrokenDownTime.daysFromCivil(tm.year, tm.month, tm.day) * 86400L + tm.hour * 3600L
        + tm.min * 60L + tm.sec;
    return zone.toEpoch(wall, tm.utc ? 0 : tm.isdst ? 1 : 0);
  }

  /** The day of the year (0-based, may leave the year) of the Thursday of tm's ISO week. */
  private static long isoThursday(BrokenDownTime tm) {
    int mondayBased = (tm.wday + 6) % 7;
    return tm.yday - mondayBased + 3;
  }

  private static long isoYear(BrokenDownTime tm) {
    long thursday = isoThursday(tm);
    if (thursday < 0) return tm.year - 1;
    if (thursday >= daysIn(tm.year)) return tm.year + 1;
    return tm.year;
  }

  private static int isoWeek(BrokenDownTime tm) {
    long thursday = isoThursday(tm);
    if (thursday < 0) thursday += daysIn(tm.year - 1);
    else if (thursday >= daysIn(tm.year)) thursday -= daysIn(tm.year);
    return (int) (thursday / 7 + 1);
  }

  private static int daysIn(long year) {
    return BrokenDownTime.isLeap(year) ? 366 : 365;
  }
}
