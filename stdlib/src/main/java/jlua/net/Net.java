package jlua.net;

import java.nio.charset.StandardCharsets;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.process.SafePoint;
import jlua.process.Traps;
import jlua.sys.Errnos;
import jlua.sys.LibC;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.Tables;
import jlua.vm.Values;

/**
 * The {@code net} module: listening, bound and connected sockets as userdata over plain descriptors, so
 * a script can pass them to {@code proc.spawn} and a daemon can take over an inherited one with
 * {@code net.fromfd(3)}. Methods: accept, send, recv, close, fd, getsockname.
 */
public final class Net {
  private Net() {}

  private static final int POLL_SLICE_MILLIS = 50;

  static LuaTable open(Lua lua) {
    LuaTable meta = new LuaTable();
    LuaTable methods = new LuaTable();
    LuaTable lib = lua.library("net",
        fn(lua, "connect", a -> connect(meta, a)),
        fn(lua, "dgram", a -> dgram(meta, a)),
        fn(lua, "fromfd", a -> fromfd(meta, a)),
        fn(lua, "tcp", a -> tcp(meta, a)),
        fn(lua, "udp", a -> udp(meta, a)),
        fn(lua, "unix", a -> unix(meta, a)));
    for (JavaFunction f : new JavaFunction[] {
        fn(lua, "accept", a -> accept(meta, a)),
        fn(lua, "close", a -> socket(a).close()),
        fn(lua, "fd", a -> (double) socket(a).fd()),
        fn(lua, "getsockname", Net::getsockname),
        fn(lua, "recv", Net::recv),
        fn(lua, "send", Net::send)}) {
      methods.rawset(f.name(), f);
    }
    meta.rawset("__index", methods);
    meta.rawset("__metatable", "socket");
    meta.rawset("__tostring", lua.function("tostring", a -> {
      Socket s = socket(a);
      return s.fd() < 0 ? s.kind + " socket (closed)" : s.kind + " socket (fd " + s.fd() + ")";
    }));
    lib.rawset("ports", Services.table(lua));
    return lib;
  }

  private static JavaFunction fn(Lua lua, String name, JavaFunction.Body body) {
    return lua.function(name, SafePoint.of(body));
  }

  private static Userdata wrap(LuaTable meta, int fd, int type, String kind) {
    Userdata u = new Userdata(new Socket(fd, type, kind));
    u.metatable = meta;
    return u;
  }

  private static Socket socket(Args args) {
    if (args.arg(1) instanceof Userdata u && u.payload() instanceof Socket s) return s;
    throw args.typeError(1, "socket");
  }

  private static Socket open(Args args) throws OsError {
    Socket s = socket(args);
    if (s.fd() < 0) throw OsError.of("socket", Errno.EBADF);
    return s;
  }

  /** A port: a number or a service name from /etc/services. */
  private static int port(Args args, int i) {
    if (args.arg(i) instanceof Double d) {
      if (d < 0 || d > 65535 || d != Math.floor(d)) throw args.argError(i, "invalid port " + Values.toDisplayString(d));
      return d.intValue();
    }
    String name = args.checkString(i);
    Integer p = Services.port(name);
    if (p == null) throw args.argError(i, "unknown service '" + name + "'");
    return p;
  }

  // net.tcp (host, port [, {backlog}]) -> listening socket
  private static Object tcp(LuaTable meta, Args args) {
    String host = args.checkString(1);
    int port = port(args, 2);
    int backlog = (int) Options.of(args, 3, "backlog").number("backlog", Sockets.DEFAULT_BACKLOG);
    return OsError.call(() -> wrap(meta, Sockets.tcp(host, port, backlog), Sockets.SOCK_STREAM, "tcp"));
  }

  // net.udp (host, port) -> bound socket
  private static Object udp(LuaTable meta, Args args) {
    String host = args.checkString(1);
    int port = port(args, 2);
    return OsError.call(() -> wrap(meta, Sockets.udp(host, port), Sockets.SOCK_DGRAM, "udp"));
  }

  // net.unix (path [, {mode, backlog}]) -> listening Unix stream socket
  private static Object unix(LuaTable meta, Args args) {
    String path = args.checkString(1);
    Options o = Options.of(args, 2, "backlog", "mode");
    Integer mode = o.has("mode") ? jlua.sys.Mode.parseMask(o.value("mode")) : null;
    int backlog = (int) o.number("backlog", Sockets.DEFAULT_BACKLOG);
    return OsError.call(() -> wrap(meta, Sockets.unixStream(path, mode, backlog), Sockets.SOCK_STREAM, "unix"));
  }

  // net.dgram (path [, "connect" | "bind"]) -> Unix datagram socket, connected (e.g. /dev/log) or bound
  private static Object dgram(LuaTable meta, Args args) {
    String path = args.checkString(1);
    int how = args.checkOption(2, "bind", "bind", "connect");
    return OsError.call(() -> wrap(meta, how == 1 ? Sockets.unixDatagramConnected(path) : Sockets.unixDatagram(path, null),
        Sockets.SOCK_DGRAM, "dgram"));
  }

