package jlua.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** io.* and file methods against lua5.1: results, errno messages, buffering and positions. */
class IoLibTest {
  private static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("jlua-io");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Snippets see {@code dir} (a scratch directory) and {@code name} (a file in it). */
  private static Stream<DynamicTest> each(String... scripts) {
    return SameAsLua51.each(java.util.Arrays.stream(scripts)
        .map(s -> "local dir = '" + dir + "' local name = dir .. '/f.txt'\n" + s + "\nos.remove(name)")
        .toArray(String[]::new));
  }

  @TestFactory
  Stream<DynamicTest> openAndErrors() {
    return each(
        "p(io.open(dir .. '/missing')) p(io.open(name, 'z')) p(io.open(name, '')) p(io.open(dir, 'w')) p(io.open('', 'r'))",
        "p(io.open(name, 'rw')) p(io.open(name, 'w+b')) p(io.open(name, 'wx')) p(io.open(name, 'wx'))",
        "p(pcall(io.open)) p(pcall(io.open, name, {}))",
        "p(io.type(io.stdout), io.type(42), io.type(nil), io.type({}), tostring(io.stdout)) p(pcall(io.type))",
        "local f = io.open(name, 'w') f:close() p(tostring(f), io.type(f), pcall(f.read, f)) p(pcall(f.write, f, 'x')) p(pcall(f.close, f)) p(pcall(f.lines, f)) p(pcall(f.seek, f))",
        "p(io.close(io.stdout)) p(io.stdout:close()) p(pcall(io.close, nil)) p(pcall(io.stdout.write, 1)) p(pcall(io.stdout.read, {}))",
        "p(getmetatable(io.stdout).__index == getmetatable(io.stdout), io.stdout.__gc ~= nil, io.stdout.__tostring ~= nil)",
        "p(pcall(getmetatable(io.stdout).__gc, {})) p(getmetatable(io.stdout).__gc(io.stdout)) p(io.type(io.stdout))",
        "p(io.stdin:write('x')) p(io.stderr:read()) p(io.stdout:read(0))",
        "local d = io.open(dir) p(d:read('*a')) p(d:read('*l')) p(d:read(5)) p(d:read(0)) d:close()",
        "p(pcall(io.lines, dir .. '/missing')) p(pcall(io.lines, nil)) p(pcall(io.input, dir .. '/missing')) p(pcall(io.output, dir))",
        "p(os.remove(name), os.remove(dir .. '/missing'), os.remove(''), os.rename(dir .. '/missing', name))",
        "io.open(name, 'w'):close() p(os.rename(name, dir .. '/g.txt'), os.remove(dir .. '/g.txt'), os.remove(name))",
        "local sub = dir .. '/sub' p(os.execute('mkdir ' .. sub)) io.open(sub .. '/x', 'w'):close() p(os.remove(sub)) p(os.remove(sub .. '/x'), os.remove(sub))");
  }

  @TestFactory
  Stream<DynamicTest> readFormats() {
    return each(
        "local f = io.open(name, 'w') p(f:write('line1\\n', 42, ' ', 1.5, '\\n', '\\n', 'last', 1e100, -0.0)) f:close()\n"
            + "f = io.open(name) p(f:read('*l', '*n', '*n', '*l', '*l', '*l', '*l', '*l')) f:close()",
        "io.open(name, 'w'):write('abc\\ndef'):close() f = io.open(name)\n"
            + "p(f:read(2), f:read(0), f:seek('cur'), f:read('*a'), f:read('*a'), f:read(0), f:read(1), f:read('*l'), f:read()) f:close()",
        "io.open(name, 'w'):write('abc'):close() local f = io.open(name) p(pcall(f.read, f, 'x')) p(pcall(f.read, f, '*x')) p(pcall(f.read, f, {})) p(pcall(f.read, f, '5')) p(f:read('*line', '*all')) f:close()",
        "io.open(name, 'w'):write('x\\n\\ny'):close() local f = io.open(name) p(f:read(-1)) f:seek('set') p(f:read(1/0)) f:seek('set') p(f:read(0/0)) f:seek('set') p(f:read(2.9)) f:close()",
        "io.open(name, 'w'):write('a\\r\\nb\\0c\\255\\n'):close() for l in io.lines(name) do p(#l, l) end",
        "local f = io.open(name, 'w') f:write('1\\n2\\n3') f:close() for l in io.lines(name) do p('line', l) end\n"
            + "f = io.open(name) for l in f:lines() do p('fl', l) end p(io.type(f)) p(pcall(f.read, f)) f:close()",
        "io.open(name, 'w'):write('1\\n2'):close() local it = io.lines(name) p(it(), it(), select('#', it())) p(pcall(it))",
        "io.open(name, 'w'):write('x'):close() local f = io.open(name) local it = f:lines() f:close() p(pcall(it))",
        "io.open(name, 'w'):write('x'):close() local f = io.open(name, 'w') p(f:read('*a')) p(f:read(0)) p(f:read('*n')) f:close()");
  }

