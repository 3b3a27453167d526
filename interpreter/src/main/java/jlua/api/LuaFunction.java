package jlua.api;

/** A Lua function value: a compiled Lua closure or a Java function. */
public abstract class LuaFunction extends LuaRef {
  /** The function's environment (5.1's {@code getfenv(f)}): where its global names resolve. */
  public LuaTable env;

  protected LuaFunction(LuaTable env) {
    this.env = env;
  }

  @Override
  public final String typeName() {
    return "function";
  }
}
