package jlua.vm;

import jlua.api.LuaTable;

/**
 * What second-tier code calls: the slow paths of each instruction (operands given as absolute stack
 * indices or RK fields, results stored into the frame's registers), and the call protocol between
 * compiled frames, interpreted frames and Java functions. Generated code saves the frame's pc before
 * calling anything here that can raise an error or run Lua code, and reloads the stack arrays after.
 */
public final class JitRuntime {
  private JitRuntime() {}

  private static final Object NUM = Values.NUM;

  // ---- registers ------------------------------------------------------------------------------

  /** Stores a boxed value into register slot i. */
  public static void setReg(Object[] s, double[] n, int i, Object v) {
    if (v instanceof Double d) {
      s[i] = NUM;
      n[i] = d;
    } else {
      s[i] = v;
    }
  }

  /** The boxed value of register slot i (numbers as Double). */
  public static Object box(Object[] s, double[] n, int i) {
    Object v = s[i];
    return v == NUM ? (Object) n[i] : v;
  }

  /** t[R(key)] raw, for a register key (numbers read unboxed). */
  public static Object rawgetReg(LuaTable t, Object[] s, double[] n, int key) {
    Object k = s[key];
    return k == NUM ? t.rawget(n[key]) : t.rawget(k);
  }

  /** t[R(key)] = value raw, with 5.1's errors for nil and NaN keys (the pc is saved by the caller). */
  public static void rawsetReg(Coroutine L, LuaTable t, Object[] s, double[] n, int key, Object value) {
    Object k = s[key];
    if (k == NUM) {
      double d = n[key];
      if (d != d) throw Errors.runtime(L, "table index is NaN");
      t.rawset(d, value);
    } else if (k instanceof String str) {
      t.rawset(str, value);
    } else {
      MetaOps.rawsetChecked(L, t, k, value);
    }
  }

  private static Object reg(Coroutine L, int i) {
    return L.getBoxed(i);
  }

  /** RK(x) boxed: a constant of p when x has the RK bit, else register base + x. */
  private static Object rk(Coroutine L, Proto p, int base, int x) {
    return x >= 256 ? p.constant(x - 256) : L.getBoxed(base + x);
  }

  public static double mod(double x, double y) {
    return x - Math.floor(x / y) * y;
  }

  // ---- slow paths -----------------------------------------------------------------------------

  public static void arith(Coroutine L, Proto p, int base, int op, int a, int b, int c) {
    Object r = MetaOps.arith(L, op - OpCode.ADD + MetaOps.TM_ADD, rk(L, p, base, b),
        b >= 256 ? -1 : base + b, rk(L, p, base, c), c >= 256 ? -1 : base + c);
    L.setBoxed(base + a, r);
  }

  public static void unm(Coroutine L, int a, int b) {
    Object v = reg(L, b);
    L.setBoxed(a, MetaOps.arith(L, MetaOps.TM_UNM, v, b, v, b));
  }

  public static void len(Coroutine L, int a, int b) {
    L.setBoxed(a, MetaOps.length(L, reg(L, b), b));
  }

  public static void concat(Coroutine L, int base, int a, int b, int c) {
    MetaOps.concat(L, base, c - b + 1, c);
    L.stack[base + a] = L.stack[base + b];
    L.nums[base + a] = L.nums[base + b];
  }

  public static void getTable(Coroutine L, Proto p, int base, int a, int b, int c) {
    L.setBoxed(base + a, MetaOps.index(L, reg(L, base + b), rk(L, p, base, c), base + b));
  }

  public static void setTable(Coroutine L, Proto p, int base, int a, int b, int c) {
    Object t = reg(L, base + a);
    Object key = rk(L, p, base, b);
    Object value = rk(L, p, base, c);
    if (t instanceof LuaTable table && table.getMetatable() == null) MetaOps.rawsetChecked(L, table, key, value);
    else MetaOps.setIndex(L, t, key, value, base + a);
  }

  /**
   * SELF with a constant name, when the method is found in the object or along a chain of __index
   * tables (the usual class layout), or in the string metatable; false sends the call site to the
   * general path. Nothing here raises errors or runs Lua code.
   */
  public static boolean selfFast(Coroutine L, int a, int b, String key, int hash) {
    Object[] s = L.stack;
    Object t = s[b];
    s[a + 1] = t;
    L.nums[a + 1] = L.nums[b];
    LuaTable table;
    if (t instanceof LuaTable tt) {
      table = tt;
    } else if (t instanceof String) {
      Object index = MetaOps.fromMetatable(L.global.stringMetatable, MetaOps.TM_INDEX);
      if (!(index instanceof LuaTable st)) return false;
      table = st;
    } else {
      return false;
    }
    for (int loop = 0; loop < 100; loop++) {
      Object v = table.rawget(key, hash);
      if (v != null) {
        setReg(s, L.nums, a, v);
        return true;
      }
      LuaTable mt = table.getMetatable();
      if (mt == null) {
        s[a] = null;
        return true;
      }
      if (!(MetaOps.fromMetatable(mt, MetaOps.TM_INDEX) instanceof LuaTable next)) return false;
      table = next;
    }
    return false;
  }

