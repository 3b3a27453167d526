package jlua.initd.config;

/**
 * A descriptor a daemon receives, described at load time and opened only by the launcher (as root,
 * before dropping privileges). Service files build these with {@code file}, {@code tcp}, {@code udp},
 * {@code unix} and {@code dgram}; {@code plan} never opens anything.
 */
public sealed interface Io {
  /** A file opened with an io.open-style mode: "r", "w", "a", "r+", "w+", "a+". */
  record File(String path, String mode) implements Io {
    @Override
    public String describe() {
      return "file(" + path + ", " + mode + ")";
    }
  }

  /** A listening TCP socket bound to host:port (SO_REUSEADDR; the launcher picks the backlog, e.g. 128). */
  record Tcp(String host, int port) implements Io {
    @Override
    public String describe() {
      return "tcp(" + host + ", " + port + ")";
    }
  }

  /** A UDP socket bound to host:port. */
  record Udp(String host, int port) implements Io {
    @Override
    public String describe() {
      return "udp(" + host + ", " + port + ")";
    }
  }

  /** A listening Unix stream socket at path (a stale socket file there is replaced). */
  record UnixStream(String path) implements Io {
    @Override
    public String describe() {
      return "unix(" + path + ")";
    }
  }

  /** A Unix datagram socket: bound at path, or connected to it ({@code dgram("/dev/log", "connect")}). */
  record UnixDatagram(String path, boolean connect) implements Io {
    @Override
    public String describe() {
      return connect ? "dgram(" + path + ", connect)" : "dgram(" + path + ")";
    }
  }

  /** /dev/null, the default for stdin, stdout and stderr. */
  static Io devNull(String mode) {
    return new File("/dev/null", mode);
  }

  /** How status and plan show it. */
  String describe();
}
