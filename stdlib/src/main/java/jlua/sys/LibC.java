package jlua.sys;

import jnr.ffi.Pointer;
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

  // ---- files and descriptors -------------------------------------------------------------------

  @SaveError
  int open(@In byte[] path, int flags, int mode);

  @SaveError
  int close(int fd);

  @SaveError
  int fcntl(int fd, int cmd, int arg);

  @SaveError
  int pipe2(@Out int[] fds, int flags);

  @SaveError
  long read(int fd, @Out byte[] buf, long count);

  @SaveError
  long write(int fd, @In byte[] buf, long count);

  @SaveError
  int poll(@In @Out int[] fds, long nfds, int timeout);

  // ---- processes -------------------------------------------------------------------------------

  @SaveError
  int kill(int pid, int sig);

  /** signal(2); handler 0 is SIG_DFL, 1 SIG_IGN. */
  long signal(int sig, long handler);

  @SaveError
  int waitpid(int pid, @Out int[] status, int options);

  /** waitid(2); {@code info} is a siginfo_t (128 bytes). */
  @SaveError
  int waitid(int idtype, int id, @Out byte[] info, int options);

  @SaveError
  int prctl(int option, long arg2, long arg3, long arg4, long arg5);

  /** prlimit(2): {@code limits} is struct rlimit {soft, hard}; either may be null. */
  @SaveError
  int prlimit(int pid, int resource, @In long[] newLimits, @Out long[] oldLimits);

  @SaveError
  int unshare(int flags);

  /** syscall(2), for the calls whose glibc wrappers act on every thread (setresuid and friends). */
  @SaveError
  long syscall(long number, long a, long b, long c);

  @SaveError
  int setuid(int uid);

  @SaveError
  int setgid(int gid);

  @SaveError
  int setgroups(long size, @In int[] groups);

  // posix_spawn(3) and its attribute and file-action objects (opaque memory we allocate)
  int posix_spawn(@Out int[] pid, Pointer path, Pointer fileActions, Pointer attr, Pointer argv, Pointer envp);

  int posix_spawn_file_actions_init(Pointer actions);

  int posix_spawn_file_actions_destroy(Pointer actions);

  int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newfd);

  int posix_spawn_file_actions_addclose(Pointer actions, int fd);

  int posix_spawn_file_actions_addopen(Pointer actions, int fd, Pointer path, int flags, int mode);

  int posix_spawn_file_actions_addchdir_np(Pointer actions, Pointer path);

  int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int from);

  int posix_spawnattr_init(Pointer attr);

  int posix_spawnattr_destroy(Pointer attr);

  int posix_spawnattr_setflags(Pointer attr, short flags);

  int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);

  int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset);

  int sigemptyset(Pointer set);

  int sigfillset(Pointer set);

  // ---- sockets -----------------------------------------------------------------------------------

  @SaveError
  int socket(int domain, int type, int protocol);

  @SaveError
  int bind(int fd, @In byte[] addr, int len);

  @SaveError
  int listen(int fd, int backlog);

  @SaveError
  int accept4(int fd, @Out byte[] addr, @In @Out int[] len, int flags);

  @SaveError
  int connect(int fd, @In byte[] addr, int len);

  @SaveError
  int setsockopt(int fd, int level, int name, @In int[] value, int len);

  @SaveError
  int getsockopt(int fd, int level, int name, @Out int[] value, @In @Out int[] len);

  @SaveError
  int getsockname(int fd, @Out byte[] addr, @In @Out int[] len);

  @SaveError
  long send(int fd, @In byte[] buf, long len, int flags);

  @SaveError
  long sendto(int fd, @In byte[] buf, long len, int flags, @In byte[] addr, int addrLen);

  @SaveError
  long recv(int fd, @Out byte[] buf, long len, int flags);

  @SaveError
  long recvfrom(int fd, @Out byte[] buf, long len, int flags, @Out byte[] addr, @In @Out int[] addrLen);

  // ---- the system --------------------------------------------------------------------------------

  @SaveError
  int mount(@In byte[] source, @In byte[] target, @In byte[] fstype, long flags, @In byte[] data);

  @SaveError
  int umount2(@In byte[] target, int flags);

  @SaveError
  int sethostname(@In byte[] name, long len);

  /** uname(2): six fields of 65 bytes each (sysname, nodename, release, version, machine, domainname). */
  @SaveError
  int uname(@Out byte[] buf);

  int O_RDONLY = 0;
  int O_WRONLY = 1;
  int O_RDWR = 2;
  int O_CREAT = 0100;
  int O_TRUNC = 01000;
  int O_APPEND = 02000;
  int O_NONBLOCK = 04000;
  int O_CLOEXEC = 02000000;
  int F_GETFD = 1;
  int F_SETFD = 2;
  int F_GETFL = 3;
  int FD_CLOEXEC = 1;

  int AT_FDCWD = -100;
  int AT_SYMLINK_NOFOLLOW = 0x100;
}
