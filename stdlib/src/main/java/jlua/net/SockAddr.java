package jlua.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import jlua.api.Errno;
import jlua.sys.Errnos;
import jlua.sys.OsError;

/**
 * struct sockaddr as bytes: sockaddr_in, sockaddr_in6 and sockaddr_un built from a host and port or a
 * path, and decoded back. Host names resolve through the JDK (no native resolver, no process).
 */
public record SockAddr(int family, byte[] bytes, String display) {
  public static final int AF_UNIX = 1;
  public static final int AF_INET = 2;
  public static final int AF_INET6 = 10;

  /** An IP address and port; "*", "" and "0.0.0.0" are every IPv4 address, "::" every IPv6 one. */
  public static SockAddr inet(String host, int port) throws OsError {
    String shown = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    if (port < 0 || port > 65535) throw OsError.of(shown, Errno.EINVAL);
    InetAddress a;
    try {
      a = host.isEmpty() || host.equals("*") ? InetAddress.getByName("0.0.0.0") : InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw OsError.detailed(shown, Errno.EINVAL, "Name or service not known");
    }
    byte[] ip = a.getAddress();
    if (a instanceof Inet4Address) {
      byte[] b = new byte[16];
      b[0] = AF_INET;
      b[2] = (byte) (port >> 8);
      b[3] = (byte) port;
      System.arraycopy(ip, 0, b, 4, 4);
      return new SockAddr(AF_INET, b, shown);
    }
    byte[] b = new byte[28];
    b[0] = AF_INET6;
    b[2] = (byte) (port >> 8);
    b[3] = (byte) port;
    System.arraycopy(ip, 0, b, 8, 16);
    if (a instanceof Inet6Address v6) {
      int scope = v6.getScopeId();
      b[24] = (byte) scope;
      b[25] = (byte) (scope >> 8);
      b[26] = (byte) (scope >> 16);
      b[27] = (byte) (scope >>> 24);
    }
    return new SockAddr(AF_INET6, b, shown);
  }

  /** A Unix socket path (at most 107 bytes). */
  public static SockAddr unix(String path) throws OsError {
    byte[] p = path.getBytes(StandardCharsets.ISO_8859_1);
    if (p.length > 107) throw OsError.of(path, Errno.ENAMETOOLONG);
    byte[] b = new byte[2 + p.length + 1];
    b[0] = AF_UNIX;
    System.arraycopy(p, 0, b, 2, p.length);
    return new SockAddr(AF_UNIX, b, path);
  }

  /** A buffer large enough for any address (sockaddr_storage). */
  public static byte[] buffer() {
    return new byte[128];
  }

  /** Decodes {@code len} bytes: {family, host or path, port (0 for Unix)}. */
  public static Object[] decode(byte[] b, int len) {
    int family = (b[0] & 0xff) | (b[1] & 0xff) << 8;
    int port = (b[2] & 0xff) << 8 | (b[3] & 0xff);
    try {
      if (family == AF_INET) {
        byte[] ip = new byte[4];
        System.arraycopy(b, 4, ip, 0, 4);
        return new Object[] {"inet", InetAddress.getByAddress(ip).getHostAddress(), port};
      }
      if (family == AF_INET6) {
        byte[] ip = new byte[16];
        System.arraycopy(b, 8, ip, 0, 16);
        String h = InetAddress.getByAddress(ip).getHostAddress();
        int pct = h.indexOf('%');
        return new Object[] {"inet6", pct >= 0 ? h.substring(0, pct) : h, port};
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
    if (family == AF_UNIX) {
      int end = 2;
      while (end < len && b[end] != 0) end++;
      return new Object[] {"unix", new String(b, 2, Math.max(0, end - 2), StandardCharsets.ISO_8859_1), 0};
    }
    return new Object[] {"unknown", null, 0};
  }

  static int errnoForHost() {
    return Errnos.EAFNOSUPPORT;
  }
}