  @TestFactory
  Stream<DynamicTest> numbers() {
    String[] inputs = {
      "1e x", "1e+ x", "- x", ". x", "+. x", "0x x", "0xg", "0x1p4 z", "0x1p z", "inf x", "infinity x", "infx",
      "in x", "nan x", "nan(123) x", "1.5.3", "  \\n 42 x", "1..2", "12abc", "-0", "0x.8", "1e400", "4e-400",
      " +5", "0X1P-2", "00012", "1,5", "nanx", "-inf", "INF", "i", "nax", "infi x", "infinit", "infinityx",
      "0x1p+x", ".e1", "0x.p1", "0x.x", "--5", "e5", "-0x ", "-0x.", "00x1", "0x1e5", "5.e3", "1e+-5",
      "0x1.8e", "-nan", "99999999999999999999", "0x1.fffffffffffff8p1023", "2.4703282292062328e-324",
      "1e-999999999999999", "1e999999999999", "", "   ", "\\t\\v\\f\\r9"
    };
    return Stream.of(inputs).map(in -> DynamicTest.dynamicTest("'" + in + "'", () -> SameAsLua51.check(
        "local dir = '" + dir + "' local name = dir .. '/n.txt'\n"
        + "io.open(name, 'w'):write('" + in + "'):close()\n"
        + "local f = io.open(name) local a = f:read('*n') p(a, f:read('*a')) f:close()\n"
        + "f = io.open(name) p(f:read('*n', '*l')) f:close() os.remove(name)")));
  }

  @TestFactory
  Stream<DynamicTest> updateModesAndSeek() {
    return each(
        "local f = io.open(name, 'w') f:write('0123456789') p(f:seek('cur'), f:seek('set', 2), f:seek('end'), f:seek('end', -2), f:seek('set', -1)) p(f:read('*l')) f:close()",
        "io.open(name, 'w'):write('line1\\n42 1.5\\n\\nlast'):close() local f = io.open(name, 'r+')\n"
            + "p(f:read(2), f:write('AB'), f:seek('cur'), f:read('*l'), f:seek('set', 0), f:read('*a'))\n"
            + "f:seek('set', 1) f:write('Q') f:seek('set', 0) p(f:read('*l')) p(f:seek('cur')) f:close()",
        "io.open(name, 'w'):write('hello'):close() local f = io.open(name, 'a+')\n"
            + "p(f:seek('cur'), f:read('*a'), f:write('APP'), f:seek('set', 0), f:read(4), f:write('X'), f:seek('cur'))\n"
            + "f:seek('set', 0) p(f:read('*a')) f:close()",
        "io.open(name, 'w'):write('hello'):close() local f = io.open(name, 'a') p(f:seek('cur')) f:write('x') p(f:seek('cur'), f:seek('set', 0)) f:write('y') f:close() p(io.open(name):read('*a'))",
        "local f = io.open(name, 'w+') p(f:read('*a'), f:write('abc'), f:seek('set'), f:read('*a'), f:seek('cur')) f:close()",
        "local f = io.open(name, 'w') for i = 1, 3000 do f:write(i, '\\n') end f:close() f = io.open(name, 'r+')\n"
            + "p(f:read('*l'), f:seek('cur')) f:seek('set', 10000) f:write('XYZ') p(f:seek('cur')) f:seek('cur', -5) p(f:read(10)) f:seek('set', 9000) p(f:read('*l'), f:read('*l')) f:close()\n"
            + "local n = 0 for l in io.lines(name) do n = n + #l end p(n)",
        "local f = io.open(name, 'w') p(pcall(f.seek, f, 'bad')) p(pcall(f.seek, f, 'set', 'x')) p(f:setvbuf('no'), f:setvbuf('line', 10), f:setvbuf('full', 0)) p(pcall(f.setvbuf, f)) p(pcall(f.setvbuf, f, 'x')) f:close()",
        "local t = io.tmpfile() p(io.type(t), t:write('tmp', 1), t:seek('set'), t:read('*a'), t:seek('end')) t:close()",
        "local f = io.open(name, 'wb') f:write('\\0\\1\\2\\255\\254', 'end') f:close() f = io.open(name, 'rb') local s = f:read('*a') p(#s, s:sub(4, 5) == '\\255\\254') f:close()");
  }