  // net.connect (host, port) -> client stream; net.connect (path) -> Unix stream client
  private static Object connect(LuaTable meta, Args args) {
    String host = args.checkString(1);
    if (args.isNoneOrNil(2) && host.contains("/")) {
      return OsError.call(() -> wrap(meta, Sockets.unixConnect(host), Sockets.SOCK_STREAM, "unix"));
    }
    int port = port(args, 2);
    return OsError.call(() -> wrap(meta, Sockets.connect(host, port), Sockets.SOCK_STREAM, "tcp"));
  }

  // net.fromfd (n) -> socket: an inherited descriptor (made close-on-exec, so it goes no further)
  private static Object fromfd(LuaTable meta, Args args) {
    int fd = args.checkInt(1);
    return OsError.call(() -> {
      int type = Sockets.type(fd);
      Native.libc().fcntl(fd, LibC.F_SETFD, LibC.FD_CLOEXEC);
      Object[] local = Sockets.localAddress(fd);
      String kind = local[0].equals("unix") ? (type == Sockets.SOCK_DGRAM ? "dgram" : "unix")
          : type == Sockets.SOCK_DGRAM ? "udp" : "tcp";
      return wrap(meta, fd, type, kind);
    });
  }

  // socket:accept () -> client socket, peer host (or path), peer port
  private static Object accept(LuaTable meta, Args args) {
    return OsError.call(() -> {
      Socket s = open(args);
      awaitReadable(args, s.fd());
      byte[] addr = SockAddr.buffer();
      int[] len = {addr.length};
      int fd;
      do {
        fd = Native.libc().accept4(s.fd(), addr, len, 02000000); // SOCK_CLOEXEC
      } while (fd < 0 && Native.errno() == Errnos.EINTR);
      Native.check(fd, "accept");
      Object[] peer = SockAddr.decode(addr, len[0]);
      return new Object[] {wrap(meta, fd, Sockets.SOCK_STREAM, s.kind), peer[1], (double) (int) peer[2]};
    });
  }

  // socket:send (data [, host, port]) -> bytes sent
  private static Object send(Args args) {
    String data = args.checkString(2);
    byte[] b = data.getBytes(StandardCharsets.ISO_8859_1);
    return OsError.call(() -> {
      Socket s = open(args);
      long n;
      if (!args.isNoneOrNil(3)) {
        SockAddr to = args.isNoneOrNil(4) ? SockAddr.unix(args.checkString(3)) : SockAddr.inet(args.checkString(3), args.checkInt(4));
        do {
          n = Native.libc().sendto(s.fd(), b, b.length, 0x4000, to.bytes(), to.bytes().length); // MSG_NOSIGNAL
        } while (n < 0 && Native.errno() == Errnos.EINTR);
      } else {
        do {
          n = Native.libc().send(s.fd(), b, b.length, 0x4000);
        } while (n < 0 && Native.errno() == Errnos.EINTR);
      }
      if (n < 0) throw OsError.of("send", Native.errno());
      return (double) n;
    });
  }

  // socket:recv ([max]) -> data (nil at end of stream); datagrams also give the sender: data, host, port
  private static Object recv(Args args) {
    int max = args.optInt(2, 65536);
    if (max <= 0) throw args.argError(2, "positive size expected");
    return OsError.call(() -> {
      Socket s = open(args);
      awaitReadable(args, s.fd());
      byte[] buf = new byte[max];
      byte[] addr = SockAddr.buffer();
      int[] len = {addr.length};
      long n;
      do {
        n = Native.libc().recvfrom(s.fd(), buf, max, 0, addr, len);
      } while (n < 0 && Native.errno() == Errnos.EINTR);
      if (n < 0) throw OsError.of("recv", Native.errno());
      String data = new String(buf, 0, (int) n, StandardCharsets.ISO_8859_1);
      if (s.type == Sockets.SOCK_DGRAM) {
        if (len[0] <= 2) return data; // an unnamed sender
        Object[] from = SockAddr.decode(addr, len[0]);
        if (from[0].equals("unix")) return new Object[] {data, from[1]};
        return new Object[] {data, from[1], (double) (int) from[2]};
      }
      return n == 0 ? null : data;
    });
  }

  // socket:getsockname () -> host, port | path
  private static Object getsockname(Args args) {
    return OsError.call(() -> {
      Object[] a = Sockets.localAddress(open(args).fd());
      if (a[0].equals("unix")) return a[1];
      return new Object[] {a[1], (double) (int) a[2]};
    });
  }

  /**
   * While traps are installed, a blocking accept or recv waits in poll(2) slices so that a trapped
   * signal's handler runs without waiting for traffic.
   */
  private static void awaitReadable(Args args, int fd) throws OsError {
    if (!Traps.installed()) return;
    int[] pollfd = {fd, 1};
    while (true) {
      if (Traps.pending()) Traps.run(args.thread());
      pollfd[1] = 1;
      int rc = Native.libc().poll(pollfd, 1, POLL_SLICE_MILLIS);
      if (rc > 0) return;
      if (rc < 0 && Native.errno() != Errnos.EINTR) throw OsError.of("poll", Native.errno());
    }
  }

}
