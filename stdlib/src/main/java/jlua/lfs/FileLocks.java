package jlua.lfs;

import java.io.IOException;
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
import jlua.lib.io.LuaFile;

/**
 * lfs.lock, lfs.unlock and lfs.setmode on io library files. The locks are POSIX record locks (the JDK's
 * FileChannel locks are fcntl F_SETLK locks on Linux), non-blocking as lfs's are, on the channel the
 * io file exposes ({@link LuaFile#channel}): files from io.open, io.tmpfile and io.stdin. io.stdout,
 * io.stderr and io.popen files are Java streams with no descriptor behind them, so they cannot be
 * locked (a clear error says so). As with fcntl, a process's new lock on a range it already holds
 * replaces the old one.
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
        if (lock == null) return Lfs.refusal(Errno.EAGAIN);
        HELD.computeIfAbsent(channel, c -> new ArrayList<>()).add(lock);
        return Boolean.TRUE;
      } catch (NonReadableChannelException | NonWritableChannelException e) {
        return Lfs.refusal(Errno.EBADF);
      } catch (IOException e) {
        return Lfs.refusal(Errno.of(e));
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
        return Lfs.refusal(Errno.of(e));
      }
    }
  }

  // lfs.setmode (file, mode) -> true, "binary" (POSIX files have no text mode: any open file will do)
  static Object setmode(Args args) {
    checkOpen(args, 1);
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

  /** The channel of an io file argument to lock: "FILE* expected" for other values. */
  static FileChannel checkFile(Args args, int i) {
    FileChannel channel = checkOpen(args, i).channel();
    if (channel == null || !channel.isOpen()) {
      throw args.argError(i, "cannot lock a standard output stream or a pipe (no descriptor in jlua)");
    }
    return channel;
  }

  /** An io file argument that is still open (lfs's own errors for other values). */
  private static LuaFile checkOpen(Args args, int i) {
    if (!(args.arg(i) instanceof Userdata u && u.payload() instanceof LuaFile file)) throw args.typeError(i, "FILE*");
    if (file.isClosed()) throw new LuaError("attempt to use a closed file");
    return file;
  }
}
