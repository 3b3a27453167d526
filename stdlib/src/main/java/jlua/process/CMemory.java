package jlua.process;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jlua.sys.Native;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;

/**
 * Native memory for one spawn: NUL-terminated strings and NULL-terminated string arrays (argv, envp)
 * written byte for byte from Lua strings (one char per byte), and zeroed blocks for the opaque
 * posix_spawn objects. The Java object keeps the memory alive; hold it until the call returns.
 */
final class CMemory {
  private CMemory() {}

  /** A zeroed block of {@code size} bytes. */
  static Pointer block(int size) {
    return Memory.allocateDirect(Native.runtime(), size, true);
  }

  /** A C string. */
  static Pointer string(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    Pointer p = Memory.allocateDirect(Native.runtime(), b.length + 1, true);
    p.put(0, b, 0, b.length);
    return p;
  }

  /** {@code char *const[]}: the pointers, then the strings, in one block. */
  static Pointer array(List<String> strings) {
    int n = strings.size();
    byte[][] bytes = new byte[n][];
    long size = 8L * (n + 1);
    for (int i = 0; i < n; i++) {
      bytes[i] = strings.get(i).getBytes(StandardCharsets.ISO_8859_1);
      size += bytes[i].length + 1;
    }
    Pointer p = Memory.allocateDirect(Native.runtime(), (int) size, true);
    long at = 8L * (n + 1);
    for (int i = 0; i < n; i++) {
      p.putAddress(8L * i, p.address() + at);
      p.put(at, bytes[i], 0, bytes[i].length);
      at += bytes[i].length + 1;
    }
    return p;
  }
}
