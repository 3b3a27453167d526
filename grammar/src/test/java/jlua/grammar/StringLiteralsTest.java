package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Decoding of string tokens as llex does it. */
class StringLiteralsTest {

  @Test
  void shortStringEscapes() {
    assertEquals("\u0007\b\f\n\r\t\u000B\\\"'", StringLiterals.decode("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\""));
    assertEquals("a\nb", StringLiterals.decode("'a\\\nb'"));
    assertEquals("A\u0000\u00FF" + "5", StringLiterals.decode("'\\65\\0\\2555'"));
    assertEquals("\u0001" + "23" + "\u000c" + "3", StringLiterals.decode("'\\00123\\0123'"));
    assertEquals("x41z?q%", StringLiterals.decode("\"\\x41\\z\\?\\q\\%\""));
    assertEquals("it's", StringLiterals.decode("\"it's\""));
    assertEquals("\u00e9\u0080", StringLiterals.decode("\"\u00e9\u0080\""));
  }

  @Test
  void longBrackets() {
    assertEquals("", StringLiterals.decode("[[]]"));
    assertEquals("abc", StringLiterals.decode("[[\nabc]]"));
    assertEquals("\nabc", StringLiterals.decode("[[\n\nabc]]"));
    assertEquals(" ]] ]=] ", StringLiterals.decode("[==[ ]] ]=] ]==]"));
    assertEquals("a\\nb", StringLiterals.decode("[=[a\\nb]=]"));
  }

  @Test
  void crLfInSourceReadsAsOneNewline() {
    Lua51Parser.ChunkContext chunk = LuaGrammar.parse("x = [[\r\na\r\n\rb\rc]] .. \"d\\\r\ne\"", "=t", false);
    Lua51Parser.ExprStatContext stat = (Lua51Parser.ExprStatContext) chunk.block().stat(0);
    Lua51Parser.ConcatExpContext concat = (Lua51Parser.ConcatExpContext) stat.assignment().explist().exp(0);
    assertEquals("a\n\nb\nc", StringLiterals.decode(((Lua51Parser.StringExpContext) concat.exp(0)).STRING().getSymbol()));
    assertEquals("d\ne", StringLiterals.decode(((Lua51Parser.StringExpContext) concat.exp(1)).STRING().getSymbol()));
  }
}
