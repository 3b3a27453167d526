package jlua.api;

/**
 * A Lua function implemented in Java. Every library function has this one shape: it receives its
 * arguments as {@link Args} and returns its results (see {@link Body#call}).
 */
public final class JavaFunction extends LuaFunction {
  /** The body of a Java function. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the function. Return a single Lua value (null is one nil; numbers as {@link Double}), an
     * {@code Object[]} for several results, or {@link Args#NONE} for no result. Raise errors by
     * throwing {@link LuaError}.
     */
    Object call(Args args);
  }

  private final String name;
  private final Body body;

  public JavaFunction(String name, Body body) {
    super(null);
    this.name = name;
    this.body = body;
  }

  /** The name the function was registered under (for diagnostics; Lua error messages use call sites). */
  public String name() {
    return name;
  }

  public Body body() {
    return body;
  }
}
