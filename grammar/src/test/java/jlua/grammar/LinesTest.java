package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Line numbers as 5.1 counts them, and the '#' first line of script files. */
class LinesTest {

  /** The line of the first token with this text. */
  private static int lineOf(String source, String text) {
    LuaGrammar.parse(source, "=t", false);
    Lua51Lexer lexer = new Lua51Lexer(CharStreams.fromString(SourceText.prepare(source, false)));
    for (Token t : lexer.getAllTokens()) {
      if (t.getText().equals(text)) {
        return t.getLine();
      }
    }
    throw new AssertionError(text + " not found");
  }

  @Test
  void everyNewlineSequenceCountsOnce() {
    assertEquals(3, lineOf("a = 1\r\rb = 2", "b"));
    assertEquals(2, lineOf("a = 1\r\nb = 2", "b"));
    assertEquals(2, lineOf("a = 1\n\rb = 2", "b"));
    assertEquals(3, lineOf("a = 1\n\r\nb = 2", "b"));
    assertEquals(3, lineOf("a = 1\r\n\rb = 2", "b"));
    assertEquals(4, lineOf("a = [[\r\n\r\n]]\rb = 2", "b"));
    assertEquals(4, lineOf("a = 'x\\\r\ny' --c\r\n\nb = 2", "b"));
  }

  @Test
  void hashFirstLineIsSkippedOnlyWhenAsked() {
    LuaSyntaxError e = assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse("#x", "=t", false));
    assertEquals("t:1: unexpected symbol near '#'", e.getMessage());
    LuaGrammar.parse("#!/usr/bin/env lua\nx = 1", "@s.lua", true);
    LuaGrammar.parse("#!/usr/bin/env lua", "@s.lua", true);
    LuaGrammar.parse("#!lua\r\nx = 1", "@s.lua", true);
    e = assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse("#!lua\nx = = 1", "@s.lua", true));
    assertEquals("s.lua:2: unexpected symbol near '='", e.getMessage());
    LuaGrammar.parse("#!lua\rx\r=\r=", "@s.lua", true);   // luaL_loadfile skips up to a '\n' only
    LuaGrammar.parse("x = 1 -- no '#' line\n", "@s.lua", true);
  }

  @Test
  void eofErrorsMarkIncompleteStatements() {
    assertTrue(assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse("if x then", "=stdin", false)).atEof());
    assertTrue(assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse("x = [[", "=stdin", false)).atEof());
    assertFalse(assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse("x = = 1", "=stdin", false)).atEof());
    assertEquals(1, assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse("x", "=stdin", false)).line());
  }

  @Test
  void callDepthCountsTowardsTheNestingLimit() {
    String deep = "x = " + "(".repeat(197) + "1" + ")".repeat(197);
    assertThrows(LuaSyntaxError.class, () -> LuaGrammar.parse(deep, "=t", false));
    LuaGrammar.parse(deep, "=t", false, LuaGrammar.SCRIPT_CALL_DEPTH);
  }
}
