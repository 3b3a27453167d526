package jlua.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** os.* against lua5.1; dates and times in child processes, each with its own TZ. */
class OsLibTest {
  private static final String[] ZONES = {
    "UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Europe/London", "America/Sao_Paulo",
    "", "UTC0", "IST-5:30", "<+0330>-3:30", ":Europe/Paris", null
  };

  private static final long[] TIMES = {
    0, 1, -1, 86399, 951782400, 1230768000, 1262217600, -2208988800L, 4102444800L, 1104537600, 1136073600,
    1700000000, 2147483648L, 1699162200, 1678602600, 1678606200, -62167219200L - 86400, -1e10 > 0 ? 0 : -10000000000L
  };

  /** Every printable character after '%', local and UTC, at several times: one process per zone. */
  private static final String DATES = "local chars = [[ !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~]]\n"
      + "for _, t in ipairs{TIMES} do\n"
      + "  local out = {}\n"
      + "  for i = 1, #chars do local c = chars:sub(i, i) out[#out + 1] = c .. '=' .. os.date('%' .. c, t) .. '|' .. os.date('!%' .. c, t) end\n"
      + "  print(t, table.concat(out, ' '))\n"
      + "  print(os.date('%', t), os.date('abc%', t), os.date('%Ey', t), os.date(nil, t), os.date('', t))\n"
      + "  for _, f in ipairs{'*t', '!*t'} do local d = os.date(f, t) print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst) end\n"
      + "end\n"
      + "print(os.date('*t', 1e20), os.date('!%c', 2^53), pcall(os.date, '%c', 1e300), pcall(os.date, '*t', 'x'))\n";

  /** mktime: normalisation, isdst, gaps and overlaps, errors, huge years. */
  private static final String TIMES_FROM_TABLES = "local function T(t) return tostring(os.time(t)) end\n"
      + "print('gap', T{year=2023,month=3,day=12,hour=2,min=30}, T{year=2023,month=3,day=12,hour=2,min=30,isdst=true}, T{year=2023,month=3,day=12,hour=2,min=30,isdst=false})\n"
      + "print('overlap', T{year=2023,month=11,day=5,hour=1,min=30}, T{year=2023,month=11,day=5,hour=1,min=30,isdst=true}, T{year=2023,month=11,day=5,hour=1,min=30,isdst=false})\n"
      + "print('south', T{year=2023,month=4,day=2,hour=1,min=45}, T{year=2023,month=10,day=1,hour=2,min=15}, T{year=2023,month=10,day=1,hour=2,min=15,isdst=false})\n"
      + "print('summer', T{year=2023,month=7,day=1,hour=12}, T{year=2023,month=7,day=1,hour=12,isdst=true}, T{year=2023,month=7,day=1,hour=12,isdst=false})\n"
      + "print('winter', T{year=2023,month=1,day=1,hour=12}, T{year=2023,month=1,day=1,hour=12,isdst=true}, T{year=2023,month=1,day=1,hour=12,isdst=false})\n"
      + "print('norm', T{year=2023,month=13,day=0}, T{year=2023,month=0,day=-5,hour=-3,min=-70,sec=-5}, T{year=2023,month=2,day=31,hour=25}, T{year=2024,month=2,day=29,sec=86400*400})\n"
      + "print('str', T{year='2023',month='7',day='1.9'}, pcall(os.time, {year=2023,month=7}), pcall(os.time, {year=2023,day=1}), pcall(os.time, {month=1,day=1}))\n"
      + "print('big', T{year=1e10,month=1,day=1}, T{year=-1e10,month=1,day=1}, T{year=1900,month=1,day=1}, T{year=1,month=1,day=1}, T{year=2^31,month=1,day=1}, T{year=2^31-1+1900,month=13,day=1})\n"
      + "print('epoch', T{year=1969,month=12,day=31,hour=23,min=59,sec=59}, T{year=1970,month=1,day=1,hour=0})\n"
      + "print('meta', T(setmetatable({}, {__index = function(t, k) return ({year=2000,month=1,day=1})[k] end})))\n"
      + "print(pcall(os.time, 'x'), pcall(os.time, {year={},month=1,day=1}))\n"
      + "local now = os.time() print(type(now), now == math.floor(now), os.time(os.date('*t', now)) == now)\n";

  private static String datesScript() {
    StringBuilder times = new StringBuilder();
    for (long t : TIMES) times.append(t).append(", ");
    return DATES.replace("TIMES", times.toString());
  }

  @TestFactory
  Stream<DynamicTest> datesAndTimesInEachZone() {
    return Stream.of(ZONES).map(zone -> DynamicTest.dynamicTest("TZ=" + zone, () -> {
      Reference.assumeLua51();
      Map<String, String> env = new HashMap<>();
      env.put("TZ", zone);
      String script = datesScript() + TIMES_FROM_TABLES;
      SameAsLua51.assertSame(Reference.lua51Process(script, env, ""), Reference.jluaProcess(script, env, ""), "TZ=" + zone);
    }));
  }

  @TestFactory
  Stream<DynamicTest> functions() {
    return SameAsLua51.each(
        "p(os.difftime(5.9, 1.2), os.difftime(10), os.difftime(-1.5, 0.5), os.difftime(2^53, 1)) p(pcall(os.difftime))",
        "p(os.setlocale(), os.setlocale('POSIX'), os.setlocale('C'), os.setlocale('fr_FR'), os.setlocale(nil, 'time'))\n"
            + "p(os.setlocale('C.UTF-8', 'ctype'), os.setlocale(), os.setlocale('C', 'ctype'), os.setlocale())\n"
            + "p(pcall(os.setlocale, 'C', 'foo')) p(os.setlocale('C', 'numeric'), os.setlocale('x', 'collate'), os.setlocale(nil, 'monetary'))",
        "p(os.getenv('HOME') == nil, os.getenv('JLUA_SURELY_UNSET'), pcall(os.getenv)) p(pcall(os.getenv, {}))",
        "p(pcall(os.remove)) p(pcall(os.rename, 'a')) p(pcall(os.execute, {}))",
        "local n = os.tmpname() p(#n, n:sub(1, 9), io.open(n) ~= nil, os.remove(n))",
        "local c = os.clock() p(type(c), c >= 0) local x = 0 for i = 1, 1e5 do x = x + i end p(os.clock() >= c)",
        "p(pcall(os.date, {})) p(pcall(os.date, '%c', {})) p(os.date('!%H', 3600.9), os.date('!%H', -0.5))");
  }

  @Test
  void setlocaleFromTheEnvironment() throws IOException {
    Reference.assumeLua51();
    for (String lang : new String[] {"C.UTF-8", "C", "fr_FR.UTF-8", ""}) {
      Map<String, String> env = new HashMap<>();
      env.put("LANG", lang);
      env.put("LC_ALL", null);
      String script = "print(os.setlocale(''), os.setlocale(), os.setlocale('', 'time'))";
      assertEquals(Reference.lua51Process(script, env, ""), Reference.jluaProcess(script, env, ""), lang);
    }
  }

  @Test
  void tmpnameMakesTheFileLikeMkstemp() throws IOException {
    List<String> names = new ArrayList<>();
    String out = Reference.jlua("for i = 1, 5 do local n = os.tmpname() p(n) os.remove(n) end", "");
    for (String line : out.split("\n")) names.add(line);
    assertEquals(5, names.size());
    for (String n : names) assertTrue(n.matches("/tmp/lua_[A-Za-z0-9]{6}"), n);
    assertEquals(5, names.stream().distinct().count());
  }
}
