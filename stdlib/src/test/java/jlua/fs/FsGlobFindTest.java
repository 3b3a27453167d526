package jlua.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jlua.api.Errno;
import jlua.api.LuaTable;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** fs.glob and fs.find. */
class FsGlobFindTest extends LuaFiles {
  @BeforeEach
  void tree() throws IOException {
    for (String f : new String[] {"a.txt", "b.txt", "c.log", ".hidden.txt", "d/e.txt", "d/f/g.txt", "d/f/h.log",
        "x[1].txt", ".dot/i.txt"}) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    Files.createSymbolicLink(dir.resolve("d/loop"), Path.of(".."));
  }

  private List<Object> glob(String pattern) {
    LuaTable t = (LuaTable) value("return fs.glob('" + pattern + "')");
    List<Object> out = new ArrayList<>();
    for (int i = 1; i <= t.length(); i++) out.add(t.rawget(i));
    return out;
  }

  private List<Object> find(String args) {
    List<Object> out = new ArrayList<>();
    LuaTable t = (LuaTable) value("local t = {} for p in fs.find(" + args + ") do t[#t + 1] = p end return t");
    for (int i = 1; i <= t.length(); i++) out.add(t.rawget(i));
    return out;
  }

  @Test
  void wildcards() {
    assertEquals(List.of("a.txt", "b.txt", "x[1].txt"), glob("*.txt"));
    assertEquals(List.of(".hidden.txt"), glob(".*.txt"));
    assertEquals(List.of("a.txt", "b.txt"), glob("?.txt"));
    assertEquals(List.of("a.txt", "c.log"), glob("[ac].*"));
    assertEquals(List.of("b.txt"), glob("[!ac]*.txt").subList(0, 1));
    assertEquals(List.of("a.txt", "b.txt", "c.log"), glob("[a-c].*"));
    assertEquals(List.of("x[1].txt"), glob("x\\\\[1\\\\].txt"));
    assertEquals(List.of("d/e.txt"), glob("d/*.txt"));
    assertEquals(List.of("d/f/g.txt", "d/f/h.log"), glob("*/f/*"));
    assertEquals(List.of(), glob("nothing*"));
    assertEquals(List.of("a.txt"), glob("a.txt"));
    assertEquals(List.of(), glob("missing.txt"));
    assertEquals(List.of(dir + "/a.txt"), glob(dir + "/a*"));
  }

  @Test
  void doubleStarCrossesDirectoriesButNotLinksOrHiddenOnes() {
    assertEquals(List.of("a.txt", "b.txt", "d/e.txt", "d/f/g.txt", "x[1].txt"), glob("**/*.txt"));
    assertEquals(List.of("d/f/g.txt", "d/f/h.log"), glob("d/**/f/*"));
    assertEquals(List.of("d/e.txt", "d/f", "d/f/g.txt", "d/f/h.log", "d/loop"), glob("d/**"));
  }

  @Test
  void findWalksInOrder() {
    assertEquals(List.of("d", "d/e.txt", "d/f", "d/f/g.txt", "d/f/h.log", "d/loop"), find("'d'"));
    assertEquals(List.of("d/e.txt", "d/f/g.txt"), find("'d', {name = '*.txt'}"));
    assertEquals(List.of("d", "d/f"), find("'d', {type = 'directory'}"));
    assertEquals(List.of("d/loop"), find("'d', {type = 'l'}"));
    assertEquals(List.of("d", "d/e.txt", "d/f", "d/loop"), find("'d', {maxdepth = 1}"));
    assertEquals(List.of("d"), find("'d', {maxdepth = 0}"));
    assertTrue(find("'.', {name = '*.txt'}").contains("./.hidden.txt"), "find's -name matches dot files");
  }

  @Test
  void findFailures() {
    fails("return fs.find('missing')", "missing: No such file or directory", Errno.ENOENT);
    assertTrue(error("fs.find('d', {type = 'x'})").endsWith("bad argument #2 to 'find' (option 'type': invalid type 'x')"));
  }
}
