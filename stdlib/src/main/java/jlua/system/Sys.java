package jlua.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jlua.api.Args;
import jlua.api.JavaFunction;
import jlua.api.Lua;
import jlua.api.LuaTable;
import jlua.process.SafePoint;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.SysPath;
import jlua.sys.Tables;
import jlua.vm.Values;

/**
 * The {@code sys} module. Everything /proc and /proc/sys can tell or change is read and written as
 * files (no native code); mount, umount, sethostname and uname are system calls.
 */
public final class Sys {
  private Sys() {}

  private static final Path PROC = Path.of("/proc");

  static LuaTable open(Lua lua) {
    return lua.library("sys",
        fn(lua, "hostname", Sys::hostname),
        fn(lua, "loadavg", a -> OsError.call(Sys::loadavg)),
        fn(lua, "meminfo", a -> OsError.call(Sys::meminfo)),
        fn(lua, "mount", Sys::mount),
        fn(lua, "mounts", a -> OsError.call(Sys::mounts)),
        fn(lua, "sysctl", Sys::sysctl),
        fn(lua, "umount", Sys::umount),
        fn(lua, "uname", a -> OsError.call(Sys::uname)),
        fn(lua, "uptime", a -> OsError.call(Sys::uptime)));
  }

  private static JavaFunction fn(Lua lua, String name, JavaFunction.Body body) {
    return lua.function(name, SafePoint.of(body));
  }

  // sys.mount (source, target, fstype [, options]) -> true
  private static Object mount(Args args) {
    String source = args.isNoneOrNil(1) ? "none" : args.checkString(1);
    String target = args.checkString(2);
    String fstype = args.isNoneOrNil(3) ? null : args.checkString(3);
    long flags = 0;
    List<String> data = new ArrayList<>();
    if (!args.isNoneOrNil(4)) {
      LuaTable opts = args.checkTable(4);
      for (int i = 1; opts.rawget(i) != null; i++) {
        String word = Values.toStringCoerced(opts.rawget(i));
        if (word == null) throw args.argError(4, "array of option words expected");
        for (String w : word.split(",")) {
          if (w.isEmpty()) continue;
          if (MountFlags.SET.containsKey(w)) flags |= MountFlags.SET.get(w);
          else if (MountFlags.CLEAR.containsKey(w)) flags &= ~MountFlags.CLEAR.get(w);
          else data.add(w);
        }
      }
    }
    long f = flags;
    String d = String.join(",", data);
    return OsError.succeed(() -> {
      SysPath t = SysPath.of(target);
      boolean isPath = (f & (MountFlags.MS_BIND | MountFlags.MS_MOVE)) != 0 || source.startsWith("/") || source.startsWith(".");
      byte[] src = cstr(isPath ? SysPath.of(source).path().toString() : source); // bind sources are files, relative to Cwd
      byte[] type = fstype == null ? null : cstr(fstype);
      byte[] dataBytes = d.isEmpty() ? null : cstr(d);
      Native.check(Native.libc().mount(src, SysPath.cString(t.path()), type, f, dataBytes), target);
    });
  }

  // sys.umount (target [, {lazy, force}]) -> true
  private static Object umount(Args args) {
    String target = args.checkString(1);
    Options o = Options.of(args, 2, "detach", "force", "lazy");
    int flags = (o.flag("force") ? 1 : 0) | (o.flag("lazy") || o.flag("detach") ? 2 : 0);
    return OsError.succeed(() -> {
      SysPath t = SysPath.of(target);
      Native.check(Native.libc().umount2(SysPath.cString(t.path()), flags), target);
    });
  }

  // sys.mounts () -> array of {source, target, fstype, options}
  private static Object mounts() throws OsError {
    List<LuaTable> out = new ArrayList<>();
    for (String line : read(PROC.resolve("self/mounts")).split("\n")) {
      String[] f = line.split(" ");
      if (f.length < 4) continue;
      out.add(Tables.record("source", unescape(f[0]), "target", unescape(f[1]), "fstype", unescape(f[2]),
          "options", unescape(f[3])));
    }
    return Tables.array(out);
  }

