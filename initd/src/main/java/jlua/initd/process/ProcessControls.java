package jlua.initd.process;

import java.util.ServiceLoader;
import jlua.initd.config.DaemonSpec;

/**
 * Finds the system's {@link ProcessControl}: the first one listed under
 * {@code META-INF/services/jlua.initd.process.ProcessControl}; without one, {@link #unavailable()}, which
 * honestly refuses to start daemons (rc-module services still work).
 */
public final class ProcessControls {
  private ProcessControls() {}

  public static ProcessControl system() {
    for (ProcessControl control : ServiceLoader.load(ProcessControl.class)) return control;
    return unavailable();
  }

  /** No native process layer on the class path: daemons fail with a clear reason, nothing is faked. */
  public static ProcessControl unavailable() {
    return new ProcessControl() {
      private static final String WHY = "daemon launching is not available yet (no native process layer)";

      @Override
      public void becomeReaper(ExitListener orphans) throws LaunchException {
        throw new LaunchException("orphan reaping is not available yet (no native process layer)");
      }

      @Override
      public long spawn(DaemonSpec spec, ExitListener onExit) throws LaunchException {
        throw new LaunchException(WHY);
      }

      @Override
      public boolean kill(long pid, UnixSignal signal) {
        return false;
      }

      @Override
      public boolean available() {
        return false;
      }
    };
  }
}
