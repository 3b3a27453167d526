package jlua.initd.process;

/** A daemon could not be started: its message is the reason shown as "NAME FAILED (reason)". */
public class LaunchException extends Exception {
  private static final long serialVersionUID = 1L;

  public LaunchException(String message) {
    super(message);
  }

  public LaunchException(String message, Throwable cause) {
    super(message, cause);
  }
}
