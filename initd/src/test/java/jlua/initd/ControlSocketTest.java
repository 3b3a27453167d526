package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jlua.initd.config.ServiceFiles;
import jlua.initd.control.ControlClient;
import jlua.initd.control.ControlServer;
import jlua.initd.process.ProcessControls;
import jlua.initd.supervise.EventLog;
import jlua.initd.supervise.Reply;
import jlua.initd.supervise.Supervisor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control socket: its mode, who may use it, the protocol, and the graph and plot it serves. */
class ControlSocketTest {
  @TempDir Path tmp;
  Path dir;
  Path socket;
  Supervisor supervisor;
  ControlServer server;

  @BeforeEach
  void start() throws Exception {
    dir = Files.createDirectory(tmp.resolve("jinit.d"));
    Files.writeString(dir.resolve("db.lua"), "module('db', package.seeall)\nfunction start() end");
    Files.writeString(dir.resolve("web.lua"), "module('web', package.seeall)\ndepends(_M, 'db')\nfunction start() end");
    Files.writeString(dir.resolve("a&b.lua"), "module('a<b>', package.seeall)\ndepends(_M, 'db')\n"
        + "function start() return false, 'no \"quotes\" & <tags>' end");
    socket = tmp.resolve("jinit.sock");
    supervisor = new Supervisor(ProcessControls.unavailable(), new EventLog(new PrintStream(new ByteArrayOutputStream())),
        new PrintStream(new ByteArrayOutputStream()), Supervisor::defaultPolicy);
    server = ControlServer.bind(socket);
    server.serve(words -> Main.dispatch(supervisor, dir, words));
    supervisor.boot(ServiceFiles.load(dir)).get(5, TimeUnit.SECONDS);
    for (int i = 0; i < 200 && !ctl("status", "web").out().contains(" UP "); i++) Thread.sleep(10);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    supervisor.close();
  }

  private Reply ctl(String... words) {
    return ControlClient.send(socket, List.of(words));
  }

  /** Runs {@code jinit ctl -s SOCKET ...} in-process and returns {exit code, stdout, stderr}. */
  private Reply jinitCtl(String... words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("ctl", "-s", socket.toString()));
    args.addAll(List.of(words));
    int code = new Main(new PrintStream(out, true), new PrintStream(err, true)).run(args);
    return new Reply(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSocketIsCreatedMode0600() throws IOException {
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("jinit.d", "jinit.sock"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "the private directory it was bound in is gone");
    }
  }

  @Test
  void commandsAndExitStatuses() {
    Reply status = jinitCtl("status");
    assertEquals(0, status.code());
    assertTrue(status.out().startsWith("NAME "), status.out());
    assertTrue(status.out().lines().anyMatch(l -> l.matches("web +UP .*")), status.out());
    assertEquals(0, jinitCtl("status", "web").code());
    assertEquals(1, jinitCtl("status", "a<b>").code());
    assertEquals(new Reply(1, "", "jinit: no such service: nope\n"), jinitCtl("status", "nope"));
    assertEquals(new Reply(0, "web stopped\n", ""), jinitCtl("stop", "web"));
    assertEquals(new Reply(0, "web OK\n", ""), jinitCtl("start", "web"));
    assertEquals(new Reply(0, "web OK\n", ""), jinitCtl("restart", "web"));
    assertEquals(new Reply(1, "a<b> FAILED (no \"quotes\" & <tags>)\n", ""), jinitCtl("start", "a<b>"));
    assertEquals(new Reply(0, "no changes\n", ""), jinitCtl("reload"));
    Reply usage = jinitCtl("start");
    assertEquals(2, usage.code());
    assertTrue(usage.err().startsWith("jinit: start takes one NAME\nusage: jinit ctl"), usage.err());
    assertEquals(2, jinitCtl("frobnicate").code());
    assertEquals(2, jinitCtl().code());
  }