  @TestFactory
  Stream<DynamicTest> defaultFilesAndPipes() {
    return each(
        "io.open(name, 'w'):write('1\\n2\\n3'):close() io.input(name) p(io.read('*n'), io.read(), io.read('*a'), io.read('*a'), io.read(), io.read(0))\n"
            + "io.input():close() p(pcall(io.read)) p(pcall(io.lines)) p(pcall(io.input, io.input())) io.input(io.stdin)",
        "local o = io.output() p(o == io.stdout, io.output(name) ~= o) io.write('to file', 1) p(io.close()) p(pcall(io.write, 'x')) p(pcall(io.flush)) p(pcall(io.close))\n"
            + "io.output(io.stdout) p(io.open(name):read('*a'))",
        "p(pcall(io.output, io.open(name, 'w'))) io.write('a') p(io.output():seek('cur')) io.output():close() io.output(io.stdout) p(io.open(name):read('*a'))",
        "local f = io.popen('echo hello; echo world') p(f:read('*l'), f:read('*a'), f:close()) p(tostring(f))",
        "local f = io.popen('exit 3') p(f:read('*a'), f:close())",
        "local w = io.popen('cat > ' .. name, 'w') p(w:write('piped\\n', 2)) p(w:close()) p(io.open(name):read('*a'))",
        "p(io.popen('true', 'rw')) p(io.popen('true', 'x')) p(io.popen('true', ''))",
        "local f = io.popen('true') p(f:seek('set')) p(f:write('x')) f:close()",
        "p(io.read('*l', '*n', '*a', 0))");
  }

  @Test
  void standardInput() throws IOException {
    SameAsLua51.check("p(io.read('*n', '*n', '*l', '*l')) p(io.read(3), io.read('*a'), io.read(0), io.read())\n"
        + "for l in io.lines() do p(l) end",
        " 12 0x10 rest\nsecond\nmore");
    SameAsLua51.check("for l in io.stdin:lines() do p(#l) end p(io.read())", "a\n\nbc\n");
  }

  /** Output ordering through one stdout buffer, exit flushing and closing, as separate processes. */
  @TestFactory
  Stream<DynamicTest> processLevel() {
    String[] scripts = {
      "print('a') io.write('b\\n') os.execute('echo c') io.stderr:write('err\\n') print(io.read('*n', '*n', '*l', '*a'))\n"
          + "local f = io.open('" + dir + "/unclosed.txt', 'w') f:write('data')\n"
          + "io.stdout:setvbuf('no') print('d') os.execute('echo e') io.stdout:setvbuf('full') io.write('f\\n')\n"
          + "local p = io.popen('cat', 'w') p:write('from popen\\n')",
      "io.write('x') os.exit(3)",
      "local f = io.open('" + dir + "/unclosed.txt', 'w') f:write('data') io.write('y\\n') os.exit()",
      "print(os.execute('exit 3'), os.execute(), os.execute('exit 255'), os.execute('true'))",
      "print(pcall(os.exit, true)) error('boom')",
      "io.write('no newline') error({})",
      "print(io.stdin:seek('set', 3), io.read('*l'), io.stdin:seek('cur'), io.read('*a'), io.stdin:seek('end'))",
    };
    return Stream.of(scripts).map(s -> DynamicTest.dynamicTest(s.lines().findFirst().orElse(s), () -> {
      Reference.assumeLua51();
      Path unclosed = dir.resolve("unclosed.txt");
      Files.deleteIfExists(unclosed);
      String expected = Reference.lua51Process(s, Map.of(), " 12 0x10 rest\nmore")
          + (Files.exists(unclosed) ? Files.readString(unclosed) : "");
      Files.deleteIfExists(unclosed);
      String actual = Reference.jluaProcess(s, Map.of(), " 12 0x10 rest\nmore")
          + (Files.exists(unclosed) ? Files.readString(unclosed) : "");
      assertEquals(expected, actual, s);
    }));
  }
}
