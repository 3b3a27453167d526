package jlua.vm;

import jlua.api.LuaFunction;
import jlua.api.LuaTable;

/** A Lua function value: a prototype plus its upvalues and environment. */
public final class LuaClosure extends LuaFunction {
  public final Proto p;
  public final UpVal[] upvals;

  public LuaClosure(Proto p, LuaTable env) {
    super(env);
    this.p = p;
    this.upvals = new UpVal[p.nups];
  }
}
