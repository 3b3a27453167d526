package jlua.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jlua.testing.Host;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sys: mounts (real tmpfs mounts as root), host name, uname, sysctl, uptime, load, memory. */
class SysTest extends LuaFiles {
  @BeforeEach
  void requireSys() {
    lua.run("sys = require 'sys'");
  }

  @Test
  void mountsATmpfsThatMountsListsAndUmountRemoves() {
    Host.assumeRoot();
    ok("fs.mkdir('m') return sys.mount('tmpfs', 'm', 'tmpfs', {'nosuid', 'nodev', 'noexec', 'mode=0700', 'size=1m'})");
    lua.set("target", dir.resolve("m").toString());
    ok("for _, m in ipairs(sys.mounts()) do if m.target == target then return m.fstype == 'tmpfs' and m.source == 'tmpfs' "
        + "and m.options:find('nosuid') and m.options:find('nodev') and m.options:find('noexec') "
        + "and m.options:find('mode=700') and m.options:find('size=1024k') ~= nil end end");
    ok("return fs.write('m/x', 'data') and fs.stat('m').mode == '0700'");
    ok("return sys.mount('none', 'm', nil, {'remount', 'ro'})");
    fails("return fs.write('m/y', 'data')", "m/y: Read-only file system", 30);
    ok("return sys.umount('m')");
    ok("for _, m in ipairs(sys.mounts()) do if m.target == target then return false end end return not fs.exists('m/x')");
    fails("return sys.umount('m')", "m: Invalid argument", 22);
    fails("return sys.mount('tmpfs', 'missing', 'tmpfs')", "missing: No such file or directory", 2);
    ok("fs.mkdir('b') fs.mkdir('src') fs.write('src/f', 'z') return sys.mount('src', 'b', nil, {'bind'})");
    ok("local ok = fs.read('b/f') == 'z' sys.umount('b', {lazy = true}) return ok and not fs.exists('b/f')");
  }

  @Test
  void mountsListsTheRootFileSystem() {
    ok("for _, m in ipairs(sys.mounts()) do if m.target == '/' then return type(m.source) == 'string' and type(m.options) == 'string' end end");
    assertEquals("a b\\c", Sys.unescape("a\\040b\\134c"));
  }

  @Test
  void hostnameAndUname() throws Exception {
    String host = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    assertEquals(host, value("return sys.hostname()"));
    ok("local u = sys.uname() return u.sysname == 'Linux' and u.nodename == sys.hostname() and #u.release > 0 "
        + "and #u.version > 0 and (u.machine == 'x86_64' or u.machine == 'aarch64')");
    if (Host.isRoot()) {
      lua.set("host", host);
      ok("return sys.hostname(host)"); // setting the same name changes nothing
    }
    assertTrue(error("sys.hostname({})").contains("bad argument #1 to 'hostname'"));
  }

  @Test
  void sysctlReadsAndWrites() {
    assertEquals("Linux", value("return sys.sysctl('kernel.ostype')"));
    ok("local v = sys.sysctl('net.ipv4.ip_forward') return v == '0' or v == '1'");
    fails("return sys.sysctl('no.such.key')", "no.such.key: No such file or directory", 2);
    assertTrue(error("sys.sysctl('../etc/passwd')").contains("invalid key"));
    if (Host.isRoot()) {
      ok("local v = sys.sysctl('kernel.ostype') local r, msg = sys.sysctl('kernel.ostype', 'x') return r == nil and msg:find('kernel.ostype') == 1");
      ok("local v = sys.sysctl('vm.swappiness') if not v then return true end return sys.sysctl('vm.swappiness', v) == true or true");
    }
  }

  @Test
  void uptimeLoadMemory() {
    ok("local up, idle = sys.uptime() return up > 0 and idle >= 0");
    ok("local a, b, c = sys.loadavg() return a >= 0 and b >= 0 and c >= 0");
    ok("local m = sys.meminfo() return m.total > 0 and m.free >= 0 and m.available <= m.total and m.MemTotal == m.total");
  }
}
