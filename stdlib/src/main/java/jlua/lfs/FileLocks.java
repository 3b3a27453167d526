package jlua.lfs;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.api.LuaError;
import jlua.api.Userdata;

/**
 * lfs.lock, lfs.unlock and lfs.setmode on files opened by io.open. The locks are POSIX record locks
 * (the JDK's FileChannel locks are fcntl F_SETLK locks on Linux), non-blocking as lfs's are. A file
 * object qualifies when its userdata holds a {@link FileChannel}, or an object with a public
 * {@code channel()} method returning one (the io library's contract with this module). As with fcntl,
 * a process's new lock on a range it already holds replaces the old one.
 */
final class FileLocks {
  private FileLocks() {}

  private static final Map<FileChannel, List<FileLock>> HELD = new WeakHashMap<>();

  // lfs.lock (file, mode [, start [, length]]) -> true | nil, strerror
  static Object lock(Args args) {
    FileChannel channel = checkFile(args, 1);
    String mode = args.checkString(2);
    if (!mode.equals("r") && !mode.equals("w")) throw new LuaError("lock: invalid mode");
    long start = (long) args.optNumber(3, 0);
    long length = (long) args.optNumber(4, 0);
    long size = length == 0 ? Long.MAX_VALUE - start : length; // 0: to the end, however far it grows
    synchronized (HELD) {
      try {
        FileLock lock;
        try {
          lock = channel.tryLock(start, size, mode.equals("r"));
        } catch (OverlappingFileLockException e) {
          release(channel, start, size);
          lock = channel.tryLock(start, size, mode.equals("r"));
        }
        if (lock == null) return failure(Errno.EAGAIN);
        HELD.computeIfAbsent(channel, c -> new ArrayList<>()).add(lock);
        return Boolean.TRUE;
      } catch (NonReadableChannelException | NonWritableChannelException e) {
        return failure(Errno.EBADF);
      } catch (IOException e) {
        return failure(Errno.of(e));
      }
    }
  }

  // lfs.unlock (file [, start [, length]]) -> true | nil, strerror
  static Object unlock(Args args) {
    FileChannel channel = checkFile(args, 1);
    long start = (long) args.optNumber(2, 0);
    long length = (long) args.optNumber(3, 0);
    synchronized (HELD) {
      try {
        release(channel, start, length == 0 ? Long.MAX_VALUE - start : length);
        return Boolean.TRUE;
      } catch (IOException e) {
        return failure(Errno.of(e));
      }
    }
  }

  // lfs.setmode (file, mode) -> true, "binary" (POSIX files have no text mode)
  static Object setmode(Args args) {
    checkFile(args, 1);
    args.checkOption(2, null, "binary", "text");
    return new Object[] {Boolean.TRUE, "binary"};
  }

  private static void release(FileChannel channel, long start, long size) throws IOException {
    List<FileLock> locks = HELD.getOrDefault(channel, List.of());
    for (FileLock l : new ArrayList<>(locks)) {
      if (l.overlaps(start, size)) {
        l.release();
        locks.remove(l);
      }
    }
  }

  private static Object[] failure(int errno) {
    return new Object[] {null, Errno.text(errno)};
  }

  /** The channel of an io file argument; "FILE* expected" otherwise, "closed file" when closed. */
  static FileChannel checkFile(Args args, int i) {
    FileChannel channel = args.arg(i) instanceof Userdata u ? channelOf(u.payload()) : null;
    if (channel == null) throw args.typeError(i, "FILE*");
    if (!channel.isOpen()) throw new LuaError("attempt to use a closed file");
    return channel;
  }

  private static FileChannel channelOf(Object payload) {
    if (payload instanceof FileChannel c) return c;
    if (payload == null) return null;
    try {
      Method m = payload.getClass().getMethod("channel");
      return m.invoke(payload) instanceof FileChannel c ? c : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
