package jlua.initd.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jlua.initd.process.ExitStatus;
import jlua.initd.process.StdlibProcessControl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios with real daemons started by the stdlib process layer (root only: they change users). */
class RealDaemonsTest {
  @TempDir
  Path dir;

  private static void assumeRoot() {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root: skipped");
  }

  @Test
  void aDaemonRunsWithExactlyTheDeclaredAttributes() throws Exception {
    assumeRoot();
    Path services = Files.createDirectory(dir.resolve("services"));
    Path work = Files.createDirectory(dir.resolve("work"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("quotes.txt"), "q\n");
    try (Scenario s = new Scenario(services, new StdlibProcessControl(), DaemonSupervisionTest.FAST)) {
      s.file("qotd.lua", "qotd = { exec = '/bin/sleep', arg = {'60'}, user = 'nobody', group = 'nogroup',"
          + " umask = '---rwxrwx', cwd = '" + work + "', env = { LANG = 'C', ROLE = 'quotes' },"
          + " stdout = '" + dir.resolve("out.log") + "',"
          + " fd = { tcp('127.0.0.1', 0), udp('127.0.0.1', 0), file('" + dir.resolve("quotes.txt") + "', 'r'),"
          + " unix('" + dir.resolve("q.sock") + "') },"
          + " limits = { stack = '512k', cpu = '5m', core = 0, nofile = 32 } }");
      s.boot();
      long pid = s.awaitState("qotd", State.UP).pid();
      Path proc = Path.of("/proc", Long.toString(pid));
      String status = Files.readString(proc.resolve("status"));
      assertTrue(status.contains("Uid:\t65534\t65534\t65534\t65534"), status);
      assertTrue(status.contains("Gid:\t65534\t65534\t65534\t65534"), status);
      assertTrue(status.matches("(?s).*Groups:\t65534 ?\n.*"), status);
      assertTrue(status.contains("Umask:\t0077"), status);
      assertTrue(status.contains("SigBlk:\t0000000000000000") && status.contains("SigIgn:\t0000000000000000"), status);
      String limits = Files.readString(proc.resolve("limits"));
      for (String want : List.of("Max stack size\\s+524288\\s+524288", "Max cpu time\\s+300\\s+300",
          "Max core file size\\s+0\\s+0", "Max open files\\s+32\\s+32")) {
        assertTrue(limits.matches("(?s).*" + want + "\\s.*"), want + " in\n" + limits);
      }
      Set<String> fds;
      try (var list = Files.list(proc.resolve("fd"))) {
        fds = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      }
      assertEquals(new TreeSet<>(List.of("0", "1", "2", "3", "4", "5", "6")), fds);
      assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(proc.resolve("fd/0")));
      assertEquals(dir.resolve("out.log").toRealPath(), Files.readSymbolicLink(proc.resolve("fd/1")));
      assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(proc.resolve("fd/2")));
      assertTrue(Files.readSymbolicLink(proc.resolve("fd/3")).toString().startsWith("socket:["));
      assertTrue(Files.readSymbolicLink(proc.resolve("fd/4")).toString().startsWith("socket:["));
      assertEquals(dir.resolve("quotes.txt").toRealPath(), Files.readSymbolicLink(proc.resolve("fd/5")));
      assertTrue(Files.readSymbolicLink(proc.resolve("fd/6")).toString().startsWith("socket:["));
      assertEquals(work.toRealPath(), Files.readSymbolicLink(proc.resolve("cwd")));
      assertEquals(List.of("LANG=C", "ROLE=quotes"), Arrays.asList(Files.readString(proc.resolve("environ")).split("\0")));
      String stat = Files.readString(proc.resolve("stat"));
      assertEquals(Long.toString(pid), stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3], "own session");
    }
  }

  /** A user listed as a member in /etc/group gets that group as a supplementary group, as initgroups(3) does. */
  @Test
  void aDaemonHasTheSupplementaryGroupsOfItsUser() throws Exception {
    assumeRoot();
    String member = null;
    for (String line : Files.readAllLines(Path.of("/etc/group"))) {
      String[] f = line.split(":", -1);
      if (f.length == 4 && !f[3].isEmpty()) member = f[3].split(",")[0];
    }
    Assumptions.assumeTrue(member != null, "no user in /etc/group has supplementary groups: skipped");
    jlua.process.Identity id = jlua.process.Identity.of(member, null);
    Assumptions.assumeTrue(id.groups().length > 1, member + " has no supplementary group: skipped");
    try (Scenario s = new Scenario(dir, new StdlibProcessControl(), DaemonSupervisionTest.FAST)) {
      s.file("d.lua", "d = { exec = '/bin/sleep', arg = {'60'}, user = '" + member + "', group = " + id.gid() + " }");
      s.boot();
      long pid = s.awaitState("d", State.UP).pid();
      String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
      String groups = status.lines().filter(l -> l.startsWith("Groups:")).findFirst().orElseThrow();
      assertEquals(Arrays.stream(id.groups()).sorted().mapToObj(Integer::toString).toList(),
          Arrays.stream(groups.substring(7).trim().split("\\s+")).map(Integer::parseInt).sorted().map(String::valueOf).toList(),
          status);
      assertTrue(status.contains("Uid:\t" + id.uid() + "\t"), status);
    }
  }

  @Test
  void aKilledDaemonIsRestartedWithAGrowingDelay() throws Exception {
    assumeRoot();
    try (Scenario s = new Scenario(dir, new StdlibProcessControl(), DaemonSupervisionTest.FAST)) {
      s.file("d.lua", "d = { exec = '/bin/sleep', arg = {'60'} }");
      s.boot();
      long pid = s.awaitState("d", State.UP).pid();
      long previous = 0;
      for (int i = 1; i <= 3; i++) {
        long before = System.nanoTime();
        assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor());
        long old = pid;
        pid = s.await("d", st -> st.state() == State.UP && st.pid() != old).pid();
        long took = (System.nanoTime() - before) / 1_000_000;
        assertTrue(took >= (50L << (i - 1)) - 5, "restart " + i + " after " + took + " ms");
        assertTrue(took >= previous - 20, "the delay grows: " + took + " after " + previous);
        previous = took;
        assertEquals(ExitStatus.killed(old, "KILL", false), s.status("d").lastExit());
        assertTrue(!Files.exists(Path.of("/proc", Long.toString(old))), "the killed daemon was reaped");
      }
      assertTrue(s.log().contains("d: restart in 0.2 s"), s.log());
    }
  }

  @Test
  void aSpawnFailureNamesTheCause() throws Exception {
    assumeRoot();
    try (Scenario s = new Scenario(dir, new StdlibProcessControl(), DaemonSupervisionTest.FAST)) {
      s.file("a.lua", "a = { exec = '/no/such/daemon' }\nb = { exec = '/bin/true', user = 'no-such-user' }");
      try (java.net.ServerSocket taken = new java.net.ServerSocket()) {
        taken.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
        s.file("c.lua", "c = { exec = '/bin/sleep', arg = {'60'}, fd = { tcp('127.0.0.1', " + taken.getLocalPort() + ") } }");
        s.boot();
        assertEquals("/no/such/daemon: No such file or directory", s.awaitState("a", State.FAILED).reason());
        assertEquals("unknown user 'no-such-user'", s.awaitState("b", State.FAILED).reason());
        assertEquals("127.0.0.1:" + taken.getLocalPort() + ": Address already in use", s.awaitState("c", State.FAILED).reason());
      }
    }
  }
}
