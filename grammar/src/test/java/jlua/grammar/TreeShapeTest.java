package jlua.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The parse trees the AST builder walks: 5.1's precedence and associativity, and the labels. */
class TreeShapeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "-x^2            | (unaryExp - (powerExp x ^ 2))",
      "2^-3            | (powerExp 2 ^ (unaryExp - 3))",
      "2^3^4           | (powerExp 2 ^ (powerExp 3 ^ 4))",
      "-2^-3^4         | (unaryExp - (powerExp 2 ^ (unaryExp - (powerExp 3 ^ 4))))",
      "not a == b      | (compareExp (unaryExp not a) == b)",
      "#t + 1          | (addExp (unaryExp # t) + 1)",
      "a .. b .. c     | (concatExp a .. (concatExp b .. c))",
      "a + b .. c      | (concatExp (addExp a + b) .. c)",
      "a .. b == c     | (compareExp (concatExp a .. b) == c)",
      "1 - 2 - 3       | (addExp (addExp 1 - 2) - 3)",
      "1 + 2 * 3 % 4   | (addExp 1 + (mulExp (mulExp 2 * 3) % 4))",
      "a or b and c    | (orExp a or (andExp b and c))",
      "a and b or c    | (orExp (andExp a and b) or c)",
      "a < b and c > d | (andExp (compareExp a < b) and (compareExp c > d))",
      "(a + b) * c     | (mulExp (parenExp ( (addExp a + b) )) * c)",
      "- - x           | (unaryExp - (unaryExp - x))",
      "a.b[c]:d(e)     | (methodCallExp (indexExp (fieldExp a . b) [ c ]) : d (parenArgs ( e )))",
      "f\"s\"{}        | (callExp (callExp f \"s\") (tableconstructor { }))",
  })
  void precedenceAndShape(String expression, String expected) {
    assertEquals(expected, Trees.expression(expression));
  }

  @Test
  void statementLabels() {
    Lua51Parser.BlockContext block = LuaGrammar.parse(
        "f(1) a, b.c = 1, 2 local x = 1 local function g() end function t.m:n() end "
            + "for i = 1, 2 do end for k, v in pairs(t) do end while x do end repeat until x "
            + "if x then elseif y then else end do return end", "=t", false).block();
    String[] kinds = {"ExprStat", "ExprStat", "LocalStat", "LocalFunctionStat", "FunctionStat",
        "NumericForStat", "GenericForStat", "WhileStat", "RepeatStat", "IfStat", "DoStat"};
    for (int i = 0; i < kinds.length; i++) {
      assertEquals(kinds[i] + "Context", block.stat(i).getClass().getSimpleName());
    }
    Lua51Parser.ExprStatContext call = (Lua51Parser.ExprStatContext) block.stat(0);
    assertNull(call.assignment());
    assertInstanceOf(Lua51Parser.CallExpContext.class, call.prefixexp());
    Lua51Parser.ExprStatContext assign = (Lua51Parser.ExprStatContext) block.stat(1);
    assertInstanceOf(Lua51Parser.NameExpContext.class, assign.prefixexp());
    assertInstanceOf(Lua51Parser.FieldExpContext.class, assign.assignment().var(0).prefixexp());
    assertEquals(2, assign.assignment().explist().exp().size());
    Lua51Parser.FunctionStatContext function = (Lua51Parser.FunctionStatContext) block.stat(4);
    assertEquals("n", function.funcname().method.getText());
    Lua51Parser.IfStatContext ifStat = (Lua51Parser.IfStatContext) block.stat(9);
    assertEquals(2, ifStat.exp().size());
    assertEquals(3, ifStat.block().size());
  }

  @Test
  void lastStatementsAndFields() {
    Lua51Parser.BlockContext block = LuaGrammar.parse(
        "while 1 do break end return {[1] = a, b = 2, 3; ...}", "=t", false).block();
    assertInstanceOf(Lua51Parser.ReturnStatContext.class, block.laststat());
    String table = Trees.sexpr(((Lua51Parser.ReturnStatContext) block.laststat()).explist());
    assertEquals("(tableconstructor { (fieldlist (keyedField [ 1 ] = a) , (namedField b = 2) , 3 ; ...) })", table);
  }
}
