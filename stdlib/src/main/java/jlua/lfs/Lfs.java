package jlua.lfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.api.Lua;
import jlua.api.LuaError;
import jlua.api.LuaTable;
import jlua.api.Userdata;
import jlua.api.Cwd;
import jlua.sys.Directories;
import jlua.sys.FileStatus;
import jlua.sys.LibC;
import jlua.sys.Mode;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.SysPath;
import jlua.sys.Syscalls;

/**
 * LuaFileSystem 1.8.0 (the version Debian 12 ships) with its return conventions: most failures are
 * {@code nil, strerror, errno} without the file name; attributes says
 * {@code "cannot obtain information from file 'x': ..."}; chdir's message has lfs's two lines;
 * lfs.dir raises. File locks are in {@link FileLocks}.
 */
final class Lfs {
  private Lfs() {}

  private static final String[] ATTRIBUTES = {
    "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "access", "modification", "change", "size",
    "permissions", "blocks", "blksize",
  };

  static LuaTable open(Lua lua) {
    LuaTable dirMeta = new LuaTable();
    LuaTable lockMeta = new LuaTable();
    LuaTable lfs = lua.library("lfs",
        lua.function("attributes", a -> attributes(a, true)),
        lua.function("chdir", Lfs::chdir),
        lua.function("currentdir", Lfs::currentdir),
        lua.function("dir", a -> dir(a, dirMeta)),
        lua.function("link", Lfs::link),
        lua.function("lock", FileLocks::lock),
        lua.function("lock_dir", a -> lockDir(a, lockMeta)),
        lua.function("mkdir", Lfs::mkdir),
        lua.function("rmdir", Lfs::rmdir),
        lua.function("setmode", FileLocks::setmode),
        lua.function("symlinkattributes", a -> attributes(a, false)),
        lua.function("touch", Lfs::touch),
        lua.function("unlock", FileLocks::unlock));
    lfs.rawset("_VERSION", "LuaFileSystem 1.8.0");
    lfs.rawset("_DESCRIPTION", "LuaFileSystem is a Lua library developed to complement the set of functions "
        + "related to file systems offered by the standard Lua distribution");
    lfs.rawset("_COPYRIGHT", "Copyright (C) 2003-2017 Kepler Project");
    LuaTable dirMethods = new LuaTable();
    dirMethods.rawset("next", lua.function("next", a -> dirNext(a, dirMeta)));
    dirMethods.rawset("close", lua.function("close", a -> dirClose(a, dirMeta)));
    dirMeta.rawset("__index", dirMethods);
    dirMeta.rawset("__gc", lua.function("__gc", a -> dirClose(a, dirMeta)));
    LuaTable lockMethods = new LuaTable();
    lockMethods.rawset("free", lua.function("free", a -> lockFree(a, lockMeta)));
    lockMeta.rawset("__index", lockMethods);
    lockMeta.rawset("__gc", lua.function("__gc", a -> lockFree(a, lockMeta)));
    return lfs;
  }

  /** lfs's failure results: {@code nil, strerror, errno}. */
  private static Object[] failure(OsError e) {
    return new Object[] {null, Errno.text(e.errno()), (double) e.errno()};
  }

  /** The shorter failure of lfs.lock, lfs.unlock and lfs.lock_dir: {@code nil, strerror}. */
  static Object[] refusal(int errno) {
    return new Object[] {null, Errno.text(errno)};
  }

  /** Runs a step: {@code true}, or lfs's failure results. */
  private static Object result(OsError.Step step) {
    try {
      step.run();
      return Boolean.TRUE;
    } catch (OsError e) {
      return failure(e);
    }
  }

  // lfs.attributes (path [, name | table]) / lfs.symlinkattributes (path [, name | table])
  private static Object attributes(Args args, boolean follow) {
    String name = args.checkString(1);
    FileStatus st;
    SysPath file;
    try {
      file = SysPath.of(name);
      st = FileStatus.of(file, follow);
    } catch (OsError e) {
      return new Object[] {null, "cannot obtain information from file '" + name + "': " + Errno.text(e.errno()),
          (double) e.errno()};
    }
    boolean withTarget = !follow && st.isLink();
    if (args.arg(2) instanceof String attribute) {
      if (withTarget && attribute.equals("target")) return target(file);
      if (!List.of(ATTRIBUTES).contains(attribute)) throw new LuaError("invalid attribute name '" + attribute + "'");
      return attribute(file, st, attribute, follow);
    }
    LuaTable t = args.arg(2) instanceof LuaTable given ? given : new LuaTable(0, 16);
    for (String attribute : ATTRIBUTES) t.rawset(attribute, attribute(file, st, attribute, follow));
    if (withTarget) t.rawset("target", target(file));
    return t;
  }

  private static Object target(SysPath link) {
    try {
      return Syscalls.readlink(link);
    } catch (OsError e) {
      return null;
    }
  }

  private static Object attribute(SysPath file, FileStatus st, String name, boolean follow) {
    return switch (name) {
      case "dev" -> (double) st.dev();
      case "ino" -> (double) st.ino();
      case "mode" -> modeName(st);
      case "nlink" -> (double) st.nlink();
      case "uid" -> (double) Integer.toUnsignedLong(st.uid());
      case "gid" -> (double) Integer.toUnsignedLong(st.gid());
      case "rdev" -> (double) st.rdev();
      case "access" -> (double) st.atime();
      case "modification" -> (double) st.mtime();
      case "change" -> (double) st.ctime();
      case "size" -> (double) st.size();
      case "permissions" -> Mode.letters(st.permissions());
      default -> blocks(file, follow, name.equals("blocks"));
    };
  }

