package jlua.initd.supervise;

/** The answer to one control command: an exit status (0 success, 1 failure, 2 usage), stdout and stderr text. */
public record Reply(int code, String out, String err) {
  public static Reply ok(String out) {
    return new Reply(0, out, "");
  }

  public static Reply failure(String err) {
    return new Reply(1, "", err);
  }

  public static Reply usage(String err) {
    return new Reply(2, "", err);
  }
}
