package jlua.sys;

import jnr.ffi.Runtime;
import jnr.ffi.Struct;

/** struct statvfs of 64-bit Linux (glibc), for {@link LibC#statvfs}. */
public final class StatVfs extends Struct {
  public final UnsignedLong bsize = new UnsignedLong();
  public final UnsignedLong frsize = new UnsignedLong();
  public final u_int64_t blocks = new u_int64_t();
  public final u_int64_t bfree = new u_int64_t();
  public final u_int64_t bavail = new u_int64_t();
  public final u_int64_t files = new u_int64_t();
  public final u_int64_t ffree = new u_int64_t();
  public final u_int64_t favail = new u_int64_t();
  public final UnsignedLong fsid = new UnsignedLong();
  public final UnsignedLong flag = new UnsignedLong();
  public final UnsignedLong namemax = new UnsignedLong();
  public final Signed32[] spare = array(new Signed32[6]);

  public StatVfs(Runtime runtime) {
    super(runtime);
  }
}
