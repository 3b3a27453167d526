package jlua.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.api.Lua;
import jlua.api.LuaTable;
import jlua.sys.Accounts;
import jlua.sys.AtomicFile;
import jlua.api.Cwd;
import jlua.sys.Directories;
import jlua.sys.FileStatus;
import jlua.sys.FunctionTable;
import jlua.sys.Metadata;
import jlua.sys.Mode;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.QuickCalls;
import jlua.sys.StatVfs;
import jlua.sys.SysPath;
import jlua.sys.Syscalls;
import jlua.sys.Tables;
import jlua.sys.Umask;

/**
 * The {@code fs} module: its function table and the functions that are one system call each. Copying,
 * removal, tree-wide changes, file contents, globbing and finding live in their own classes.
 * Every function returns {@code nil, "<path>: <strerror>", errno} on a system failure.
 */
public final class Fs {
  private Fs() {}

  static LuaTable open(Lua lua) {
    return lua.library("fs", FunctionTable.of(lua, (name, a) -> call(lua, name, a),
        "basename", "chdir", "chmod", "chown", "cp", "cwd", "df", "dir", "dirname", "exists", "find", "glob",
        "isdir", "isfile", "islink", "join", "ln", "ls", "lstat", "mkdir", "mkfifo", "mktemp", "mv", "read",
        "readlink", "realpath", "rm", "rmdir", "stat", "touch", "umask", "write"));
  }

  /** Runs fs.{@code name}: the registration table (see {@link FunctionTable} for why a switch). */
  private static Object call(Lua lua, String name, Args a) {
    return switch (name) {
      case "basename" -> PathNames.basename(a);
      case "chdir" -> chdir(a);
      case "chmod" -> TreeChanges.chmod(a);
      case "chown" -> TreeChanges.chown(a);
      case "cp" -> Copier.cp(a);
      case "cwd" -> cwd(a);
      case "df" -> df(a);
      case "dir" -> dir(lua, a);
      case "dirname" -> PathNames.dirname(a);
      case "exists" -> exists(a);
      case "find" -> Finder.find(lua, a);
      case "glob" -> Glob.glob(a);
      case "isdir" -> isdir(a);
      case "isfile" -> isfile(a);
      case "islink" -> islink(a);
      case "join" -> PathNames.join(a);
      case "ln" -> ln(a);
      case "ls" -> ls(a);
      case "lstat" -> stat(a, false);
      case "mkdir" -> mkdir(a);
      case "mkfifo" -> mkfifo(a);
      case "mktemp" -> FileData.mktemp(a);
      case "mv" -> Copier.mv(a);
      case "read" -> FileData.read(a);
      case "readlink" -> readlink(a);
      case "realpath" -> realpath(a);
      case "rm" -> Remover.rm(a);
      case "rmdir" -> rmdir(a);
      case "stat" -> stat(a, true);
      case "touch" -> FileData.touch(a);
      case "umask" -> umask(a);
      case "write" -> FileData.write(a);
      default -> throw FunctionTable.unknown("fs", name);
    };
  }

  // fs.stat (path) / fs.lstat (path) -> table
  private static Object stat(Args args, boolean follow) {
    return OsError.call(() -> {
      SysPath file = SysPath.arg(args, 1);
      FileStatus st = FileStatus.of(file, follow);
      String target = null;
      if (st.isLink()) target = Syscalls.readlink(file);
      return Tables.record(
          "type", st.type(), "mode", Mode.octal(st.mode()), "size", st.size(),
          "uid", Integer.toUnsignedLong(st.uid()), "gid", Integer.toUnsignedLong(st.gid()),
          "user", Accounts.userName(st.uid()), "group", Accounts.groupName(st.gid()),
          "atime", st.atime(), "mtime", st.mtime(), "ctime", st.ctime(),
          "ino", st.ino(), "dev", st.dev(), "rdev", st.rdev(), "nlink", st.nlink(), "target", target);
    });
  }

  // fs.exists (path) -> boolean: true when stat(2) succeeds (a dangling link does not exist)
  private static Object exists(Args args) {
    return test(args, QuickCalls::exists);
  }

  // fs.isdir (path) -> boolean
  private static Object isdir(Args args) {
    return test(args, QuickCalls::isDirectory);
  }

  // fs.isfile (path) -> boolean: a regular file (after links)
  private static Object isfile(Args args) {
    return test(args, QuickCalls::isFile);
  }

  // fs.islink (path) -> boolean
  private static Object islink(Args args) {
    String name = args.checkString(1);
    try {
      return FileStatus.of(SysPath.of(name), false).isLink();
    } catch (OsError e) {
      return false;
    }
  }

  private static Object test(Args args, java.util.function.Predicate<Path> property) {
    String name = args.checkString(1);
    try {
      return property.test(SysPath.of(name).path());
    } catch (OsError e) {
      return false; // "" or a NUL byte names no file
    }
  }

  // fs.ls (path) -> sorted array of names
  private static Object ls(Args args) {
    return OsError.call(() -> Tables.array(Directories.names(SysPath.arg(args, 1))));
  }

  // fs.dir (path) -> iterator of names (the directory is read when dir is called)
  private static Object dir(Lua lua, Args args) {
    return OsError.call(() -> {
      Iterator<String> names = Directories.names(SysPath.arg(args, 1)).iterator();
      return lua.function("dir_iterator", a -> names.hasNext() ? names.next() : null);
    });
  }

