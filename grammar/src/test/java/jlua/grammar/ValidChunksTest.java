package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Chunks that must parse, and parse with SLL prediction alone (so no parse ever runs twice). */
class ValidChunksTest {

  @TestFactory
  Stream<DynamicTest> everyValidChunkParses() throws IOException {
    return ValidChunks.load().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      assertDoesNotThrow(() -> LuaGrammar.parse(c.text(), "=" + c.name(), false));
      assertDoesNotThrow(() -> LuaGrammar.buildTree(LuaGrammar.checkedTokens(c.text(), "=x"),
          PredictionMode.SLL), "SLL prediction alone fails");
    }));
  }

  @Test
  void okEntriesOfTheErrorCorpusParseWithSllAlone() throws IOException {
    for (Corpus.Entry e : Corpus.load(SyntaxErrorCorpusTest.RESOURCE)) {
      if (e.valid()) {
        assertDoesNotThrow(() -> LuaGrammar.buildTree(LuaGrammar.checkedTokens(e.chunk(), "=x"),
            PredictionMode.SLL), e.label());
      }
    }
  }

  /**
   * Real code, where the system has some (Penlight and the like): we agree with lua5.1 on every
   * file (when lua5.1 is installed), and the files that load parse with SLL prediction alone.
   */
  @Test
  void installedLuaModules() throws Exception {
    Path root = Path.of("/usr/share/lua/5.1");
    assumeTrue(Files.isDirectory(root), "no Lua modules installed");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".lua")).sorted().limit(400).toList();
    }
    StringBuilder ours = new StringBuilder();
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.ISO_8859_1);
      String verdict = SyntaxErrorCorpusTest.verdict(source);
      ours.append("chunk: ").append(Corpus.encode(source)).append('\n');
      ours.append("error: ").append(Corpus.encode(verdict)).append('\n');
      if (verdict.equals(Corpus.OK)) {
        assertDoesNotThrow(() -> LuaGrammar.buildTree(LuaGrammar.checkedTokens(source, "=x"),
            PredictionMode.SLL), file.toString());
      }
    }
    if (Lua51.available()) {
      assertEquals(Lua51.verdicts(ours.toString()), ours.toString());
    }
  }
}
