package jlua.initd.config;

/** A daemon's {@code restart} field: when an exited daemon is started again. */
public enum Restart {
  ALWAYS("always"), ON_FAILURE("on-failure"), NEVER("never");

  private final String luaName;

  Restart(String luaName) {
    this.luaName = luaName;
  }

  public String luaName() {
    return luaName;
  }

  static Restart parse(Object value) {
    for (Restart r : values()) {
      if (r.luaName.equals(value)) return r;
    }
    throw new IllegalArgumentException("restart must be \"always\", \"on-failure\" or \"never\", not " + value);
  }
}
