package jlua.fs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import jlua.api.Args;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.sys.Accounts;
import jlua.sys.FileStatus;
import jlua.sys.Metadata;
import jlua.sys.Mode;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.SysPath;
import jlua.sys.Umask;
import jlua.vm.Values;

/**
 * fs.chmod and fs.chown, on one file or (recursive) a whole tree. A tree walk never follows a symbolic
 * link: chmod leaves links alone (Linux has no link modes), chown changes the link itself (lchown).
 * Like chmod -R and chown -R, the walk goes on past a failure and reports the first one.
 */
final class TreeChanges {
  private TreeChanges() {}

  /** A change applied to one file of the walk ({@code st} is its lstat, or null outside a walk when unused). */
  @FunctionalInterface
  private interface Change {
    void apply(Path file, FileStatus st) throws IOException;
  }

  // fs.chmod (path, mode [, {recursive}]) -> true
  static Object chmod(Args args) {
    String name = args.checkString(1);
    Mode mode = Mode.arg(args, 2);
    boolean recursive = Options.of(args, 3, "recursive").flag("recursive");
    int umask = mode.isAbsolute() ? 0 : Umask.get();
    Change change = (file, st) -> {
      if (!st.isLink()) Metadata.setMode(file, mode.apply(st.permissions(), st.isDirectory(), umask), true);
    };
    return OsError.succeed(() -> {
      SysPath top = SysPath.of(name);
      if (recursive) {
        walk(top, change);
      } else if (mode.isAbsolute()) {
        apply(top, null, (file, st) -> Metadata.setMode(file, mode.apply(0, false, 0), true)); // no stat needed
      } else {
        apply(top, FileStatus.of(top, true), change);
      }
    });
  }

  // fs.chown (path, user [, group] [, {recursive, nofollow}]) -> true; user may be "user:group"
  static Object chown(Args args) {
    String name = args.checkString(1);
    Object user = ownerArg(args, 2);
    boolean groupGiven = !(args.arg(3) instanceof LuaTable);
    Object group = groupGiven ? ownerArg(args, 3) : null;
    Options o = Options.of(args, groupGiven ? 4 : 3, "nofollow", "recursive");
    boolean recursive = o.flag("recursive");
    boolean follow = !o.flag("nofollow") && !recursive;
    return OsError.succeed(() -> {
      int[] ids = owners(user, group);
      Change change = (file, st) -> Metadata.setOwner(file, ids[0], ids[1], follow);
      SysPath top = SysPath.of(name);
      if (recursive) {
        walk(top, change);
      } else {
        if (ids[0] == -1 && ids[1] == -1) FileStatus.of(top, follow); // no chown(2) to report a missing file
        apply(top, null, change);
      }
    });
  }

  private static Object ownerArg(Args args, int i) {
    Object v = args.arg(i);
    if (v != null && !(v instanceof String) && !(v instanceof Double)) throw args.typeError(i, "string");
    return v;
  }

  /** uid and gid (-1: unchanged) from chown's forms: user, "user:group", "user:", ":group", numbers. */
  private static int[] owners(Object user, Object group) throws OsError {
    int uid = -1;
    int gid = -1;
    if (user instanceof String s && s.indexOf(':') >= 0) {
      String u = s.substring(0, s.indexOf(':'));
      String g = s.substring(s.indexOf(':') + 1);
      if (!u.isEmpty()) uid = Accounts.uid(u);
      if (!g.isEmpty()) {
        gid = Accounts.gid(g);
      } else if (!u.isEmpty()) { // "user:" is the user's login group
        Accounts.User entry = Accounts.user(u);
        if (entry == null) throw OsError.detailed(u, jlua.api.Errno.EINVAL, "no such user");
        gid = entry.gid();
      }
    } else if (user != null) {
      uid = Accounts.uid(user instanceof Double d ? d : Values.toStringCoerced(user));
    }
    if (group != null) gid = Accounts.gid(group);
    return new int[] {uid, gid};
  }

  private static void apply(SysPath file, FileStatus st, Change change) throws OsError {
    try {
      change.apply(file.path(), st);
    } catch (IOException e) {
      throw file.error(e);
    }
  }

  /** Applies a change to every file of a tree, directories before their contents, never following links. */
  private static void walk(SysPath top, Change change) throws OsError {
    FileStatus.of(top, false); // a missing top is an error of its own
    OsError[] first = new OsError[1];
    try {
      Files.walkFileTree(top.path(), new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return visitFile(dir, attrs);
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          SysPath shown = top.descendant(file);
          try {
            apply(shown, FileStatus.of(shown, false), change);
          } catch (OsError e) {
            if (first[0] == null) first[0] = e;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (first[0] == null) first[0] = top.descendant(file).error(e);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw top.error(e);
    }
    if (first[0] != null) throw first[0];
  }
}
