package jlua.sys;

import java.util.Arrays;
import jlua.api.Args;
import jlua.api.LuaTable;
import jlua.vm.Values;

/**
 * The trailing options table of a call ({@code {recursive = true, force = true}}), checked as misuse:
 * a value that is not a table, an option name the function does not know, or an option of the wrong
 * type raises {@code bad argument #n to 'cp' (...)}. An absent or nil argument means no options.
 *
 * <pre>{@code
 * Options o = Options.of(args, 3, "force", "recursive");
 * boolean recursive = o.flag("recursive");
 * }</pre>
 */
public final class Options {
  private static final Options NONE = new Options(null, 0, null);

  private final Args args;
  private final int index;
  private final LuaTable table;

  private Options(Args args, int index, LuaTable table) {
    this.args = args;
    this.index = index;
    this.table = table;
  }

  /** The options at argument {@code index}, whose names must be among {@code known}. */
  public static Options of(Args args, int index, String... known) {
    if (args.isNoneOrNil(index)) return NONE;
    LuaTable t = args.checkTable(index);
    for (int pos = t.nextPosition(null); pos >= 0; pos = t.nextPosition(t.keyAt(pos))) {
      Object key = t.keyAt(pos);
      if (!(key instanceof String name) || !Arrays.asList(known).contains(name)) {
        throw args.argError(index, "unknown option '" + Values.toDisplayString(key) + "'");
      }
    }
    return new Options(args, index, t);
  }

  /** Whether the option is present (not nil). */
  public boolean has(String name) {
    return table != null && table.rawget(name) != null;
  }

  /** The raw value of an option (null when absent). */
  public Object value(String name) {
    return table == null ? null : table.rawget(name);
  }

  /** A boolean option: false when absent. */
  public boolean flag(String name) {
    Object v = value(name);
    if (v == null) return false;
    if (v instanceof Boolean b) return b;
    throw wrongType(name, "boolean", v);
  }

  /** A string option (numbers are accepted as their text, as everywhere in Lua). */
  public String string(String name, String def) {
    Object v = value(name);
    if (v == null) return def;
    String s = Values.toStringCoerced(v);
    if (s == null) throw wrongType(name, "string", v);
    return s;
  }

  /** A number option (numeric strings are accepted). */
  public double number(String name, double def) {
    Object v = value(name);
    if (v == null) return def;
    Double d = Values.toNumber(v);
    if (d == null) throw wrongType(name, "number", v);
    return d;
  }

  /** A misuse of option {@code name}: {@code bad argument #n to 'f' (option 'name': message)}. */
  public RuntimeException misuse(String name, String message) {
    return args.argError(index, "option '" + name + "': " + message);
  }

  private RuntimeException wrongType(String name, String expected, Object actual) {
    return misuse(name, expected + " expected, got " + Values.typeName(actual));
  }
}
