package jlua.sys;

import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;

/**
 * The C library functions the JDK does not offer, bound through jnr-ffi. Get the instance from
 * {@link Native#libc()} (never load it yourself: that costs start-up for every script). Paths are
 * NUL-terminated byte arrays ({@link SysPath#cString}); functions that set errno carry
 * {@code @SaveError}, read it with {@link Native#errno()}. Add functions here as modules need them.
 */
public interface LibC {
  int umask(int mask);

  @SaveError
  int mkfifo(@In byte[] path, int mode);

  @SaveError
  int mknod(@In byte[] path, int mode, long dev);

  @SaveError
  int statvfs(@In byte[] path, @Out StatVfs buf);

  /** statx(2) (glibc 2.28+): a stat whose buffer layout is the same on every architecture. */
  @SaveError
  int statx(int dirfd, @In byte[] path, int flags, int mask, @Out byte[] buf);

  /** utimensat(2); {@code times} is struct timespec[2]: atime seconds, nanoseconds, mtime seconds, nanoseconds. */
  @SaveError
  int utimensat(int dirfd, @In byte[] path, @In long[] times, int flags);

  String strerror(int errno);

  int AT_FDCWD = -100;
  int AT_SYMLINK_NOFOLLOW = 0x100;
}