  @Test
  void theServerChecksCommandsToo() throws IOException {
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      ch.write(ByteBuffer.wrap("frobnicate web\n".getBytes(StandardCharsets.UTF_8)));
      String reply = new String(readAll(ch), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("2 jinit: unknown command 'frobnicate'\n"), reply);
      assertTrue(reply.endsWith("exit 2\n"), reply);
    }
  }

  private static byte[] readAll(SocketChannel ch) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(4096);
    while (ch.read(b) > 0) {
      out.write(b.array(), 0, b.position());
      b.clear();
    }
    return out.toByteArray();
  }

  @Test
  void noServerMeansExitOne() {
    Reply r = ControlClient.send(tmp.resolve("none.sock"), List.of("status"));
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("jinit: cannot connect to " + tmp.resolve("none.sock")), r.err());
  }

  @Test
  void aSecondServerIsRefusedAndAStaleSocketReplaced() throws IOException {
    IOException e = assertThrows(IOException.class, () -> ControlServer.bind(socket));
    assertTrue(e.getMessage().endsWith("another jinit is running"), e.getMessage());
    Path stale = tmp.resolve("stale.sock");
    ControlServer old = ControlServer.bind(stale);
    Path copy = tmp.resolve("keep");
    Files.move(stale, copy, StandardCopyOption.ATOMIC_MOVE);
    old.close(); // a socket file with no server behind it
    Files.move(copy, stale, StandardCopyOption.ATOMIC_MOVE);
    try (ControlServer fresh = ControlServer.bind(stale)) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stale)));
    }
  }

  @Test
  void theGraphIsAcceptedByDot() throws Exception {
    Reply graph = jinitCtl("graph");
    assertEquals(0, graph.code());
    assertTrue(graph.out().contains("\"web\" -> \"db\";"), graph.out());
    assertTrue(graph.out().contains("\"a<b>\" -> \"db\";"), graph.out());
    assumeTrue(Processes.onPath("dot"), "graphviz (dot) is not installed: apt-get install -y graphviz");
    Processes.Result dot = Processes.run(List.of("dot", "-Tsvg"), graph.out());
    assertEquals(0, dot.code(), dot.err());
    assertTrue(dot.out().contains("<svg"));
  }

  @Test
  void thePlotIsWellFormedSvg() throws Exception {
    Reply plot = jinitCtl("plot");
    assertEquals(0, plot.code());
    assertTrue(plot.out().startsWith("<?xml"), plot.out());
    assertTrue(plot.out().contains("a&lt;b&gt;"), "names are escaped");
    assumeTrue(Processes.onPath("xmllint"), "xmllint is not installed: apt-get install -y libxml2-utils");
    Path svg = tmp.resolve("plot.svg");
    Files.writeString(svg, plot.out());
    Processes.Result lint = Processes.run(List.of("xmllint", "--noout", svg.toString()), null);
    assertEquals(0, lint.code(), lint.err());
  }

  /**
   * A client running as nobody: refused by the file mode (0600) at connect, and refused by the
   * SO_PEERCRED check when the mode is opened up. Runs the real {@code jinit ctl} in a JVM as nobody.
   */
  @Test
  void aClientRunningAsNobodyIsRefused() throws Exception {
    assumeTrue(Processes.root(), "needs root to run a client as nobody");
    assumeTrue(Processes.onPath("setpriv"), "needs setpriv (util-linux)");
    String group = Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith("nogroup:"))
        ? "nogroup" : "nobody";
    Path shared = Files.createTempDirectory("jinit-nobody");
    try {
      String classPath = readableCopyOfClassPath(shared);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      List<String> asNobody = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=" + group, "--clear-groups",
          Processes.java(), "--enable-native-access=ALL-UNNAMED", "-cp", classPath, "jlua.initd.Main", "ctl", "-s", socket.toString(), "status"));
      Processes.Result byMode = Processes.run(asNobody, null);
      assertEquals(1, byMode.code(), byMode.err());
      assertTrue(byMode.err().startsWith("jinit: cannot connect to " + socket), byMode.err());
      assertTrue(byMode.err().contains("Permission denied"), byMode.err());
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
      Processes.Result byCredentials = Processes.run(asNobody, null);
      assertEquals(new Processes.Result(1, "", "jinit: permission denied: user nobody may not use " + socket + "\n"),
          byCredentials);
      assertEquals(0, jinitCtl("status").code(), "root still may");
    } finally {
      deleteTree(shared);
    }
  }

  /** Copies this JVM's class path where nobody can read it (a root-only ~/.m2 is not). */
  private static String readableCopyOfClassPath(Path into) throws IOException {
    Files.setPosixFilePermissions(into, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (String entry : System.getProperty("java.class.path").split(":")) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) continue;
      Path to = into.resolve((i++) + "-" + from.getFileName());
      if (Files.isDirectory(from)) {
        try (Stream<Path> all = Files.walk(from)) {
          for (Path p : all.toList()) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target);
          }
        }
      } else {
        Files.copy(from, to);
      }
      entries.add(to.toString());
    }
    try (Stream<Path> all = Files.walk(into)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(":", entries);
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
    }
  }
}
