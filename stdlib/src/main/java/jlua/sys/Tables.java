package jlua.sys;

import java.util.Collection;
import jlua.api.LuaTable;

/** Building the Lua tables that module functions return. */
public final class Tables {
  private Tables() {}

  /** An array {v1, v2, ...} of Lua values (Java numbers become Lua numbers). */
  public static LuaTable array(Collection<?> values) {
    LuaTable t = new LuaTable(values.size(), 0);
    int i = 1;
    for (Object v : values) t.rawset(i++, v instanceof Number n ? (Object) n.doubleValue() : v);
    return t;
  }

  /** A record table from alternating keys and values; null values are left out. */
  public static LuaTable record(Object... keysAndValues) {
    LuaTable t = new LuaTable(0, keysAndValues.length / 2);
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      if (v != null) t.rawset(keysAndValues[i], v instanceof Number n ? (Object) n.doubleValue() : v);
    }
    return t;
  }
}
