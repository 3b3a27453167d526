package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The corpora's expectations re-checked against lua5.1 itself (skipped when it is not installed). */
class ReferenceCorpusTest {

  @Test
  void syntaxErrorCorpusHoldsLua51sMessages() throws Exception {
    Lua51.assumeAvailable();
    String corpus = Corpus.read(SyntaxErrorCorpusTest.RESOURCE);
    assertEquals(corpus, Lua51.verdicts(corpus));
  }

  @Test
  void validChunksAllLoadInLua51() throws Exception {
    Lua51.assumeAvailable();
    StringBuilder corpus = new StringBuilder();
    for (ValidChunks.Chunk chunk : ValidChunks.load()) {
      corpus.append("chunk: ").append(Corpus.encode(chunk.text())).append('\n');
      corpus.append("error: ").append(Corpus.OK).append('\n');
    }
    assertEquals(corpus.toString(), Lua51.verdicts(corpus.toString()));
  }
}
