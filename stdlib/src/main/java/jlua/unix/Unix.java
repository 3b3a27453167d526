package jlua.unix;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import jlua.api.Lua;
import jlua.api.LuaTable;
import jlua.sys.Accounts;
import jlua.sys.Tables;

/**
 * The {@code unix} module: {@code unix.users} and {@code unix.groups}. Lua 5.1's {@code pairs} sees only
 * real contents (there is no {@code __pairs}), so each is a real table of entries keyed by name, filled
 * from /etc/passwd or /etc/group; its {@code __index} answers lookups by number (uid, gid) and, when the
 * file has changed since, refills the table first. So {@code pairs} lists every entry once, by name,
 * as of the last lookup, and lookups always see the current file.
 */
final class Unix {
  private Unix() {}

  static LuaTable open(Lua lua) {
    LuaTable unix = lua.library("unix");
    unix.rawset("users", database(lua, Accounts::users, Accounts.User::name, Unix::user, Accounts::user));
    unix.rawset("groups", database(lua, Accounts::groups, Accounts.Group::name, Unix::group, Accounts::group));
    return unix;
  }

  private static LuaTable user(Accounts.User u) {
    return Tables.record("name", u.name(), "uid", Integer.toUnsignedLong(u.uid()), "gid", Integer.toUnsignedLong(u.gid()),
        "gecos", u.gecos(), "home", u.home(), "shell", u.shell());
  }

  private static LuaTable group(Accounts.Group g) {
    return Tables.record("name", g.name(), "gid", Integer.toUnsignedLong(g.gid()), "members", Tables.array(g.members()));
  }

  /** A table kept equal to one database file, with lookups by name or number. */
  private static <T> LuaTable database(Lua lua, Supplier<List<T>> entries, Function<T, String> name,
      Function<T, LuaTable> toLua, Function<Object, T> lookup) {
    LuaTable table = new LuaTable();
    Object[] shown = {null}; // the snapshot the table holds
    Runnable refresh = () -> {
      List<T> now = entries.get();
      if (now == shown[0]) return;
      for (Object key = firstKey(table); key != null; key = firstKey(table)) table.rawset(key, null);
      for (T e : now) {
        if (table.rawget(name.apply(e)) == null) table.rawset(name.apply(e), toLua.apply(e)); // first entry of a name wins
      }
      shown[0] = now;
    };
    refresh.run();
    LuaTable meta = new LuaTable();
    meta.rawset("__index", lua.function("__index", args -> {
      refresh.run();
      T e = lookup.apply(args.arg(2));
      return e == null ? null : table.rawget(name.apply(e));
    }));
    table.setMetatable(meta);
    return table;
  }

  private static Object firstKey(LuaTable t) {
    int pos = t.nextPosition(null);
    return pos < 0 ? null : t.keyAt(pos);
  }
}
