package jlua.process;

import jlua.api.Args;
import jlua.api.JavaFunction;

/**
 * The safe point of {@code proc.trap}: library functions built with {@link #of} first run the Lua
 * handlers of signals that arrived (a volatile read when none did), on the Lua thread that calls them.
 */
public final class SafePoint {
  private SafePoint() {}

  /** {@code body}, preceded by the pending signal handlers. */
  public static JavaFunction.Body of(JavaFunction.Body body) {
    return args -> {
      run(args);
      return body.call(args);
    };
  }

  /** Runs the pending signal handlers on the thread of the call {@code args} belong to. */
  public static void run(Args args) {
    if (Traps.pending()) Traps.run(args.thread());
  }
}
