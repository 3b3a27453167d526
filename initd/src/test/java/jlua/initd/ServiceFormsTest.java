package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jlua.api.Lua;
import jlua.process.Identity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both service-file forms of INTERFACES.md §4, as written there, booted by a real jinit. Only what
 * cannot exist on a test machine is adjusted: the program (a qotd in core perl, which lives within the
 * table's nofile = 16 and 64k stack, unlike a JVM), its directory, /dev/log and /srv/quotes.txt (files
 * in a temporary directory), and the addresses (loopback and free ports, so that runs never collide).
 * Root only: the daemon runs as the user and group "daemon".
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServiceFormsTest {
  @TempDir Path tmp;
  Path services;
  Path quotes;
  Path cwd;
  Path logSocket;
  int tcpPort;
  int udpPort;

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(Processes.root(), "needs root: the daemon runs as user daemon");
    assumeTrue(Processes.onPath("perl"), "needs perl for the stand-in qotd program");
    assumeTrue(Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("daemon:")), "no user daemon");
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    services = Files.createDirectory(tmp.resolve("jinit.d"));
    cwd = Files.createDirectory(tmp.resolve("qotd-home"));
    Path program = Files.createDirectory(tmp.resolve("libexec")).resolve("qotd");
    try (InputStream in = getClass().getResourceAsStream("/qotd.pl")) {
      Files.write(program, in.readAllBytes());
    }
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    quotes = Files.writeString(tmp.resolve("quotes.txt"), "Less is more.\nWell begun is half done.\n");
    Files.setPosixFilePermissions(quotes, PosixFilePermissions.fromString("rw-------")); // only jinit, as root, opens it
    logSocket = tmp.resolve("log");
    try (ServerSocket t = new ServerSocket(0); DatagramSocket u = new DatagramSocket(0)) {
      tcpPort = t.getLocalPort();
      udpPort = u.getLocalPort();
    }
    String table = InterfaceForms.DAEMON_TABLE;
    table = adjust(table, "\"/usr/local/libexec/qotd\"", quoted(program));
    table = adjust(table, "\"/var/lib/qotd\"", quoted(cwd));
    table = adjust(table, "\"/dev/log\"", quoted(logSocket));
    table = adjust(table, "tcp(\"0.0.0.0\", ports[\"qotd\"])", "tcp(\"127.0.0.1\", " + tcpPort + ")");
    table = adjust(table, "udp(\"0.0.0.0\", 17)", "udp(\"127.0.0.1\", " + udpPort + ")");
    table = adjust(table, "\"/srv/quotes.txt\"", quoted(quotes));
    Files.writeString(services.resolve("qotd.lua"), table);
    Files.writeString(services.resolve("syslog.lua"), InterfaceForms.RC_MODULE);
    Files.writeString(services.resolve("network.lua"), "module('network', package.seeall)\nfunction start() return true end\n");
    Files.writeString(services.resolve("iptables.lua"), "module('iptables', package.seeall)\nfunction start() end\n");
    Files.writeString(services.resolve("ntpd.lua"), "ntpd = { exec = '/bin/sleep', arg = { '600' } }\n");
  }

  private static String adjust(String text, String from, String to) {
    assertTrue(text.contains(from), from + " in the verbatim text");
    return text.replace(from, to);
  }

  private static String quoted(Path p) {
    return "\"" + p + "\"";
  }

  @Test
  void bothFormsAsWrittenLoadAndRun() throws Exception {
    Lua log = logSocket();
    try {
      try (Booted jinit = Booted.boot(tmp, services)) {
        jinit.awaitResult("qotd OK");
        jinit.awaitResult("syslog OK");
        assertEquals("", jinit.log().lines().filter(l -> l.contains("FAILED")).collect(Collectors.joining("\n")));
        List<String> results = jinit.output().lines().toList();
        assertTrue(results.indexOf("syslog OK") > results.indexOf("iptables OK")
            && results.indexOf("syslog OK") > results.indexOf("ntpd OK"), "syslog after its dependencies: " + results);
        assertTrue(results.indexOf("qotd OK") > results.indexOf("network OK"), results.toString());

        assertEquals("qotd: ready with 2 quotes\n", log.run("return log:recv()")[0], "stderr goes to the log socket");
        String tcp = tcpQuote();
        assertTrue(tcp.equals("Less is more.") || tcp.equals("Well begun is half done."), tcp);
        assertEquals("qotd: served a quote over TCP\n", log.run("return log:recv()")[0]);
        String udp = udpQuote();
        assertTrue(udp.equals("Less is more.\r\n") || udp.equals("Well begun is half done.\r\n"), udp);
        assertEquals("UP", jinit.state("qotd"));
      }
    } finally {
      log.run("log:close()");
    }
  }

  /** A bound Unix datagram socket in a Lua state (the JDK has none): it stands in for /dev/log. */
  private Lua logSocket() {
    Lua lua = new Lua();
    lua.run("log = assert(require('net').dgram('" + logSocket + "'))");
    return lua;
  }

  @Test
  void theDaemonRunsWithExactlyWhatItsTableDeclares() throws Exception {
    Lua log = logSocket();
    try {
      try (Booted jinit = Booted.boot(tmp, services)) {
        jinit.awaitResult("qotd OK");
        long pid = jinit.pid("qotd");
        log.run("return log:recv()"); // the daemon is past its start-up
        Path proc = Path.of("/proc", Long.toString(pid));
        String status = Files.readString(proc.resolve("status"));
        Identity daemon = Identity.of("daemon", "daemon");
        assertTrue(status.contains("Uid:\t" + daemon.uid() + "\t" + daemon.uid() + "\t" + daemon.uid() + "\t" + daemon.uid() + "\n"), status);
        assertTrue(status.contains("Gid:\t" + daemon.gid() + "\t" + daemon.gid() + "\t" + daemon.gid() + "\t" + daemon.gid() + "\n"), status);
        assertEquals(Arrays.stream(daemon.groups()).sorted().mapToObj(Integer::toString).toList(), groups(status));
        assertTrue(status.contains("Umask:\t0022\n"), status); // "----w--w-"
        assertTrue(status.contains("SigBlk:\t0000000000000000"), status); // (perl itself ignores SIGFPE)
        String limits = Files.readString(proc.resolve("limits"));
        for (String want : List.of("Max stack size\\s+65536\\s+65536", "Max cpu time\\s+300\\s+300",
            "Max core file size\\s+0\\s+0", "Max open files\\s+16\\s+16")) {
          assertTrue(limits.matches("(?s).*" + want + "\\s.*"), want + " in\n" + limits);
        }
        Set<String> fds;
        try (var list = Files.list(proc.resolve("fd"))) {
          fds = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(List.of("0", "1", "2", "3", "4", "5")), fds, "exactly stdio and the three fd entries");
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(proc.resolve("fd/0")));
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(proc.resolve("fd/1")));
        for (String socket : List.of("2", "3", "4")) {
          assertTrue(Files.readSymbolicLink(proc.resolve("fd/" + socket)).toString().startsWith("socket:["), socket);
        }
        assertEquals(quotes.toRealPath(), Files.readSymbolicLink(proc.resolve("fd/5")));
        assertEquals(cwd.toRealPath(), Files.readSymbolicLink(proc.resolve("cwd")));
        assertEquals("LANG=C\0", Files.readString(proc.resolve("environ")));
        String stat = Files.readString(proc.resolve("stat"));
        assertEquals(Long.toString(pid), stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3], "its own session");
      }
    } finally {
      log.run("log:close()");
    }
  }

  private static List<String> groups(String status) {
    String line = status.lines().filter(l -> l.startsWith("Groups:")).findFirst().orElseThrow();
    return Arrays.stream(line.substring("Groups:".length()).trim().split("\\s+")).sorted().toList();
  }

  private String tcpQuote() throws Exception {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", tcpPort), 5000);
      s.setSoTimeout(10_000);
      return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }
  }

  private String udpQuote() throws Exception {
    try (DatagramSocket s = new DatagramSocket()) {
      s.setSoTimeout(10_000);
      s.send(new DatagramPacket(new byte[] {'\n'}, 1, new InetSocketAddress("127.0.0.1", udpPort)));
      DatagramPacket answer = new DatagramPacket(new byte[512], 512);
      s.receive(answer);
      return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
    }
  }
}