  public static void self(Coroutine L, Proto p, int base, int a, int b, int c) {
    Object t = reg(L, base + b);
    L.stack[base + a + 1] = L.stack[base + b];
    L.nums[base + a + 1] = L.nums[base + b];
    L.setBoxed(base + a, MetaOps.index(L, t, rk(L, p, base, c), base + b));
  }

  public static void getGlobal(Coroutine L, LuaClosure cl, int a, String key) {
    LuaTable env = cl.env;
    Object v = env.rawget(key);
    if (v == null && env.getMetatable() != null) v = MetaOps.index(L, env, key, -1);
    L.setBoxed(a, v);
  }

  public static void setGlobal(Coroutine L, LuaClosure cl, int a, String key) {
    LuaTable env = cl.env;
    Object v = reg(L, a);
    if (env.getMetatable() == null) env.rawset(key, v);
    else MetaOps.setIndex(L, env, key, v, -1);
  }

  public static void getUpval(Coroutine L, LuaClosure cl, int a, int b) {
    UpVal u = cl.upvals[b];
    Coroutine t = u.thread;
    if (t != null) {
      L.stack[a] = t.stack[u.index];
      L.nums[a] = t.nums[u.index];
    } else {
      L.stack[a] = u.value;
      L.nums[a] = u.num;
    }
  }

  public static void setUpval(Coroutine L, LuaClosure cl, int a, int b) {
    UpVal u = cl.upvals[b];
    Coroutine t = u.thread;
    if (t != null) {
      t.stack[u.index] = L.stack[a];
      t.nums[u.index] = L.nums[a];
    } else {
      u.value = L.stack[a];
      u.num = L.nums[a];
    }
  }

  public static boolean eq(Coroutine L, Proto p, int base, int b, int c) {
    return MetaOps.equals(L, rk(L, p, base, b), rk(L, p, base, c));
  }

  public static boolean lt(Coroutine L, Proto p, int base, int b, int c) {
    return MetaOps.lessThan(L, rk(L, p, base, b), rk(L, p, base, c));
  }

  public static boolean le(Coroutine L, Proto p, int base, int b, int c) {
    return MetaOps.lessEqual(L, rk(L, p, base, b), rk(L, p, base, c));
  }

  public static void newTable(Coroutine L, int a, int b, int c) {
    L.stack[a] = new LuaTable(OpCode.fb2int(b), OpCode.fb2int(c));
  }

  public static void closure(Coroutine L, LuaClosure cl, int base, int a, int bx, int pc) {
    Proto p = cl.p;
    Proto np = p.p[bx];
    LuaClosure ncl = new LuaClosure(np, cl.env);
    for (int j = 0; j < np.nups; j++) {
      int pseudo = p.code[pc + 1 + j];
      if ((pseudo & 0x3F) == OpCode.GETUPVAL) ncl.upvals[j] = cl.upvals[pseudo >>> 23];
      else ncl.upvals[j] = L.findUpval(base + (pseudo >>> 23));
    }
    L.stack[base + a] = ncl;
  }

  public static void vararg(Coroutine L, CallInfo ci, Proto p, int a, int b) {
    int base = ci.base;
    int wanted = b - 1;
    int nVar = base - ci.func - p.numParams - 1;
    if (wanted < 0) {
      wanted = nVar;
      if (a + nVar > L.stack.length) L.growStack(a + nVar);
      L.top = a + nVar;
    }
    Object[] s = L.stack;
    double[] n = L.nums;
    for (int j = 0; j < wanted; j++) {
      if (j < nVar) {
        s[a + j] = s[base - nVar + j];
        n[a + j] = n[base - nVar + j];
      } else {
        s[a + j] = null;
      }
    }
  }

  public static void setList(Coroutine L, CallInfo ci, int a, int count, int c) {
    if (count == 0) {
      count = L.top - a - 1;
      L.top = ci.top;
    }
    LuaTable t = (LuaTable) L.stack[a];
    int offset = (c - 1) * OpCode.FIELDS_PER_FLUSH;
    t.ensureArray(offset + count);
    for (int j = 1; j <= count; j++) t.rawset(offset + j, L.getBoxed(a + j));
  }

