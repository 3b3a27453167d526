package jlua.lib;

import java.util.Locale;
import jlua.api.JavaFunction;
import jlua.api.Lua;

/**
 * A library's functions as the constants of one enum that is their body: the constant's name in lower
 * case is the Lua name, and the enum's {@code call} switches over {@code this} to the function. The
 * standard libraries open at every start, and a lambda or method reference per function costs a
 * call-site link each (~0.1-0.3 ms even from the start-up archive), where an enum is two classes per
 * library; a call pays one switch, and a hot call site no longer inlines the function. Functions that
 * keep data of their Lua state find it through {@code args.global()}. Where that will not do (the base
 * library, whose select and unpack sit in inner loops; functions that hold tables of their own), what
 * every start runs uses anonymous classes: each loads from the archive, without a link.
 *
 * <pre>{@code
 * private enum Table implements JavaFunction.Body {
 *   CONCAT, INSERT;
 *   public Object call(Args a) {
 *     return switch (this) { case CONCAT -> concat(a); case INSERT -> insert(a); };
 *   }
 * }
 * lua.library("table", FunctionSet.of(lua, Table.values()));
 * }</pre>
 */
final class FunctionSet {
  private FunctionSet() {}

  /** One Lua function per constant, named by the constant in lower case. */
  @SafeVarargs
  static <E extends Enum<E> & JavaFunction.Body> JavaFunction[] of(Lua lua, E... constants) {
    JavaFunction[] functions = new JavaFunction[constants.length];
    for (int i = 0; i < constants.length; i++) {
      functions[i] = lua.function(constants[i].name().toLowerCase(Locale.ROOT), constants[i]);
    }
    return functions;
  }
}