  /** /proc/self/mounts writes space, tab, newline and backslash as \040, \011, \012, \134. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 3 < s.length() + 0 && s.substring(i + 1, i + 4).matches("[0-7]{3}")) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // sys.hostname ([newname]) -> name | true
  private static Object hostname(Args args) {
    if (args.isNoneOrNil(1)) return OsError.call(() -> read(PROC.resolve("sys/kernel/hostname")).trim());
    String name = args.checkString(1);
    return OsError.succeed(() -> {
      byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
      Native.check(Native.libc().sethostname(b, b.length), "sethostname");
    });
  }

  // sys.uname () -> {sysname, nodename, release, version, machine}
  private static Object uname() throws OsError {
    Path k = PROC.resolve("sys/kernel");
    String machine;
    try {
      machine = read(k.resolve("arch")).trim(); // Linux 6.1+
    } catch (OsError e) {
      machine = switch (System.getProperty("os.arch")) {
        case "amd64" -> "x86_64";
        case "arm64" -> "aarch64";
        default -> System.getProperty("os.arch");
      };
    }
    return Tables.record("sysname", read(k.resolve("ostype")).trim(), "nodename", read(k.resolve("hostname")).trim(),
        "release", read(k.resolve("osrelease")).trim(), "version", read(k.resolve("version")).trim(),
        "machine", machine);
  }

  // sys.sysctl (key [, value]) -> value | true
  private static Object sysctl(Args args) {
    String key = args.checkString(1);
    if (key.isEmpty() || key.contains("..") || key.startsWith(".") || key.startsWith("/")) {
      throw args.argError(1, "invalid key '" + key + "'");
    }
    Path file = PROC.resolve("sys").resolve(key.replace('.', '/'));
    String shown = key;
    if (args.isNoneOrNil(2)) {
      return OsError.call(() -> {
        try {
          return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replaceAll("\n$", "");
        } catch (IOException e) {
          throw OsError.of(shown, e);
        }
      });
    }
    String value = args.checkString(2);
    return OsError.succeed(() -> {
      try {
        Files.write(file, (value + "\n").getBytes(StandardCharsets.ISO_8859_1),
            java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        throw OsError.of(shown, e);
      }
    });
  }

  // sys.uptime () -> seconds, idle seconds
  private static Object uptime() throws OsError {
    String[] f = read(PROC.resolve("uptime")).trim().split("\\s+");
    return new Object[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
  }

  // sys.loadavg () -> 1, 5, 15 minute load averages
  private static Object loadavg() throws OsError {
    String[] f = read(PROC.resolve("loadavg")).trim().split("\\s+");
    return new Object[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
  }

  // sys.meminfo () -> {total, free, available, buffers, cached, swap_total, swap_free, <every /proc/meminfo field>} in bytes
  private static Object meminfo() throws OsError {
    LuaTable t = new LuaTable();
    for (String line : read(PROC.resolve("meminfo")).split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) continue;
      String[] v = line.substring(colon + 1).trim().split("\\s+");
      double n = Double.parseDouble(v[0]) * (v.length > 1 && v[1].equals("kB") ? 1024 : 1);
      t.rawset(line.substring(0, colon), n);
    }
    String[][] names = {{"total", "MemTotal"}, {"free", "MemFree"}, {"available", "MemAvailable"},
        {"buffers", "Buffers"}, {"cached", "Cached"}, {"swap_total", "SwapTotal"}, {"swap_free", "SwapFree"}};
    for (String[] n : names) {
      if (t.rawget(n[1]) != null) t.rawset(n[0], t.rawget(n[1]));
    }
    return t;
  }

  private static String read(Path p) throws OsError {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw OsError.of(p.toString(), e);
    }
  }

  private static byte[] cstr(String s) {
    return (s + "\0").getBytes(StandardCharsets.ISO_8859_1);
  }

}
