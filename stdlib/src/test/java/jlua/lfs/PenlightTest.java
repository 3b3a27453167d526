package jlua.lfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: Penlight's pl.path and pl.dir (from /usr/share/lua/5.1, package lua-penlight) work on this
 * lfs. Skipped where Penlight is not installed, or where the interpreter still lacks a standard function
 * Penlight uses (the skip message names them).
 */
class PenlightTest extends LuaFiles {
  private static final String[] NEEDED = {
    "table.concat", "table.insert", "table.remove", "table.sort", "string.format", "string.find", "string.gsub",
    "string.match", "string.gmatch", "string.byte", "string.char", "string.lower", "string.upper", "io.open",
    "os.rename", "os.remove", "os.getenv", "math.floor",
  };

  private void assumePenlight() {
    Assumptions.assumeTrue(Files.isRegularFile(Path.of("/usr/share/lua/5.1/pl/path.lua")),
        "lua-penlight is not installed (apt-get install lua-penlight): skipped");
    StringBuilder missing = new StringBuilder();
    for (String f : NEEDED) {
      String[] p = f.split("\\.");
      Object present = value("return " + p[0] + " ~= nil and " + f + " ~= nil");
      if (!Boolean.TRUE.equals(present)) missing.append(' ').append(f);
    }
    Assumptions.assumeTrue(missing.length() == 0, "the interpreter lacks" + missing + ": Penlight cannot load yet: skipped");
  }

  @Test
  void plPathAndPlDirWork() {
    assumePenlight();
    Object r = value(String.join("\n",
        "local path = require 'pl.path'",
        "local dir = require 'pl.dir'",
        "assert(path.isdir(T) and path.exists(T) and not path.isfile(T))",
        "assert(path.currentdir() == lfs.currentdir())",
        "local d = path.join(T, 'pl')",
        "assert(path.mkdir(d)) assert(path.isdir(d))",
        "local f = path.join(d, 'a.txt')",
        "local fh = assert(io.open(f, 'w')) fh:write('hello') fh:close()",
        "assert(path.isfile(f) and path.getsize(f) == 5 and path.getmtime(f) > 0)",
        "assert(path.basename(f) == 'a.txt' and path.dirname(f) == d)",
        "assert(path.abspath('x', T) == path.join(T, 'x'))",
        "assert(dir.makepath(path.join(d, 'x', 'y')))",
        "assert(path.isdir(path.join(d, 'x', 'y')))",
        "local files = dir.getfiles(d) assert(#files == 1 and files[1] == f, #files)",
        "local dirs = dir.getdirectories(d) assert(#dirs == 1 and dirs[1] == path.join(d, 'x'))",
        "assert(dir.copyfile(f, path.join(d, 'b.txt')))",
        "assert(dir.movefile(path.join(d, 'b.txt'), path.join(d, 'x', 'c.txt')))",
        "assert(path.isfile(path.join(d, 'x', 'c.txt')) and not path.exists(path.join(d, 'b.txt')))",
        "local all = dir.getallfiles(d, '*.txt') assert(#all == 2, #all)",
        "local seen = 0 for root, dirs, files in dir.walk(d) do seen = seen + 1 end assert(seen == 3, seen)",
        "assert(path.link_attrib(f).mode == 'file')",
        "assert(lfs.chdir(d)) assert(path.abspath('a.txt') == f) assert(lfs.chdir(T))",
        "assert(dir.rmtree(d)) assert(not path.exists(d))",
        "return 'ok'"));
    assertEquals("ok", r);
  }
}
