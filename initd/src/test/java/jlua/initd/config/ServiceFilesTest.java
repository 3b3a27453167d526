package jlua.initd.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jlua.api.LuaTable;
import jlua.initd.InterfaceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFilesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void rcModuleFormLoadsVerbatim() throws IOException {
    Path file = write("syslog.lua", InterfaceForms.RC_MODULE);
    Catalog c = ServiceFiles.load(dir);
    assertEquals(List.of(), c.errors());
    Service.RcModule m = assertInstanceOf(Service.RcModule.class, c.byName().get("syslog"));
    assertEquals(List.of("iptables", "ntpd"), m.depends());
    assertEquals("Syslog is the facility by which many daemons log messages.", m.description());
    assertEquals(file, m.file());
    assertTrue(m.source().start(m.module()).up());
    assertEquals(null, m.source().stop(m.module()));
  }

  @Test
  void daemonTableFormLoadsVerbatim() throws IOException {
    write("qotd.lua", InterfaceForms.DAEMON_TABLE);
    Catalog c = ServiceFiles.load(dir);
    assertEquals(List.of(), c.errors());
    Service.Daemon d = assertInstanceOf(Service.Daemon.class, c.byName().get("qotd"));
    assertEquals(List.of("network"), d.depends());
    assertTrue(d.enabled());
    DaemonSpec s = d.spec();
    assertEquals(List.of("/usr/local/libexec/qotd"), s.argv());
    assertEquals("daemon", s.user());
    assertEquals("daemon", s.group());
    assertEquals(0022, s.umask());
    assertEquals("/var/lib/qotd", s.cwd());
    assertEquals(Map.of("LANG", "C"), s.env());
    assertEquals(new Io.UnixDatagram("/dev/log", true), s.stderr());
    assertEquals(new Io.File("/dev/null", "r"), s.stdin());
    assertEquals(List.of(new Io.Tcp("0.0.0.0", 17), new Io.Udp("0.0.0.0", 17), new Io.File("/srv/quotes.txt", "r")),
        s.fds());
    assertEquals(Map.of(Limits.Resource.STACK, 65536L, Limits.Resource.CPU, 300L, Limits.Resource.CORE, 0L,
        Limits.Resource.NOFILE, 16L), s.limits().values());
    assertEquals(Restart.ALWAYS, s.restart());
  }

  @Test
  void defaultsApplyAndAFileMayOverrideThem() throws IOException {
    write("a.lua", "web = { exec = '/bin/web', arg = { '-p', 80 } }");
    write("b.lua", "_DEFAULT.user = 'daemon'\n_DEFAULT.restart = 'never'\nworker = { exec = '/bin/w' }");
    write("c.lua", "_DEFAULT = { cwd = '/tmp' }\nqueue = { exec = '/bin/q', status = 'stop' }");
    Catalog c = ServiceFiles.load(dir);
    assertEquals(List.of(), c.errors());
    DaemonSpec web = ((Service.Daemon) c.byName().get("web")).spec();
    assertEquals(List.of("/bin/web", "-p", "80"), web.argv());
    assertEquals("nobody", web.user());
    assertEquals(DaemonTables.DEFAULT_GROUP, web.group());
    assertEquals("/", web.cwd());
    assertEquals(0077, web.umask());
    assertEquals(Map.of(), web.env());
    assertEquals(new Io.File("/dev/null", "w"), web.stdout());
    assertEquals(List.of(), web.fds());
    assertEquals(Restart.ALWAYS, web.restart());
    DaemonSpec worker = ((Service.Daemon) c.byName().get("worker")).spec();
    assertEquals("daemon", worker.user());
    assertEquals(Restart.NEVER, worker.restart());
    Service.Daemon queue = (Service.Daemon) c.byName().get("queue");
    assertFalse(queue.enabled());
    assertEquals("/tmp", queue.spec().cwd());
    assertEquals("nobody", queue.spec().user()); // a replaced _DEFAULT falls back to the built-ins
  }

  @Test
  void debianHasNoGroupNobody() throws IOException {
    boolean hasNobody = Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith("nobody:"));
    boolean hasNogroup = Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith("nogroup:"));
    assertEquals(!hasNobody && hasNogroup ? "nogroup" : "nobody", DaemonTables.DEFAULT_GROUP);
  }

  @Test
  void brokenFilesAreReportedWithFileAndLineAndDoNotStopTheOthers() throws IOException {
    Path syntax = write("a.lua", "x = {\n  exec = '/bin/x'\n  oops\n}");
    Path runtime = write("b.lua", "local t = nil\n\nprint(t.field)");
    Path badField = write("c.lua", "-- a comment\n\nbad = {\n  exec = '/bin/bad', umask = 'rwxrwxrwz' }\ngood = { exec = '/bin/good' }");
    write("d.lua", InterfaceForms.RC_MODULE);
    Catalog c = ServiceFiles.load(dir);
    assertEquals(List.of("good", "syslog"), c.services().stream().map(Service::name).toList());
    assertEquals(3, c.errors().size(), c.errors().toString());
    assertTrue(c.errors().get(0).startsWith(syntax + ":3:"), c.errors().get(0));
    assertTrue(c.errors().get(1).startsWith(runtime + ":3:"), c.errors().get(1));
    assertTrue(c.errors().get(1).contains("attempt to index local 't' (a nil value)"), c.errors().get(1));
    assertTrue(c.errors().get(2).startsWith(badField + ":3: bad: umask: bad umask 'rwxrwxrwz'"), c.errors().get(2));
  }

  @Test
  void duplicateNamesAreErrors() throws IOException {
    write("a.lua", "web = { exec = '/bin/a' }");
    Path b = write("b.lua", "web = { exec = '/bin/b' }");
    Catalog c = ServiceFiles.load(dir);
    assertEquals("/bin/a", ((Service.Daemon) c.byName().get("web")).spec().exec());
    assertEquals(List.of(b + ": service 'web' is already defined in " + dir.resolve("a.lua")), c.errors());
  }

  @Test
  void missingDirectoryIsAnError() {
    Catalog c = ServiceFiles.load(dir.resolve("nope"));
    assertEquals(List.of(dir.resolve("nope") + ": No such file or directory"), c.errors());
  }

  @Test
  void helpersMakeDescriptionsOnlyAndTheirMisuseIsAnError() throws IOException {
    write("a.lua", """
        s = { exec = '/bin/s', stdin = '/etc/motd', stdout = '/var/log/s.log',
              fd = { unix('/run/s.sock'), dgram('/run/s.dg'), tcp('::1', 'qotd'), file('/x', 'w') } }
        assert(tostring(tcp('h', 1)) == 'tcp(h, 1)')
        depends(s, 'net', { 'fs1', 'fs2' })
        """);
    Path bad = write("b.lua", "\ndgram('/dev/log', 'bind')");
    Path badPort = write("c.lua", "x = ports['no-such-service']");
    Catalog c = ServiceFiles.load(dir);
    Service.Daemon s = (Service.Daemon) c.byName().get("s");
    assertEquals(List.of("net", "fs1", "fs2"), s.depends());
    assertEquals(new Io.File("/etc/motd", "r"), s.spec().stdin());
    assertEquals(new Io.File("/var/log/s.log", "a"), s.spec().stdout());
    assertEquals(List.of(new Io.UnixStream("/run/s.sock"), new Io.UnixDatagram("/run/s.dg", false),
        new Io.Tcp("::1", 17), new Io.File("/x", "w")), s.spec().fds());
    assertEquals(List.of(bad + ":2: bad argument #2 to 'dgram' (invalid option 'bind')",
        badPort + ":1: unknown port name 'no-such-service' (not in /etc/services)"), c.errors());
  }

  @Test
  void shellModulesAreRequiredOnlyWhenTouched() throws IOException {
    AtomicInteger opened = new AtomicInteger();
    write("a.lua", "a = { exec = '/bin/a' }");
    write("b.lua", "b = { exec = fs.where }");
    Catalog c = ServiceFiles.load(dir, lua -> lua.preload("fs", l -> {
      opened.incrementAndGet();
      LuaTable fs = new LuaTable();
      fs.set("where", "/bin/from-fs");
      return fs;
    }));
    assertEquals(List.of(), c.errors());
    assertEquals("/bin/from-fs", ((Service.Daemon) c.byName().get("b")).spec().exec());
    assertEquals(1, opened.get());
  }

  @Test
  void unixIsBothTheHelperAndTheModule() throws IOException {
    write("a.lua", "u = { exec = '/bin/u', fd = { unix('/run/u') }, user = unix.users.daemon.name }");
    Catalog c = ServiceFiles.load(dir, lua -> lua.preload("unix", l -> {
      LuaTable unix = new LuaTable();
      LuaTable users = new LuaTable();
      LuaTable daemon = new LuaTable();
      daemon.set("name", "daemon");
      users.set("daemon", daemon);
      unix.set("users", users);
      return unix;
    }));
    assertEquals(List.of(), c.errors());
    DaemonSpec u = ((Service.Daemon) c.byName().get("u")).spec();
    assertEquals("daemon", u.user());
    assertEquals(List.of(new Io.UnixStream("/run/u")), u.fds());
  }

  @Test
  void rcModuleResults() throws IOException {
    write("a.lua", "module('a', package.seeall)\nfunction start() return false, 'no disk' end");
    write("b.lua", "module('b', package.seeall)\nfunction start() error('boom') end\nfunction stop() error('bang') end");
    write("c.lua", "module('c', package.seeall)\nfunction start() return nil end");
    write("d.lua", "module('d', package.seeall)\nfunction start() end");
    Catalog c = ServiceFiles.load(dir);
    assertEquals(List.of(), c.errors());
    Map<String, Service> s = c.byName();
    assertEquals(new ServiceFile.Outcome(false, "no disk"), start(s.get("a")));
    assertEquals(new ServiceFile.Outcome(false, dir.resolve("b.lua") + ":2: boom"), start(s.get("b")));
    assertEquals(dir.resolve("b.lua") + ":3: bang", ((Service.RcModule) s.get("b")).source().stop(((Service.RcModule) s.get("b")).module()));
    assertEquals(new ServiceFile.Outcome(false, "start() returned nil"), start(s.get("c")));
    assertTrue(start(s.get("d")).up());
  }

  private static ServiceFile.Outcome start(Service s) {
    Service.RcModule m = (Service.RcModule) s;
    return m.source().start(m.module());
  }

  @Test
  void umaskForms() {
    assertEquals(0077, Umask.parse("---rwxrwx"));
    assertEquals(0022, Umask.parse("----w--w-"));
    assertEquals(0777, Umask.parse("rwxrwxrwx"));
    assertEquals(0, Umask.parse("---------"));
    assertEquals(0027, Umask.parse("027"));
    assertEquals(0027, Umask.parse("0027"));
    assertEquals(18, Umask.parse(18.0));
    assertEquals("0022", Umask.octal(0022));
  }
}
