package jlua.api;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A Lua value with identity (table, function, userdata, thread). Its {@link #address()} is unique for
 * the life of the process, so {@code tostring(t)} can serve as a key, as scripts expect of 5.1's
 * {@code %p} addresses.
 */
public abstract class LuaRef {
  private static final AtomicLong NEXT_ADDRESS = new AtomicLong(0x5580_0000_0000L);
  private long address;

  /** A unique, stable pseudo-address for {@code tostring}. */
  public final long address() {
    long a = address;
    if (a == 0) {
      a = NEXT_ADDRESS.addAndGet(0x20);
      address = a;
    }
    return a;
  }

  /** The Lua type name of this value. */
  public abstract String typeName();

  @Override
  public String toString() {
    return typeName() + ": 0x" + Long.toHexString(address());
  }
}
