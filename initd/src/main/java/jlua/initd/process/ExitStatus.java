package jlua.initd.process;

/**
 * How a child process ended, as waitpid(2) reports it: an exit code, or the name of the killing signal
 * ("TERM", "KILL", ...) with a core-dump flag.
 */
public record ExitStatus(long pid, int code, String signal, boolean core) {
  public static ExitStatus exited(long pid, int code) {
    return new ExitStatus(pid, code, null, false);
  }

  public static ExitStatus killed(long pid, String signal, boolean core) {
    return new ExitStatus(pid, -1, signal, core);
  }

  /** Exit code 0 and no signal. */
  public boolean success() {
    return signal == null && code == 0;
  }

  /** "exit 3", "signal KILL", "signal SEGV (core dumped)". */
  public String describe() {
    if (signal == null) return "exit " + code;
    return "signal " + signal + (core ? " (core dumped)" : "");
  }
}
