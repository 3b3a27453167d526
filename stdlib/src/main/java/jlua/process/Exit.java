package jlua.process;

/**
 * How a child ended, decoded from a waitpid(2) status: an exit code, or the killing signal's name
 * ({@code "TERM"}) and whether it dumped core. {@code code} is -1 when a signal killed it.
 */
public record Exit(long pid, int code, String signal, boolean core) {
  /** Decodes a wait status word. */
  public static Exit of(long pid, int status) {
    int sig = status & 0x7f;
    if (sig == 0) return new Exit(pid, (status >> 8) & 0xff, null, false);
    return new Exit(pid, -1, Signals.name(sig), (status & 0x80) != 0);
  }

  /** From waitid's siginfo: {@code si_code} CLD_EXITED (1), CLD_KILLED (2) or CLD_DUMPED (3). */
  static Exit ofSiginfo(long pid, int siCode, int siStatus) {
    if (siCode == 1) return new Exit(pid, siStatus, null, false);
    return new Exit(pid, -1, Signals.name(siStatus), siCode == 3);
  }

  public boolean success() {
    return signal == null && code == 0;
  }
}
