package jlua.api;

/**
 * A Lua error in flight: carries any Lua value, as {@code error(v)} does.
 *
 * <p>Errors raised by Java library code with a string message get the position of the calling Lua code
 * prepended when they leave the Java function (like {@code luaL_error}); errors carrying a value that must
 * stay as it is are created with {@link #raw(Object)}.
 */
public class LuaError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private Object value;
  private boolean positioned; // true once "chunk:line: " was added or must never be added
  private String luaTraceback; // set by the top-level handler that prints it
  private boolean handlerFailure;

  /** An error with a message; the position of the calling Lua code is added when it leaves Java. */
  public LuaError(String message) {
    super(null, null, false, false); // no Java stack trace: Lua errors are control flow
    this.value = message;
  }

  private LuaError(Object value, boolean positioned) {
    super(null, null, false, false);
    this.value = value;
    this.positioned = positioned;
  }

  /** An error whose value is passed through untouched (tables, pre-formatted messages, level 0). */
  public static LuaError raw(Object value) {
    return new LuaError(value, true);
  }

  /** 5.1's LUA_ERRERR: an error while handling an error; message handlers are not run for it. */
  public static LuaError errorInErrorHandling() {
    LuaError e = new LuaError("error in error handling", true);
    e.handlerFailure = true;
    return e;
  }

  public boolean isHandlerFailure() {
    return handlerFailure;
  }

  /** The Lua value of this error (a String for ordinary messages). */
  public Object value() {
    return value;
  }

  @Override
  public String getMessage() {
    Object v = value;
    if (v instanceof String s) return s;
    if (v instanceof Double d) return jlua.vm.NumberFormat.toLuaString(d);
    if (v == null) return "nil";
    return "(error object is a " + jlua.vm.Values.typeName(v) + " value)";
  }

  /** Whether a position prefix may still be added (internal to the VM). */
  public boolean needsPosition() {
    return !positioned;
  }

  /** Adds the "chunk:line: " prefix computed by the VM, once. */
  public void addPosition(String where) {
    if (positioned) return;
    positioned = true;
    if (!where.isEmpty() && value instanceof String s) value = where + s;
  }

  public String luaTraceback() {
    return luaTraceback;
  }

  public void setLuaTraceback(String traceback) {
    this.luaTraceback = traceback;
  }
}
