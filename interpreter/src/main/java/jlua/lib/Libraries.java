package jlua.lib;

import jlua.api.Lua;

/** Opens the standard libraries in 5.1's luaL_openlibs order. */
public final class Libraries {
  private Libraries() {}

  public static void openAll(Lua lua) {
    BaseLib.open(lua);
    CoroutineLib.open(lua);
    PackageLib.open(lua);
    StringLib.open(lua);
    OsLib.open(lua);
    DebugLib.open(lua);
  }
}
