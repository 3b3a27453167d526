package jlua.sys;

import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;

/**
 * A module's functions as one dispatching body: {@code FunctionTable.of(lua, Fs::call, "basename", ...)}
 * makes a Lua function per name, each calling {@code call(name, args)}, whose switch over the names is
 * the module's registration table. A method reference per function would spin a class for each when
 * the module opens (~0.35 ms apiece: 11 ms for fs, more than a thousand fs calls take once compiled);
 * used by the modules scripts open every time (fs, proc).
 */
public final class FunctionTable {
  private FunctionTable() {}

  /** What runs Lua function {@code name} of the module. */
  @FunctionalInterface
  public interface Dispatch {
    Object call(String name, Args args);
  }

  /** One function per name, in the given order, all run by {@code dispatch}. */
  public static JavaFunction[] of(Lua lua, Dispatch dispatch, String... names) {
    JavaFunction[] functions = new JavaFunction[names.length];
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      functions[i] = lua.function(name, args -> dispatch.call(name, args));
    }
    return functions;
  }

  /** The error of a name that a table lists and its dispatch lacks: a bug here, not a script's misuse. */
  public static IllegalStateException unknown(String module, String name) {
    return new IllegalStateException(module + "." + name + " is listed but not dispatched");
  }
}
