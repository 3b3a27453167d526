package jlua.system;

import java.util.Map;

/** mount(8)'s option words that are mount(2) flags; {@code clear} words switch a default flag off. */
final class MountFlags {
  private MountFlags() {}

  static final long MS_RDONLY = 1;
  static final long MS_NOSUID = 2;
  static final long MS_NODEV = 4;
  static final long MS_NOEXEC = 8;
  static final long MS_SYNCHRONOUS = 16;
  static final long MS_REMOUNT = 32;
  static final long MS_MANDLOCK = 64;
  static final long MS_DIRSYNC = 128;
  static final long MS_NOSYMFOLLOW = 256;
  static final long MS_NOATIME = 1024;
  static final long MS_NODIRATIME = 2048;
  static final long MS_BIND = 4096;
  static final long MS_MOVE = 8192;
  static final long MS_REC = 16384;
  static final long MS_SILENT = 32768;
  static final long MS_UNBINDABLE = 1 << 17;
  static final long MS_PRIVATE = 1 << 18;
  static final long MS_SLAVE = 1 << 19;
  static final long MS_SHARED = 1 << 20;
  static final long MS_RELATIME = 1 << 21;
  static final long MS_STRICTATIME = 1 << 24;
  static final long MS_LAZYTIME = 1 << 25;

  /** Words that set a flag. */
  static final Map<String, Long> SET = Map.ofEntries(
      Map.entry("ro", MS_RDONLY), Map.entry("nosuid", MS_NOSUID), Map.entry("nodev", MS_NODEV),
      Map.entry("noexec", MS_NOEXEC), Map.entry("sync", MS_SYNCHRONOUS), Map.entry("remount", MS_REMOUNT),
      Map.entry("mand", MS_MANDLOCK), Map.entry("dirsync", MS_DIRSYNC), Map.entry("nosymfollow", MS_NOSYMFOLLOW),
      Map.entry("noatime", MS_NOATIME), Map.entry("nodiratime", MS_NODIRATIME), Map.entry("bind", MS_BIND),
      Map.entry("rbind", MS_BIND | MS_REC), Map.entry("move", MS_MOVE), Map.entry("rec", MS_REC),
      Map.entry("silent", MS_SILENT), Map.entry("unbindable", MS_UNBINDABLE), Map.entry("private", MS_PRIVATE),
      Map.entry("slave", MS_SLAVE), Map.entry("shared", MS_SHARED), Map.entry("relatime", MS_RELATIME),
      Map.entry("strictatime", MS_STRICTATIME), Map.entry("lazytime", MS_LAZYTIME),
      Map.entry("runbindable", MS_UNBINDABLE | MS_REC), Map.entry("rprivate", MS_PRIVATE | MS_REC),
      Map.entry("rslave", MS_SLAVE | MS_REC), Map.entry("rshared", MS_SHARED | MS_REC));

  /** Words that clear one (the defaults of mount(8): rw, suid, dev, exec, async, ...). */
  static final Map<String, Long> CLEAR = Map.ofEntries(
      Map.entry("rw", MS_RDONLY), Map.entry("suid", MS_NOSUID), Map.entry("dev", MS_NODEV),
      Map.entry("exec", MS_NOEXEC), Map.entry("async", MS_SYNCHRONOUS), Map.entry("nomand", MS_MANDLOCK),
      Map.entry("atime", MS_NOATIME), Map.entry("diratime", MS_NODIRATIME), Map.entry("norelatime", MS_RELATIME),
      Map.entry("nostrictatime", MS_STRICTATIME), Map.entry("nolazytime", MS_LAZYTIME), Map.entry("loud", MS_SILENT),
      Map.entry("symfollow", MS_NOSYMFOLLOW), Map.entry("defaults", 0L));
}
