package jlua.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** net: sockets as descriptors, talking to Java clients and servers. */
class NetTest extends LuaFiles {
  @BeforeEach
  void requireNet() {
    lua.run("net = require 'net'");
  }

  @Test
  void tcpAcceptsAJavaClient() throws Exception {
    int port = ((Double) value("server = assert(net.tcp('127.0.0.1', 0, {backlog = 4})) local _, p = server:getsockname() return p")).intValue();
    try (Socket client = new Socket()) {
      client.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      OutputStream out = client.getOutputStream();
      out.write("ping".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ok("c, host, cport = server:accept() return host == '127.0.0.1' and cport > 0 and c:recv() == 'ping'");
      ok("return c:send('pong') == 4");
      byte[] got = client.getInputStream().readNBytes(4);
      assertEquals("pong", new String(got, StandardCharsets.ISO_8859_1));
    }
    ok("return c:recv() == nil"); // the client closed: end of stream
    ok("return c:close() == true and c:close() == false and tostring(c):find('closed') ~= nil");
    fails("return c:send('x')", "socket: Bad file descriptor", 9);
    lua.set("port", (double) port);
    fails("return net.tcp('127.0.0.1', port)", "127.0.0.1:" + port + ": Address already in use", 98);
    ok("return server:close()");
    fails("return net.connect('127.0.0.1', port)", "127.0.0.1:" + port + ": Connection refused", 111);
    ok("return type(server:fd()) == 'number'");
  }

  @Test
  void connectReachesAJavaServer() throws Exception {
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      lua.set("port", (double) server.getLocalPort());
      ok("c = assert(net.connect('localhost', port)) return c:send('hello') == 5");
      try (Socket s = server.accept()) {
        assertEquals("hello", new String(s.getInputStream().readNBytes(5), StandardCharsets.ISO_8859_1));
      }
      ok("return c:close()");
    }
  }

  @Test
  void udpReceivesDatagramsWithTheSender() throws Exception {
    int port = ((Double) value("u = assert(net.udp('127.0.0.1', 0)) local _, p = u:getsockname() return p")).intValue();
    try (DatagramSocket d = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      byte[] b = "datagram".getBytes(StandardCharsets.ISO_8859_1);
      d.send(new DatagramPacket(b, b.length, InetAddress.getByName("127.0.0.1"), port));
      lua.set("jport", (double) d.getLocalPort());
      ok("local data, host, p = u:recv() return data == 'datagram' and host == '127.0.0.1' and p == jport");
      ok("return u:send('reply', '127.0.0.1', jport) == 5");
      DatagramPacket in = new DatagramPacket(new byte[16], 16);
      d.setSoTimeout(5000);
      d.receive(in);
      assertEquals("reply", new String(in.getData(), 0, in.getLength(), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void unixSocketsStreamAndDatagram() throws Exception {
    ok("s = assert(net.unix('sock', {mode = '0600'})) return fs.stat('sock').type == 'socket' and fs.stat('sock').mode == '0600'");
    assertEquals(dir.resolve("sock").toString(), value("return s:getsockname()"));
    ok("c = assert(net.connect(T .. '/sock')) local a = assert(s:accept()) c:send('over unix') return a:recv() == 'over unix'");
    ok("s:close() s = assert(net.unix('sock')) return s ~= nil"); // a stale socket file is replaced
    Files.writeString(dir.resolve("plain"), "not a socket");
    fails("return net.unix('plain')", "plain: Address already in use", 98);
    ok("d = assert(net.dgram('log')) w = assert(net.dgram('log', 'connect')) return w:send('one') == 3 and d:recv() == 'one'");
    fails("return net.dgram('nolog', 'connect')", "nolog: No such file or directory", 2);
    assertTrue(error("net.dgram('x', 'listen')").contains("invalid option 'listen'"));
  }

  @Test
  void portsAndFromfdAndMisuse() {
    assertEquals(22.0, value("return net.ports.ssh"));
    assertEquals(17.0, value("return net.ports.qotd"));
    assertEquals(null, value("return net.ports['no-such-service']"));
    ok("local s = assert(net.tcp('127.0.0.1', 'qotd')) or true s:close() return true");
    assertTrue(error("net.tcp('127.0.0.1', 'no-such-service')").contains("unknown service 'no-such-service'"));
    assertTrue(error("net.tcp('127.0.0.1', 70000)").contains("invalid port"));
    ok("local s = assert(net.tcp('127.0.0.1', 0)) local w = assert(net.fromfd(s:fd())) return w:getsockname() == '127.0.0.1'");
    fails("return net.fromfd(0 + 987)", "fd 987: Bad file descriptor", 9);
    fails("return net.tcp('no.such.host.invalid', 1)", "no.such.host.invalid:1: Name or service not known", 22);
  }
}