  /** FORPREP's checks and coercions (numbers in all three slots, else 5.1's errors). */
  public static void forPrep(Coroutine L, int a) {
    forNumber(L, a, "'for' initial value must be a number");
    forNumber(L, a + 1, "'for' limit must be a number");
    forNumber(L, a + 2, "'for' step must be a number");
  }

  /** Coerces a for-loop control value to a number in place, or raises the given error. */
  private static void forNumber(Coroutine L, int reg, String message) {
    Object v = L.stack[reg];
    if (v == NUM) return;
    Double d = Values.toNumber(v);
    if (d == null) throw Errors.runtime(L, message);
    L.stack[reg] = NUM;
    L.nums[reg] = d;
  }

  public static void close(Coroutine L, int a) {
    L.closeUpvals(a);
  }

  /**
   * TFORLOOP A C: calls the iterator R(A)(R(A+1), R(A+2)) into R(A+3)..R(A+2+C); when R(A+3) is not
   * nil it becomes the control variable R(A+2) and the loop continues (true). Shared by the
   * interpreter and compiled code.
   */
  public static boolean tforCall(Coroutine L, CallInfo ci, int a, int c) {
    Object[] s = L.stack;
    double[] n = L.nums;
    int cb = a + 3;
    s[cb + 2] = s[a + 2];
    n[cb + 2] = n[a + 2];
    s[cb + 1] = s[a + 1];
    n[cb + 1] = n[a + 1];
    s[cb] = s[a];
    n[cb] = n[a];
    L.top = cb + 3;
    Calls.call(L, cb, c);
    L.top = ci.top;
    s = L.stack;
    if (s[cb] == null) return false;
    s[cb - 1] = s[cb];
    L.nums[cb - 1] = L.nums[cb];
    return true;
  }

  // ---- calls ----------------------------------------------------------------------------------

  /**
   * The call at {@code func}: for a compiled Lua function, pushes its frame and returns the closure so
   * the call site invokes its code directly (letting the JVM profile and inline per site); otherwise
   * performs the whole call and returns null, with the outcome in {@link Coroutine#jitStatus}.
   */
  public static LuaClosure prepareCall(Coroutine L, int func, int nResults) {
    Object fn = L.stack[func];
    if (fn instanceof LuaClosure cl && L.hookMask == 0 && Jit.compiledOrHot(cl.p)) {
      Calls.enterLua(L, func, cl, nResults);
      return cl;
    }
    int outcome = Calls.precall(L, func, nResults);
    if (outcome == Calls.LUA) L.jitStatus = runPushedFrame(L);
    else L.jitStatus = outcome == Calls.YIELDED ? CompiledFunction.YIELDED : CompiledFunction.RETURNED;
    return null;
  }

  /** Runs the top frame (just pushed) to its return in the interpreter, which may hand it to compiled code. */
  static int runPushedFrame(Coroutine L) {
    Interpreter.executeEntry(L);
    return L.yielded ? CompiledFunction.YIELDED : CompiledFunction.RETURNED;
  }

  /** After a compiled callee returned a status: finishes tail calls and hand-overs to the interpreter. */
  public static int finishCall(Coroutine L, int status) {
    for (;;) {
      if (status == CompiledFunction.TAILCALL) {
        status = Jit.runTop(L);
      } else if (status == CompiledFunction.INTERPRET) {
        status = runPushedFrame(L);
      } else {
        return status;
      }
    }
  }

  /**
   * After a call completed: restores top for fixed results, and asks the frame to continue in the
   * interpreter when hooks were switched on meanwhile (returns INTERPRET) — else 0.
   */
  public static int afterCall(Coroutine L, CallInfo ci, int nResults) {
    if (nResults >= 0) L.top = ci.top;
    return L.hookMask != 0 ? CompiledFunction.INTERPRET : 0;
  }

  /** TAILCALL: a Lua callee replaces this frame (TAILCALL); a Java callee runs now (0) or yields. */
  public static int tailcall(Coroutine L, CallInfo ci, int func) {
    int outcome = Calls.precall(L, func, -1);
    if (outcome == Calls.LUA) {
      Interpreter.replaceFrame(L, ci);
      return CompiledFunction.TAILCALL;
    }
    return outcome == Calls.YIELDED ? CompiledFunction.YIELDED : 0;
  }

  /** RETURN a b. */
  public static int ret(Coroutine L, int base, int a, int b) {
    int count = b != 0 ? b - 1 : L.top - a;
    if (L.openUpvals != null) L.closeUpvals(base);
    Calls.returnFromLua(L, a, count);
    return CompiledFunction.RETURNED;
  }
}
