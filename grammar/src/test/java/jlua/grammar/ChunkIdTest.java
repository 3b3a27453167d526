package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** luaO_chunkid, with the two buffer sizes 5.1 uses (syntax errors 80, runtime messages 60). */
class ChunkIdTest {

  @Test
  void formsOfChunkNames() {
    assertEquals("name", ChunkId.format("=name"));
    assertEquals("dir/file.lua", ChunkId.format("@dir/file.lua"));
    assertEquals("[string \"x = 1\"]", ChunkId.format("x = 1"));
    assertEquals("[string \"abc...\"]", ChunkId.format("abc\ndef"));
    assertEquals("[string \"...\"]", ChunkId.format("\rabc"));
    assertEquals("[string \"\"]", ChunkId.format(""));
    assertEquals("[string \"ab\"]", ChunkId.format("ab\0cd"));
    assertEquals("", ChunkId.format("="));
    assertEquals("", ChunkId.format("@"));
  }

  @Test
  void truncation() {
    assertEquals("n".repeat(59), ChunkId.format("=" + "n".repeat(80)));
    assertEquals("n".repeat(79), ChunkId.format("=" + "n".repeat(80), ChunkId.SYNTAX_SIZE));
    assertEquals("d".repeat(72), ChunkId.format("@" + "d".repeat(72), ChunkId.SYNTAX_SIZE));
    assertEquals("..." + "d".repeat(72), ChunkId.format("@" + "d".repeat(73), ChunkId.SYNTAX_SIZE));
    assertEquals("..." + "d".repeat(52), ChunkId.format("@" + "d".repeat(60)));
    assertEquals("[string \"" + "s".repeat(43) + "\"]", ChunkId.format("s".repeat(43)));
    assertEquals("[string \"" + "s".repeat(43) + "...\"]", ChunkId.format("s".repeat(44)));
    assertEquals("[string \"" + "s".repeat(63) + "...\"]", ChunkId.format("s".repeat(64), ChunkId.SYNTAX_SIZE));
  }

  /** Syntax errors and runtime errors of lua5.1 for many names, against ours. */
  @Test
  void agreesWithLua51() throws Exception {
    Lua51.assumeAvailable();
    List<String> names = new ArrayList<>();
    for (int n : new int[] {0, 1, 42, 43, 44, 52, 53, 58, 59, 60, 62, 63, 64, 71, 72, 73, 79, 80, 81, 100}) {
      names.add("=" + "n".repeat(n));
      names.add("@" + "f".repeat(n));
      names.add("s".repeat(n));
      names.add("l".repeat(n / 2) + "\n" + "x".repeat(n));
    }
    StringBuilder input = new StringBuilder();
    for (String name : names) {
      input.append(Corpus.encode(name)).append('\n');
    }
    String lua = "for line in io.lines() do "
        + "local name = line:gsub('\\\\n', '\\n') "
        + "local _, syntax = loadstring('x', name) "
        + "local _, runtime = pcall(loadstring('error(\"e\")', name)) "
        + "io.write(syntax:match('^(.*):1:'), '\\n', runtime:match('^(.*):1:'), '\\n') end";
    String[] out = Lua51.run(input.toString(), "-e", lua).split("\n", -1);
    for (int i = 0; i < names.size(); i++) {
      assertEquals(out[2 * i], ChunkId.format(names.get(i), ChunkId.SYNTAX_SIZE), "syntax " + i);
      assertEquals(out[2 * i + 1], ChunkId.format(names.get(i)), "runtime " + i);
    }
  }
}
