package jlua.sys;

/** errno values of Linux that {@link jlua.api.Errno} does not name, used by the process and network layers. */
public final class Errnos {
  private Errnos() {}

  public static final int ESRCH = 3;
  public static final int EINTR = 4;
  public static final int ECHILD = 10;
  public static final int ENOTSOCK = 88;
  public static final int EPROTONOSUPPORT = 93;
  public static final int EAFNOSUPPORT = 97;
  public static final int EADDRINUSE = 98;
  public static final int ENOTCONN = 107;
  public static final int ETIMEDOUT = 110;
  public static final int ECONNREFUSED = 111;
}
