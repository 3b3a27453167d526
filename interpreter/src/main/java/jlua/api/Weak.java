package jlua.api;

import java.lang.ref.WeakReference;
import jlua.vm.Values;

/**
 * Weak entries of tables whose metatable has {@code __mode}. Only collectable values (tables,
 * functions, userdata, coroutines) are held weakly; strings, numbers and booleans are values in Lua's
 * sense and stay, as in 5.1.
 */
final class Weak {
  /** Stands in a key slot whose weakly held key was collected: it matches no key. */
  static final Object DEAD_KEY = new Object();

  private Weak() {}

  private static final class Ref extends WeakReference<Object> {
    Ref(Object referent) {
      super(referent);
    }
  }

  static Object wrapKey(Object key) {
    return Values.isCollectable(key) ? new Ref(key) : key;
  }

  static Object wrapValue(Object value, byte mode) {
    return (mode & LuaTable.WEAK_VALUES) != 0 && Values.isCollectable(value) ? new Ref(value) : value;
  }

  static Object rewrap(Object plain, byte mode, boolean isKey) {
    if (plain == null) return null;
    byte bit = isKey ? LuaTable.WEAK_KEYS : LuaTable.WEAK_VALUES;
    return (mode & bit) != 0 && Values.isCollectable(plain) ? new Ref(plain) : plain;
  }

  /** The plain value of a possibly wrapped entry (null when collected). */
  static Object deref(Object stored) {
    return stored instanceof Ref r ? r.get() : stored;
  }

  static Object derefMode(Object stored, byte mode) {
    return mode == 0 ? stored : deref(stored);
  }
}
