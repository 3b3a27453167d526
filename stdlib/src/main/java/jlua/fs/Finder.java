package jlua.fs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import jlua.api.Args;
import jlua.api.Lua;
import jlua.sys.FileStatus;
import jlua.sys.Directories;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.SysPath;

/**
 * fs.find: find(1) as an iterator. The walk starts with the root itself (depth 0), visits each
 * directory's entries in sorted order before moving on, never follows a symbolic link, and skips
 * directories it cannot read. Filters: {@code name} (a glob on the last component), {@code type}
 * (a stat type name or find's letter: f d l p s c b), {@code maxdepth}.
 */
final class Finder {
  private final String name;
  private final String type;
  private final int maxDepth;
  private final Deque<Level> stack = new ArrayDeque<>();
  private SysPath pendingRoot;

  private record Level(SysPath dir, Iterator<String> names, int depth) {}

  private Finder(SysPath root, String name, String type, int maxDepth) {
    this.pendingRoot = root;
    this.name = name;
    this.type = type;
    this.maxDepth = maxDepth;
  }

  // fs.find (root [, {name, type, maxdepth}]) -> iterator of paths
  static Object find(Lua lua, Args args) {
    String root = args.checkString(1);
    Options o = Options.of(args, 2, "maxdepth", "name", "type");
    String name = o.string("name", null);
    String type = o.has("type") ? typeName(o) : null;
    int maxDepth = (int) o.number("maxdepth", Integer.MAX_VALUE);
    return OsError.call(() -> {
      SysPath start = SysPath.of(root);
      FileStatus.of(start, false); // a missing root is an error, not an empty walk
      Finder f = new Finder(start, name, type, maxDepth);
      return lua.function("find_iterator", a -> f.next());
    });
  }

  private static String typeName(Options o) {
    String t = o.string("type", null);
    String full = switch (t) {
      case "f" -> "file";
      case "d" -> "directory";
      case "l" -> "link";
      case "p" -> "fifo";
      case "s" -> "socket";
      case "c" -> "char";
      case "b" -> "block";
      default -> t;
    };
    if (!List.of("file", "directory", "link", "fifo", "socket", "char", "block").contains(full)) {
      throw o.misuse("type", "invalid type '" + t + "'");
    }
    return full;
  }

  /** The next matching path, or nil at the end. */
  private Object next() {
    if (pendingRoot != null) {
      SysPath root = pendingRoot;
      pendingRoot = null;
      if (visit(root, 0)) return root.name();
    }
    while (!stack.isEmpty()) {
      Level top = stack.peek();
      if (!top.names.hasNext()) {
        stack.pop();
        continue;
      }
      SysPath file = top.dir.child(top.names.next());
      if (visit(file, top.depth + 1)) return file.name();
    }
    return null;
  }

  /** Descends into {@code file} when it is a directory within maxdepth; tells whether it matches. */
  private boolean visit(SysPath file, int depth) {
    FileStatus st;
    try {
      st = FileStatus.of(file, false);
    } catch (OsError e) {
      return false; // vanished since listed
    }
    if (st.isDirectory() && depth < maxDepth) {
      try {
        stack.push(new Level(file, Directories.names(file).iterator(), depth));
      } catch (OsError e) {
        // unreadable: listed, not entered
      }
    }
    if (type != null && !type.equals(st.type())) return false;
    return name == null || Glob.fnmatch(name, file.fileName()); // find's -name: a wildcard matches a leading dot
  }
}
