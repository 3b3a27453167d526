package jlua.lib;

import jlua.api.Lua;

/** Opens the standard libraries in 5.1's luaL_openlibs order. */
public final class Libraries {
  private Libraries() {}

  public static void openAll(Lua lua) {
    BaseLib.open(lua);
    CoroutineLib.open(lua);
    PackageLib.open(lua);
    TableLib.open(lua);
    IoLib.open(lua);
    OsLib.open(lua);
    StringLib.open(lua);
    MathLib.open(lua);
    DebugLib.open(lua);
  }
}
