package jlua.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** syslog: RFC 3164 datagrams delivered to a datagram socket the test binds. */
class SyslogTest extends LuaFiles {
  @BeforeEach
  void requireSyslog() {
    lua.run("syslog = require 'syslog'; net = require 'net'");
  }

  @Test
  void logDeliversRfc3164Datagrams() {
    ok("log = assert(net.dgram('devlog')) return syslog.open('myd', 'daemon', {path = T .. '/devlog'})");
    ok("return syslog.log('notice', 'hello world')");
    String msg = (String) value("return (log:recv())");
    long pid = ProcessHandle.current().pid();
    assertTrue(msg.matches("<29>[A-Z][a-z]{2} [ 1-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9] myd\\[" + pid + "\\]: hello world"), msg);
    ok("syslog.open('x', 'local7', {path = T .. '/devlog'}) syslog.log('debug', 'd') syslog.log('emerg', 'e') return true");
    assertTrue(((String) value("return (log:recv())")).startsWith("<191>"));
    assertTrue(((String) value("return (log:recv())")).startsWith("<184>"));
    ok("syslog.open('x', 'kern', {path = T .. '/devlog'}) syslog.log('err', 'k') return true");
    assertTrue(((String) value("return (log:recv())")).startsWith("<3>"));
    ok("return syslog.close()");
  }

  @Test
  void failuresAndMisuse() {
    ok("return syslog.open('x', 'user', {path = T .. '/nolog'})");
    fails("return syslog.log('info', 'lost')", "nolog: No such file or directory".replace("nolog", dir.resolve("nolog").toString()), 2);
    assertTrue(error("syslog.log('loud', 'x')").contains("unknown priority 'loud'"));
    assertTrue(error("syslog.open('x', 'nosuch')").contains("unknown facility 'nosuch'"));
  }

  @Test
  void timestampPadsTheDayWithASpace() {
    ZonedDateTime t = ZonedDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneId.of("UTC"));
    assertEquals("<13>Mar  5 07:08:09 app[42]: m", Syslog.format(13, t, "app", 42, "m"));
  }
}
