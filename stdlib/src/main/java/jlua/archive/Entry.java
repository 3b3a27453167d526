package jlua.archive;

import jlua.api.LuaTable;
import jlua.sys.Mode;
import jlua.sys.Tables;

/**
 * One archive member as tar and zip both describe it. {@code type} uses fs.stat's words, plus
 * "hardlink" for tar's hard-link members; {@code target} is a link's target.
 */
record Entry(String name, String type, long size, int mode, long mtime, long uid, long gid, String user,
    String group, String target, int devMajor, int devMinor) {

  /** The table archive.list gives for it. */
  LuaTable toLua() {
    return Tables.record("name", name, "type", type, "size", size, "mode", Mode.octal(mode), "mtime", mtime,
        "uid", uid, "gid", gid, "user", user == null || user.isEmpty() ? null : user,
        "group", group == null || group.isEmpty() ? null : group, "target", target);
  }
}
