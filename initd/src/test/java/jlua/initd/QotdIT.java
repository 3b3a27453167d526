package jlua.initd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jlua.initd.supervise.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's services (initd/examples/demo.d) under a real jinit: the Lua qotd daemon (a jlua process
 * started through ./jlua, so this runs after package) serves quotes on the listening socket that jinit
 * opened and handed over as fd 3; the graph and the plot of that boot pass dot and xmllint.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class QotdIT {
  static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  @TempDir Path tmp;
  Path work;
  int port;

  @BeforeEach
  void setUp() throws Exception {
    work = Files.createDirectory(tmp.resolve("work"));
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
  }

  private Booted bootDemo() throws IOException {
    Map<String, String> env = Map.of("JINIT_DEMO_ROOT", ROOT.toString(), "JINIT_DEMO_DIR", work.toString(),
        "JINIT_DEMO_PORT", Integer.toString(port));
    return Booted.boot(tmp, ROOT.resolve("initd/examples/demo.d"), env);
  }

  @Test
  void aClientReadsAQuoteFromTheLuaDaemonThroughTheSocketJinitOpened() throws Exception {
    try (Booted jinit = bootDemo()) {
      jinit.awaitResult("qotd OK");
      String quote = quote();
      List<String> quotes = Files.readAllLines(work.resolve("qotd/quotes.txt"));
      assertTrue(quotes.contains(quote), quote + " is one of " + quotes);

      long daemon = jinit.pid("qotd");
      String listening = listeningSocket(port);
      assertEquals("socket:[" + listening + "]", Files.readSymbolicLink(Path.of("/proc/" + daemon + "/fd/3")).toString(),
          "the daemon's fd 3 is the listening socket on port " + port);
      assertTrue(!descriptors(jinit.process.pid()).contains("socket:[" + listening + "]"),
          "jinit handed the socket over and kept no copy");
      assertTrue(Files.readString(work.resolve("qotd.log")).contains("qotd: pid " + daemon + " serving 4 quotes on 127.0.0.1:" + port),
          "the daemon's stderr goes to the file its table names");
      assertTrue(quotes.contains(quote()), "and it serves the next client too");
    }
  }

  @Test
  void theGraphAndThePlotOfARealBootPassDotAndXmllint() throws Exception {
    try (Booted jinit = bootDemo()) {
      jinit.awaitResult("qotd OK");
      jinit.awaitResult("syslog OK");
      Reply graph = jinit.ctl("graph");
      Reply plot = jinit.ctl("plot");
      assertEquals(0, graph.code());
      assertTrue(graph.out().contains("\"syslog\" -> \"ntpd\";") && graph.out().contains("\"qotd\" -> \"quotes\";"), graph.out());
      assertEquals(0, plot.code());
      assertTrue(plot.out().contains(">qotd<") && plot.out().contains(">flaky<"), plot.out());
      boolean dot = Processes.onPath("dot");
      boolean xmllint = Processes.onPath("xmllint");
      if (dot) {
        Processes.Result r = Processes.run(List.of("dot", "-Tsvg"), graph.out());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<svg"), r.out());
      }
      if (xmllint) {
        Path svg = Files.writeString(tmp.resolve("boot.svg"), plot.out());
        Processes.Result r = Processes.run(List.of("xmllint", "--noout", svg.toString()), null);
        assertEquals(new Processes.Result(0, "", ""), r);
      }
      assumeTrue(dot && xmllint, "dot (graphviz) or xmllint (libxml2-utils) is not installed: apt-get install -y graphviz libxml2-utils");
    }
  }

  private String quote() throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout(30_000); // the daemon is a JVM that may still be starting: the connection waits in the backlog
      return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
    }
  }

  /** The inode of the socket listening on 127.0.0.1:port, from /proc/net/tcp. */
  private static String listeningSocket(int port) throws IOException {
    String local = String.format(Locale.ROOT, "0100007F:%04X", port);
    for (String line : Files.readAllLines(Path.of("/proc/net/tcp"))) {
      String[] f = line.trim().split("\\s+");
      if (f.length > 9 && f[1].equals(local) && f[3].equals("0A")) return f[9];
    }
    throw new AssertionError("nothing listens on 127.0.0.1:" + port);
  }

  private static List<String> descriptors(long pid) throws IOException {
    List<String> out = new ArrayList<>();
    try (var list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
      for (Path fd : list.toList()) {
        try {
          out.add(Files.readSymbolicLink(fd).toString());
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    return out;
  }
}
