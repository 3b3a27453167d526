package jlua.api;

/** A full userdata: a Java object with a metatable and an environment, as Lua sees it. */
public class Userdata extends LuaRef {
  private Object payload;
  public LuaTable metatable;
  public LuaTable env;

  public Userdata(Object payload) {
    this.payload = payload;
  }

  /** The Java object this userdata wraps (null for {@code newproxy} userdata). */
  public Object payload() {
    return payload;
  }

  public void setPayload(Object payload) {
    this.payload = payload;
  }

  @Override
  public final String typeName() {
    return "userdata";
  }
}