  /** st_blocks or st_blksize, which the JDK does not show: statx(2), loading native access. */
  private static Object blocks(SysPath file, boolean follow, boolean blocks) {
    byte[] buf = new byte[256];
    int rc = Native.libc().statx(LibC.AT_FDCWD, SysPath.cString(file.path()), follow ? 0 : LibC.AT_SYMLINK_NOFOLLOW,
        0x7ff, buf);
    if (rc != 0) return null;
    ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
    return blocks ? (double) b.getLong(48) : (double) Integer.toUnsignedLong(b.getInt(4));
  }

  private static String modeName(FileStatus st) {
    return switch (st.type()) {
      case "file", "directory", "link", "socket" -> st.type();
      case "fifo" -> "named pipe";
      case "char" -> "char device";
      case "block" -> "block device";
      default -> "other";
    };
  }

  // lfs.chdir (path) -> true | nil, "Unable to change working directory to 'path'\n<strerror>\n"
  private static Object chdir(Args args) {
    String name = args.checkString(1);
    try {
      Syscalls.chdir(SysPath.of(name));
      return Boolean.TRUE;
    } catch (OsError e) {
      return new Object[] {null, "Unable to change working directory to '" + name + "'\n" + Errno.text(e.errno()) + "\n"};
    }
  }

  // lfs.currentdir () -> path
  private static Object currentdir(Args args) {
    return SysPath.text(Cwd.get());
  }

  // lfs.link (old, new [, symlink]) -> true
  private static Object link(Args args) {
    String old = args.checkString(1);
    String name = args.checkString(2);
    boolean symbolic = args.toBoolean(3);
    return result(() -> {
      if (symbolic) {
        Syscalls.symlink(old, SysPath.of(name));
      } else {
        Syscalls.link(SysPath.of(old), SysPath.of(name));
      }
    });
  }

  // lfs.mkdir (path) -> true
  private static Object mkdir(Args args) {
    String name = args.checkString(1);
    return result(() -> Syscalls.mkdir(SysPath.of(name)));
  }

  // lfs.rmdir (path) -> true
  private static Object rmdir(Args args) {
    String name = args.checkString(1);
    return result(() -> Syscalls.rmdir(SysPath.of(name)));
  }

  // lfs.touch (path [, atime [, mtime]]) -> true; the file must exist (utime(2))
  private static Object touch(Args args) {
    String name = args.checkString(1);
    double now = System.currentTimeMillis() / 1000.0;
    boolean given = args.count() > 1;
    double atime = given ? Math.floor(args.optNumber(2, 0)) : now;
    double mtime = given ? Math.floor(args.optNumber(3, atime)) : now;
    return result(() -> Syscalls.utime(SysPath.of(name), atime, mtime));
  }

  // lfs.dir (path) -> iterator, directory object; raises "cannot open path: strerror"
  private static Object dir(Args args, LuaTable meta) {
    String name = args.checkString(1);
    List<String> names = new ArrayList<>(List.of(".", ".."));
    try {
      names.addAll(Directories.names(SysPath.of(name)));
    } catch (OsError e) {
      throw new LuaError("cannot open " + name + ": " + Errno.text(e.errno()));
    }
    Userdata d = new Userdata(names.iterator());
    d.metatable = meta;
    Object next = ((LuaTable) meta.rawget("__index")).rawget("next");
    return new Object[] {next, d};
  }

  @SuppressWarnings("unchecked")
  private static Object dirNext(Args args, LuaTable meta) {
    Userdata d = checkUserdata(args, meta, "directory metatable");
    if (d.payload() == null) throw args.argError(1, "closed directory");
    Iterator<String> names = (Iterator<String>) d.payload();
    if (names.hasNext()) return names.next();
    d.setPayload(null);
    return Args.NONE;
  }

  private static Object dirClose(Args args, LuaTable meta) {
    checkUserdata(args, meta, "directory metatable").setPayload(null);
    return Args.NONE;
  }

  // lfs.lock_dir (path [, seconds_stale]) -> lock | nil, strerror
  private static Object lockDir(Args args, LuaTable meta) {
    String name = args.checkString(1);
    try {
      SysPath lockFile = SysPath.of(name + "/lockfile.lfs");
      Syscalls.symlink("lock", lockFile);
      Userdata lock = new Userdata(lockFile);
      lock.metatable = meta;
      return lock;
    } catch (OsError e) {
      return refusal(e.errno());
    }
  }

  // lock:free ()
  private static Object lockFree(Args args, LuaTable meta) {
    Userdata lock = checkUserdata(args, meta, "lock metatable");
    if (lock.payload() instanceof SysPath file) {
      try {
        Files.deleteIfExists(file.path());
      } catch (IOException e) {
        // lfs ignores unlink's result
      }
      lock.setPayload(null);
    }
    return Args.NONE;
  }

  private static Userdata checkUserdata(Args args, LuaTable meta, String what) {
    if (args.arg(1) instanceof Userdata u && u.metatable == meta) return u;
    throw args.typeError(1, what);
  }
}