  // fs.mkdir (path [, {parents, mode}]) -> true
  private static Object mkdir(Args args) {
    String name = args.checkString(1);
    Options opts = Options.of(args, 2, "mode", "parents");
    Mode mode = opts.has("mode") ? modeOption(opts) : null;
    boolean parents = opts.flag("parents");
    return OsError.succeed(() -> {
      SysPath dir = SysPath.of(name);
      try {
        if (parents) {
          if (!makeWithParents(dir, dir.path())) return;
        } else if (!QuickCalls.mkdir(dir.path())) {
          Files.createDirectory(dir.path()); // names the failure
        }
        if (mode != null) Metadata.setMode(dir.path(), mode.apply(0777 & ~Umask.get(), true, Umask.get()), true);
      } catch (IOException e) {
        throw dir.error(e);
      }
    });
  }

  /**
   * mkdir -p: makes {@code p}, first its missing parents (each with the default mode); false when it
   * already was a directory. mkdir(2) is tried first, so the usual cases cost one or two calls, not a
   * stat per level; a missing parent is made by the same rule (a parent that exists costs its mkdir
   * and a stat). Failures name the directory asked for ({@code dir}), as mkdir -p names it.
   */
  private static boolean makeWithParents(SysPath dir, Path p) throws IOException, OsError {
    if (QuickCalls.mkdir(p)) return true;
    if (QuickCalls.isDirectory(p)) return false;
    Path parent = p.getParent();
    if (parent != null) makeWithParents(dir, parent);
    try {
      Files.createDirectory(p); // again, now that the parents exist; or to name the failure
      return true;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      if (isDirectory(p)) return false;
      if (p.equals(dir.path())) throw e;
      throw dir.error(Errno.ENOTDIR); // a file where a parent directory should be
    }
  }

  static Mode modeOption(Options opts) {
    try {
      return Mode.parse(opts.value("mode") instanceof Double d ? d : opts.string("mode", null));
    } catch (IllegalArgumentException e) {
      throw opts.misuse("mode", e.getMessage());
    }
  }

  static boolean isDirectory(Path p) {
    return Files.isDirectory(p);
  }

  // fs.rmdir (path) -> true
  private static Object rmdir(Args args) {
    return OsError.succeed(() -> Syscalls.rmdir(SysPath.arg(args, 1)));
  }

  // fs.ln (target, linkname [, {symbolic, force}]) -> true
  private static Object ln(Args args) {
    String target = args.checkString(1);
    String linkName = args.checkString(2);
    Options opts = Options.of(args, 3, "force", "symbolic");
    boolean symbolic = opts.flag("symbolic");
    boolean force = opts.flag("force");
    return OsError.succeed(() -> {
      SysPath link = SysPath.of(linkName);
      SysPath from = symbolic ? null : SysPath.of(target);
      if (Files.isDirectory(link.path(), LinkOption.NOFOLLOW_LINKS)) {
        link = link.child(symbolic ? PathNames.basename(target) : from.fileName());
      }
      SysPath made = force ? AtomicFile.temporaryFor(link, "ln") : link;
      if (symbolic) {
        Syscalls.symlink(target, made);
      } else {
        Syscalls.link(from, made);
      }
      if (force) Copier.replace(made, link);
    });
  }

  // fs.readlink (path) -> target
  private static Object readlink(Args args) {
    return OsError.call(() -> Syscalls.readlink(SysPath.arg(args, 1)));
  }

  // fs.realpath (path) -> absolute path without links, "." or ".."
  private static Object realpath(Args args) {
    return OsError.call(() -> {
      SysPath file = SysPath.arg(args, 1);
      try {
        return SysPath.text(file.path().toRealPath());
      } catch (IOException e) {
        throw file.error(e);
      }
    });
  }

  // fs.cwd () -> the current directory
  private static Object cwd(Args args) {
    return SysPath.text(Cwd.get());
  }

  // fs.chdir (path) -> true
  private static Object chdir(Args args) {
    return OsError.succeed(() -> Syscalls.chdir(SysPath.arg(args, 1)));
  }

  // fs.umask ([mask]) -> previous mask (a number); without mask only reads it
  private static Object umask(Args args) {
    if (args.isNoneOrNil(1)) return (double) Umask.get();
    int mask;
    try {
      mask = Mode.parseMask(args.arg(1));
    } catch (IllegalArgumentException e) {
      throw args.argError(1, e.getMessage());
    }
    return (double) Umask.set(mask);
  }

  // fs.df (path) -> {size, free, avail, files, ffree} (bytes and inode counts)
  private static Object df(Args args) {
    return OsError.call(() -> {
      SysPath file = SysPath.arg(args, 1);
      StatVfs s = new StatVfs(Native.runtime());
      Native.check(Native.libc().statvfs(SysPath.cString(file.path()), s), file.name());
      long unit = s.frsize.get();
      return Tables.record("size", s.blocks.get() * unit, "free", s.bfree.get() * unit,
          "avail", s.bavail.get() * unit, "files", s.files.get(), "ffree", s.ffree.get());
    });
  }

  // fs.mkfifo (path [, mode]) -> true; mode defaults to 0666 less the umask
  private static Object mkfifo(Args args) {
    String name = args.checkString(1);
    Mode mode = args.isNoneOrNil(2) ? null : Mode.arg(args, 2);
    return OsError.succeed(() -> {
      SysPath file = SysPath.of(name);
      Native.check(Native.libc().mkfifo(SysPath.cString(file.path()), 0666), file.name());
      if (mode != null) {
        try {
          Metadata.setMode(file.path(), mode.apply(0666 & ~Umask.get(), false, Umask.get()), true);
        } catch (IOException e) {
          throw file.error(e);
        }
      }
    });
  }
}
