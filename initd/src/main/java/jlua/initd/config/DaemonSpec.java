package jlua.initd.config;

import java.util.List;
import java.util.Map;

/**
 * A daemon table resolved over {@code _DEFAULT}: everything needed to start the process, as plain data
 * (records compare by value, which is how reload tells a changed daemon). {@code argv} is exec followed by
 * {@code arg}; {@code env} is the complete environment; {@code user}/{@code group} are names or numbers
 * as written, resolved by the launcher.
 */
public record DaemonSpec(
    String name,
    String exec,
    List<String> argv,
    Map<String, String> env,
    String cwd,
    String user,
    String group,
    int umask,
    Io stdin,
    Io stdout,
    Io stderr,
    List<Io> fds,
    Limits limits,
    Restart restart) {

  public DaemonSpec {
    argv = List.copyOf(argv);
    env = Map.copyOf(env);
    fds = List.copyOf(fds);
  }

  /** The umask as four octal digits ("0077"). */
  public String umaskOctal() {
    return Umask.octal(umask);
  }
}
