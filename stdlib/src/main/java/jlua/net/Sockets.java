package jlua.net;

import java.io.IOException;
import java.nio.file.Files;
import jlua.api.Errno;
import jlua.sys.Errnos;
import jlua.sys.FileStatus;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.SysPath;

/**
 * Sockets as plain int descriptors, made with libc's socket/bind/listen/connect (close-on-exec), so they
 * can be handed to a spawned child as fd 3, 4, ... Every failure names the address:
 * {@code 0.0.0.0:17: Address already in use}.
 */
public final class Sockets {
  private Sockets() {}

  public static final int SOCK_STREAM = 1;
  public static final int SOCK_DGRAM = 2;
  private static final int SOCK_CLOEXEC = 02000000;
  private static final int SOL_SOCKET = 1;
  private static final int SO_REUSEADDR = 2;
  private static final int SO_TYPE = 3;
  public static final int DEFAULT_BACKLOG = 128;

  /** A listening TCP socket on host:port (SO_REUSEADDR). */
  public static int tcp(String host, int port, int backlog) throws OsError {
    SockAddr a = SockAddr.inet(host, port);
    return socket(a, SOCK_STREAM, fd -> {
      Native.libc().setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, new int[] {1}, 4);
      bind(fd, a, a.display());
      Native.check(Native.libc().listen(fd, backlog), a.display());
    });
  }

  /** A UDP socket bound to host:port. */
  public static int udp(String host, int port) throws OsError {
    SockAddr a = SockAddr.inet(host, port);
    return socket(a, SOCK_DGRAM, fd -> bind(fd, a, a.display()));
  }

  /** A TCP client connected to host:port. */
  public static int connect(String host, int port) throws OsError {
    SockAddr a = SockAddr.inet(host, port);
    return socket(a, SOCK_STREAM, fd -> connect(fd, a, a.display()));
  }

  /**
   * A listening Unix stream socket at {@code path}; a stale socket file there is replaced (any other
   * kind of file is an error). {@code mode} (may be null) is applied to the socket file.
   */
  public static int unixStream(String path, Integer mode, int backlog) throws OsError {
    SockAddr a = SockAddr.unix(SysPath.of(path).path().toString());
    replaceStale(path);
    return socket(a, SOCK_STREAM, fd -> {
      bind(fd, a, path);
      if (mode != null) chmod(path, mode);
      Native.check(Native.libc().listen(fd, backlog), path);
    });
  }

  /** A Unix datagram socket bound at {@code path} (a stale socket file is replaced). */
  public static int unixDatagram(String path, Integer mode) throws OsError {
    SockAddr a = SockAddr.unix(SysPath.of(path).path().toString());
    replaceStale(path);
    return socket(a, SOCK_DGRAM, fd -> {
      bind(fd, a, path);
      if (mode != null) chmod(path, mode);
    });
  }

  /** A Unix datagram socket connected to {@code path} (e.g. /dev/log). */
  public static int unixDatagramConnected(String path) throws OsError {
    return unixConnected(path, SOCK_DGRAM);
  }

  /** A Unix stream client connected to {@code path}. */
  public static int unixConnect(String path) throws OsError {
    return unixConnected(path, SOCK_STREAM);
  }

  private static int unixConnected(String path, int type) throws OsError {
    SockAddr a = SockAddr.unix(SysPath.of(path).path().toString());
    return socket(a, type, fd -> connect(fd, a, path));
  }

  /** SO_TYPE of a descriptor (SOCK_STREAM, SOCK_DGRAM), or an error such as ENOTSOCK. */
  public static int type(int fd) throws OsError {
    int[] v = new int[1];
    Native.check(Native.libc().getsockopt(fd, SOL_SOCKET, SO_TYPE, v, new int[] {4}), "fd " + fd);
    return v[0];
  }

  /** getsockname(2) decoded: {family, host or path, port}. */
  public static Object[] localAddress(int fd) throws OsError {
    byte[] b = SockAddr.buffer();
    int[] len = {b.length};
    Native.check(Native.libc().getsockname(fd, b, len), "fd " + fd);
    return SockAddr.decode(b, len[0]);
  }

  /** What makes a new socket ready: binding, listening, connecting. */
  @FunctionalInterface
  private interface Setup {
    void on(int fd) throws OsError;
  }

  /** A close-on-exec socket for {@code a}'s family, made ready by {@code setup}, or closed again if that fails. */
  private static int socket(SockAddr a, int type, Setup setup) throws OsError {
    int fd = Native.check(Native.libc().socket(a.family(), type | SOCK_CLOEXEC, 0), a.display());
    try {
      setup.on(fd);
      return fd;
    } catch (OsError e) {
      Native.libc().close(fd);
      throw e;
    }
  }

  private static void bind(int fd, SockAddr a, String name) throws OsError {
    Native.check(Native.libc().bind(fd, a.bytes(), a.bytes().length), name);
  }

  /** connect(2), again after a signal interrupts it. */
  private static void connect(int fd, SockAddr a, String name) throws OsError {
    while (Native.libc().connect(fd, a.bytes(), a.bytes().length) != 0) {
      int errno = Native.errno();
      if (errno != Errnos.EINTR) throw OsError.of(name, errno);
    }
  }

  private static void replaceStale(String name) throws OsError {
    SysPath p = SysPath.of(name);
    try {
      FileStatus st = FileStatus.of(p, false);
      if (!st.type().equals("socket")) throw OsError.of(name, Errnos.EADDRINUSE);
      Files.delete(p.path());
    } catch (OsError e) {
      if (e.errno() != Errno.ENOENT) throw e;
    } catch (IOException e) {
      throw p.error(e);
    }
  }

  private static void chmod(String name, int mode) throws OsError {
    SysPath p = SysPath.of(name);
    try {
      jlua.sys.Metadata.setMode(p.path(), mode, true);
    } catch (IOException e) {
      throw p.error(e);
    }
  }
}
