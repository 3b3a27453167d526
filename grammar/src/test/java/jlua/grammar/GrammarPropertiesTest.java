package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Properties of literals and of the entry point over arbitrary input. */
class GrammarPropertiesTest {

  // ---- string literals ----

  @Property(tries = 1000)
  void quotedStringsRoundTrip(@ForAll @CharRange(from = 0, to = 255) @StringLength(max = 40) String value,
      @ForAll long seed) {
    String literal = LuaLiterals.quoted(value, new Random(seed));
    assertEquals(value, StringLiterals.decode(onlyString("return " + literal)), literal);
  }

  @Property(tries = 1000)
  void longBracketsRoundTrip(@ForAll("longStringValues") String value, @ForAll long seed) {
    String literal = LuaLiterals.longBracket(value, new Random(seed));
    Assume.that(literal != null);
    assertEquals(value, StringLiterals.decode(onlyString("return " + literal)), literal);
  }

  @Provide
  Arbitrary<String> longStringValues() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('\0', '\u00ff').filter(c -> c != '\r')),
        net.jqwik.api.Tuple.of(3, Arbitraries.of('[', ']', '=', '\n')));
    return chars.list().ofMaxSize(30).map(list -> {
      StringBuilder b = new StringBuilder();
      list.forEach(b::append);
      return b.toString();
    });
  }

  /** The one STRING token of a chunk (the checker has run, so escapes are valid). */
  private static Token onlyString(String chunk) {
    Lua51Parser.ChunkContext tree = LuaGrammar.parse(chunk, "=p", false);
    Lua51Parser.ReturnStatContext ret = (Lua51Parser.ReturnStatContext) tree.block().laststat();
    return ((Lua51Parser.StringExpContext) ret.explist().exp(0)).STRING().getSymbol();
  }

  // ---- numbers ----

  @Property(tries = 2000)
  void decimalLiteralsRoundTrip(@ForAll double d) {
    Assume.that(Double.isFinite(d));
    double value = Math.abs(d);
    String text = String.format(Locale.ROOT, "%.17g", value);
    assertEquals(value, numberLiteral(text), text);
    assertEquals(value, LuaNumbers.parse(Double.toString(value)));
  }

  @Property(tries = 2000)
  void hexNumbersRoundTrip(@ForAll double d, @ForAll long n) {
    Assume.that(Double.isFinite(d));
    assertEquals(d, LuaNumbers.parse(Double.toHexString(d)));             // tonumber syntax
    String hex = "0x" + Long.toHexString(n >>> 1);
    assertEquals((double) (n >>> 1), numberLiteral(hex), hex);           // source syntax
  }

  private static double numberLiteral(String text) {
    Lua51Parser.ChunkContext tree = LuaGrammar.parse("return " + text, "=p", false);
    Lua51Parser.ReturnStatContext ret = (Lua51Parser.ReturnStatContext) tree.block().laststat();
    Token number = ((Lua51Parser.NumberExpContext) ret.explist().exp(0)).NUMBER().getSymbol();
    return LuaNumbers.parse(number.getText());
  }

  // ---- the entry point over arbitrary input ----

  @Property(tries = 3000)
  void randomBytesGiveATreeOrALuaSyntaxError(
      @ForAll @CharRange(from = 0, to = 255) @StringLength(max = 60) String source) {
    verdict(source);
  }

  @Property(tries = 5000)
  void randomTokenSequencesGiveATreeOrALuaSyntaxError(@ForAll("tokenSequences") String source) {
    if (verdict(source)) {
      LuaGrammar.buildTree(LuaGrammar.checkedTokens(source, "=p"), PredictionMode.SLL);
    }
  }

  @Provide
  Arbitrary<String> tokenSequences() {
    return Arbitraries.of(RandomChunks.VOCABULARY).list().ofMaxSize(30)
        .map(tokens -> String.join(" ", tokens));
  }

  /** Whether the chunk parses; anything thrown but a LuaSyntaxError fails the property. */
  private static boolean verdict(String source) {
    try {
      LuaGrammar.parse(source, "=p", false);
      return true;
    } catch (LuaSyntaxError e) {
      assertTrue(e.getMessage().startsWith("p:"), e.getMessage());
      return false;
    }
  }

}
