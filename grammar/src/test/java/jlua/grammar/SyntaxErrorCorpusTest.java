package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Our parser against every entry of the syntax-error corpus (messages recorded from lua5.1). */
class SyntaxErrorCorpusTest {

  static final String RESOURCE = "syntax-errors.txt";

  @TestFactory
  Stream<DynamicTest> reportsTheMessagesOfLua51() throws IOException {
    return Corpus.load(RESOURCE).stream()
        .map(e -> DynamicTest.dynamicTest(e.label(), () -> assertEquals(e.expected(), verdict(e.chunk()))));
  }

  /** What our entry point says of a chunk, in the corpus's terms: "OK" or the error message. */
  static String verdict(String chunk) {
    try {
      assertNotNull(LuaGrammar.parse(chunk, "=input", false));
      return Corpus.OK;
    } catch (LuaSyntaxError e) {
      return e.getMessage();
    }
  }
}
