package jlua.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jlua.api.LuaTable;
import jlua.testing.LuaOracle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The length operator: #t is always a border (t[n] ~= nil and t[n+1] == nil, or 0), and because table
 * sizing follows 5.1's rehash rule, it is the same border lua5.1 picks after the same operations.
 */
class TableBorderProperties {
  /** One assignment t[key] = value (value nil when clear). */
  record Op(int key, boolean clear) {
    String lua() {
      return "t[" + key + "]=" + (clear ? "nil" : "true");
    }
  }

  @Provide
  Arbitrary<Op> ops() {
    Arbitrary<Integer> keys = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 40)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-3, 300)));
    return net.jqwik.api.Combinators.combine(keys, Arbitraries.of(false, false, false, true)).as(Op::new);
  }

  @Property(tries = 500)
  void lengthIsABorder(@ForAll @Size(max = 80) List<@From("ops") Op> ops) {
    LuaTable t = new LuaTable();
    for (Op op : ops) t.rawset(op.key(), op.clear() ? null : Boolean.TRUE);
    int n = t.length();
    assertTrue(n >= 0);
    if (n > 0) assertNotNull(t.rawget(n), "t[#t] is not nil");
    assertNull(t.rawget(n + 1), "t[#t + 1] is nil");
  }

  @Property(tries = 10)
  void lengthMatchesLua51(@ForAll @Size(min = 1, max = 40) List<@Size(max = 60) List<@From("ops") Op>> programs) {
    LuaOracle.assumeAvailable();
    StringBuilder code = new StringBuilder();
    for (List<Op> ops : programs) {
      code.append("do local t = {} ");
      for (Op op : ops) code.append(op.lua()).append(' ');
      code.append("print(#t) end\n");
    }
    LuaOracle.assertSameOutput(LuaOracle.reference(code.toString()), LuaOracle.jlua(code.toString()), code.toString());
  }
}
