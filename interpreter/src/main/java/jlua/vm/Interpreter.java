package jlua.vm;

import jlua.api.LuaError;
import jlua.api.LuaTable;

/**
 * The VM loop (5.1's luaV_execute). Lua-to-Lua calls push a CallInfo and continue in this same loop,
 * so they use no Java stack; only Java-level entries (metamethods, library callbacks, resume) nest.
 *
 * <p>Each case is a fast path for the common types, falling back to a named slow path in
 * {@link MetaOps}. Before anything that can raise an error or call out, the pc is saved in the frame
 * so that errors, hooks and tracebacks see the current line.
 */
final class Interpreter {
  private Interpreter() {}

  private static final Object NUM = Values.NUM;

  /** Runs Lua frames from the current CallInfo until the frame marked {@code entry} returns. */
  static void execute(Coroutine L) {
    newFrame:
    for (;;) {
      final CallInfo ci = L.calls[L.ci];
      final LuaClosure cl = (LuaClosure) ci.function;
      final Proto p = cl.p;
      if (L.hookMask == 0 && (p.compiled != null ? p.entries.get(ci.savedPc) : ci.savedPc == 0 && Jit.compiledOrHot(p))) {
        if (runCompiled(L, ci) == EXIT) return;
        continue;
      }
      final int[] code = p.code;
      final Object[] k = p.k;
      final double[] kn = p.kn;
      final int[] khash = p.khash;
      final int base = ci.base;
      int pc = ci.savedPc;
      Object[] s = L.stack;
      double[] n = L.nums;
      boolean hooked = (L.hookMask & (Hooks.MASK_LINE | Hooks.MASK_COUNT)) != 0;
      try {
        for (;;) {
          final int i = code[pc++];
          if (hooked) {
            Hooks.instructionHook(L, ci, pc - 1);
            s = L.stack;
            n = L.nums;
          }
          final int a = base + ((i >>> 6) & 0xFF);
          switch (i & 0x3F) {
            case OpCode.MOVE: {
              int b = base + (i >>> 23);
              s[a] = s[b];
              n[a] = n[b];
              continue;
            }
            case OpCode.LOADK: {
              int bx = i >>> 14;
              s[a] = k[bx];
              n[a] = kn[bx];
              continue;
            }
            case OpCode.LOADBOOL:
              s[a] = (i >>> 23) != 0 ? Boolean.TRUE : Boolean.FALSE;
              if (((i >>> 14) & 0x1FF) != 0) pc++;
              continue;
            case OpCode.LOADNIL: {
              int b = base + (i >>> 23);
              for (int r = a; r <= b; r++) s[r] = null;
              continue;
            }
            case OpCode.GETUPVAL: {
              UpVal u = cl.upvals[i >>> 23];
              Coroutine t = u.thread;
              if (t != null) {
                s[a] = t.stack[u.index];
                n[a] = t.nums[u.index];
              } else {
                s[a] = u.value;
                n[a] = u.num;
              }
              continue;
            }
            case OpCode.GETGLOBAL: {
              int bx = i >>> 14;
              String key = (String) k[bx];
              LuaTable env = cl.env;
              Object v = env.rawget(key, khash[bx]);
              if (v == null && env.getMetatable() != null) {
                ci.savedPc = pc;
                v = MetaOps.index(L, env, key, -1);
                s = L.stack;
                n = L.nums;
              }
              if (v instanceof Double d) {
                s[a] = NUM;
                n[a] = d;
              } else {
                s[a] = v;
              }
              continue;
            }
            case OpCode.GETTABLE: {
              int rb = base + (i >>> 23);
              int c = (i >>> 14) & 0x1FF;
              Object t = s[rb];
              Object v;
              if (t instanceof LuaTable table) {
                if (c >= 256) {
                  Object key = k[c - 256];
                  if (key instanceof String str) v = table.rawget(str, khash[c - 256]);
                  else v = key == NUM ? table.rawget(kn[c - 256]) : table.rawget(key);
                } else {
                  Object key = s[base + c];
                  v = key == NUM ? table.rawget(n[base + c]) : table.rawget(key);
                }
                if (v == null && table.getMetatable() != null) {
                  ci.savedPc = pc;
                  v = MetaOps.index(L, t, rk(s, n, k, kn, base, c), rb);
                  s = L.stack;
                  n = L.nums;
                }
              } else {
                ci.savedPc = pc;
                v = MetaOps.index(L, box(t, n[rb]), rk(s, n, k, kn, base, c), rb);
                s = L.stack;
                n = L.nums;
              }
              if (v instanceof Double d) {
                s[a] = NUM;
                n[a] = d;
              } else {
                s[a] = v;
              }
              continue;
            }
            case OpCode.SETGLOBAL: {
              int bx = i >>> 14;
              String key = (String) k[bx];
              LuaTable env = cl.env;
              Object v = box(s[a], n[a]);
              if (env.getMetatable() == null) {
                env.rawset(key, khash[bx], v);
              } else {
                ci.savedPc = pc;
                MetaOps.setIndex(L, env, key, v, -1);
                s = L.stack;
                n = L.nums;
              }
              continue;
            }
            case OpCode.SETUPVAL: {
              UpVal u = cl.upvals[i >>> 23];
              Coroutine t = u.thread;
              if (t != null) {
                t.stack[u.index] = s[a];
                t.nums[u.index] = n[a];
              } else {
                u.value = s[a];
                u.num = n[a];
              }
              continue;
            }
            case OpCode.SETTABLE: {
              int b = i >>> 23;
              int c = (i >>> 14) & 0x1FF;
              Object t = s[a];
              Object v = rk(s, n, k, kn, base, c);
              if (t instanceof LuaTable table && table.getMetatable() == null) {
                Object key = b >= 256 ? k[b - 256] : s[base + b];
                if (key instanceof String str) {
                  if (b >= 256) table.rawset(str, khash[b - 256], v);
                  else table.rawset(str, v);
                } else if (key == NUM) {
                  double d = b >= 256 ? kn[b - 256] : n[base + b];
                  if (d != d) {
                    ci.savedPc = pc;
                    throw Errors.runtime(L, "table index is NaN");
                  }
                  table.rawset(d, v);
                } else {
                  ci.savedPc = pc;
                  MetaOps.rawsetChecked(L, table, key, v);
                }
              } else {
                ci.savedPc = pc;
                MetaOps.setIndex(L, box(t, n[a]), rk(s, n, k, kn, base, b), v, a);
                s = L.stack;
                n = L.nums;
              }
              continue;
            }
            case OpCode.NEWTABLE:
              s[a] = new LuaTable(OpCode.fb2int(i >>> 23), OpCode.fb2int((i >>> 14) & 0x1FF));
              continue;
            case OpCode.SELF: {
              int rb = base + (i >>> 23);
              int c = (i >>> 14) & 0x1FF;
              Object t = s[rb];
              double tn = n[rb];
              s[a + 1] = t;
              n[a + 1] = tn;
              Object v = null;
              if (t instanceof LuaTable table && c >= 256 && k[c - 256] instanceof String str) {
                v = table.rawget(str, khash[c - 256]);
                if (v == null && table.getMetatable() != null) {
                  ci.savedPc = pc;
                  v = MetaOps.index(L, t, str, rb);
                  s = L.stack;
                  n = L.nums;
                }
              } else {
                ci.savedPc = pc;
                v = MetaOps.index(L, box(t, tn), rk(s, n, k, kn, base, c), rb);
                s = L.stack;
                n = L.nums;
              }
              if (v instanceof Double d) {
                s[a] = NUM;
                n[a] = d;
              } else {
                s[a] = v;
              }
              continue;
            }
            case OpCode.ADD:
            case OpCode.SUB:
            case OpCode.MUL:
            case OpCode.DIV:
            case OpCode.MOD:
            case OpCode.POW: {
              int b = i >>> 23;
              int c = (i >>> 14) & 0x1FF;
              Object vb;
              Object vc;
              double x;
              double y;
              if (b >= 256) {
                vb = k[b - 256];
                x = kn[b - 256];
              } else {
                vb = s[base + b];
                x = n[base + b];
              }
              if (c >= 256) {
                vc = k[c - 256];
                y = kn[c - 256];
              } else {
                vc = s[base + c];
                y = n[base + c];
              }
              if (vb == NUM && vc == NUM) {
                double r;
                switch (i & 0x3F) {
                  case OpCode.ADD: r = x + y; break;
                  case OpCode.SUB: r = x - y; break;
                  case OpCode.MUL: r = x * y; break;
                  case OpCode.DIV: r = x / y; break;
                  case OpCode.MOD: r = x - Math.floor(x / y) * y; break;
                  default: r = MetaOps.pow(x, y); break;
                }
                s[a] = NUM;
                n[a] = r;
                continue;
              }
              ci.savedPc = pc;
              Object r = MetaOps.arith(L, (i & 0x3F) - OpCode.ADD + MetaOps.TM_ADD,
                  box(vb, x), b >= 256 ? -1 : base + b, box(vc, y), c >= 256 ? -1 : base + c);
              s = L.stack;
              n = L.nums;
              if (r instanceof Double d) {
                s[a] = NUM;
                n[a] = d;
              } else {
                s[a] = r;
              }
              continue;
            }
            case OpCode.UNM: {
              int rb = base + (i >>> 23);
              Object vb = s[rb];
              if (vb == NUM) {
                n[a] = -n[rb];
                s[a] = NUM;
                continue;
              }
              ci.savedPc = pc;
              Object r = MetaOps.arith(L, MetaOps.TM_UNM, vb, rb, vb, rb);
              s = L.stack;
              n = L.nums;
              if (r instanceof Double d) {
                s[a] = NUM;
                n[a] = d;
              } else {
                s[a] = r;
              }
              continue;
            }
            case OpCode.NOT: {
              Object vb = s[base + (i >>> 23)];
              s[a] = vb == null || vb == Boolean.FALSE ? Boolean.TRUE : Boolean.FALSE;
              continue;
            }
            case OpCode.LEN: {
              int rb = base + (i >>> 23);
              Object vb = s[rb];
              if (vb instanceof LuaTable t) {
                n[a] = t.length();
                s[a] = NUM;
              } else if (vb instanceof String str) {
                n[a] = str.length();
                s[a] = NUM;
              } else {
                ci.savedPc = pc;
                Object r = MetaOps.length(L, box(vb, n[rb]), rb);
                s = L.stack;
                n = L.nums;
                if (r instanceof Double d) {
                  s[a] = NUM;
                  n[a] = d;
                } else {
                  s[a] = r;
                }
              }
              continue;
            }
            case OpCode.CONCAT: {
              int b = i >>> 23;
              int c = (i >>> 14) & 0x1FF;
              ci.savedPc = pc;
              MetaOps.concat(L, base, c - b + 1, c);
              s = L.stack;
              n = L.nums;
              s[a] = s[base + b];
              n[a] = n[base + b];
              continue;
            }
            case OpCode.JMP: {
              int sbx = (i >>> 14) - OpCode.MAXARG_sBx;
              pc += sbx;
              if (sbx < 0 && L.hookMask == 0 && Jit.hotLoop(p, pc)) {
                ci.savedPc = pc;
                if (runCompiled(L, ci) == EXIT) return;
                continue newFrame;
              }
              continue;
            }
            case OpCode.EQ: {
              int b = i >>> 23;
              int c = (i >>> 14) & 0x1FF;
              Object vb = b >= 256 ? k[b - 256] : s[base + b];
              Object vc = c >= 256 ? k[c - 256] : s[base + c];
              boolean eq;
              if (vb == NUM) {
                eq = vc == NUM && (b >= 256 ? kn[b - 256] : n[base + b]) == (c >= 256 ? kn[c - 256] : n[base + c]);
              } else if (vb == vc) {
                eq = true;
              } else if (vb == null || vc == null || vc == NUM || vb instanceof Boolean) {
                eq = false;
              } else if (vb instanceof String str) {
                eq = str.equals(vc);
              } else {
                ci.savedPc = pc;
                eq = MetaOps.equals(L, vb, vc);
                s = L.stack;
                n = L.nums;
              }
              if (eq == (((i >>> 6) & 0xFF) != 0)) pc += (code[pc] >>> 14) - OpCode.MAXARG_sBx + 1;
              else pc++;
              continue;
            }
            case OpCode.LT:
            case OpCode.LE: {
              int b = i >>> 23;
              int c = (i >>> 14) & 0x1FF;
              Object vb;
              Object vc;
              double x;
              double y;
              if (b >= 256) {
                vb = k[b - 256];
                x = kn[b - 256];
              } else {
                vb = s[base + b];
                x = n[base + b];
              }
              if (c >= 256) {
                vc = k[c - 256];
                y = kn[c - 256];
              } else {
                vc = s[base + c];
                y = n[base + c];
              }
              boolean r;
              if (vb == NUM && vc == NUM) {
                r = (i & 0x3F) == OpCode.LT ? x < y : x <= y;
              } else {
                ci.savedPc = pc;
                r = (i & 0x3F) == OpCode.LT
                    ? MetaOps.lessThan(L, box(vb, x), box(vc, y))
                    : MetaOps.lessEqual(L, box(vb, x), box(vc, y));
                s = L.stack;
                n = L.nums;
              }
              if (r == (((i >>> 6) & 0xFF) != 0)) pc += (code[pc] >>> 14) - OpCode.MAXARG_sBx + 1;
              else pc++;
              continue;
            }
            case OpCode.TEST: {
              Object v = s[a];
              boolean isFalse = v == null || v == Boolean.FALSE;
              if (isFalse != (((i >>> 14) & 0x1FF) != 0)) pc += (code[pc] >>> 14) - OpCode.MAXARG_sBx + 1;
              else pc++;
              continue;
            }
            case OpCode.TESTSET: {
              int rb = base + (i >>> 23);
              Object v = s[rb];
              boolean isFalse = v == null || v == Boolean.FALSE;
              if (isFalse != (((i >>> 14) & 0x1FF) != 0)) {
                s[a] = v;
                n[a] = n[rb];
                pc += (code[pc] >>> 14) - OpCode.MAXARG_sBx + 1;
              } else {
                pc++;
              }
              continue;
            }
            case OpCode.CALL: {
              int b = i >>> 23;
              int nResults = ((i >>> 14) & 0x1FF) - 1;
              if (b != 0) L.top = a + b;
              ci.savedPc = pc;
              Object fn = s[a];
              if (fn instanceof LuaClosure lc) {
                Calls.enterLua(L, a, lc, nResults);
                continue newFrame;
              }
              int outcome = Calls.precall(L, a, nResults);
              if (outcome == Calls.LUA) continue newFrame;
              if (outcome == Calls.YIELDED) return;
              if (nResults >= 0) L.top = ci.top;
              s = L.stack;
              n = L.nums;
              hooked = (L.hookMask & (Hooks.MASK_LINE | Hooks.MASK_COUNT)) != 0;
              continue;
            }
            case OpCode.TAILCALL: {
              int b = i >>> 23;
              if (b != 0) L.top = a + b;
              ci.savedPc = pc;
              int outcome = Calls.precall(L, a, -1);
              if (outcome == Calls.LUA) {
                replaceFrame(L, ci);
                continue newFrame;
              }
              if (outcome == Calls.YIELDED) return;
              s = L.stack;
              n = L.nums;
              continue;
            }
            case OpCode.RETURN: {
              int b = i >>> 23;
              int count = b != 0 ? b - 1 : L.top - a;
              if (L.openUpvals != null) L.closeUpvals(base);
              ci.savedPc = pc;
              boolean wasEntry = ci.entry;
              boolean fixed = Calls.returnFromLua(L, a, count);
              if (wasEntry) return;
              if (fixed) L.top = L.calls[L.ci].top;
              continue newFrame;
            }
            case OpCode.FORLOOP: {
              double step = n[a + 2];
              double idx = n[a] + step;
              double limit = n[a + 1];
              if (step > 0 ? idx <= limit : limit <= idx) {
                pc += (i >>> 14) - OpCode.MAXARG_sBx;
                n[a] = idx;
                s[a + 3] = NUM;
                n[a + 3] = idx;
                if (L.hookMask == 0 && Jit.hotLoop(p, pc)) {
                  ci.savedPc = pc;
                  if (runCompiled(L, ci) == EXIT) return;
                  continue newFrame;
                }
              }
              continue;
            }
            case OpCode.FORPREP:
              ci.savedPc = pc;
              JitRuntime.forPrep(L, a); // the checks and coercions both tiers share
              n[a] -= n[a + 2];
              pc += (i >>> 14) - OpCode.MAXARG_sBx;
              continue;
            case OpCode.TFORLOOP: {
              ci.savedPc = pc;
              boolean more = JitRuntime.tforCall(L, ci, a, (i >>> 14) & 0x1FF);
              s = L.stack;
              n = L.nums;
              if (more) {
                pc += (code[pc] >>> 14) - OpCode.MAXARG_sBx + 1;
                if (L.hookMask == 0 && Jit.hotLoop(p, pc)) {
                  ci.savedPc = pc;
                  if (runCompiled(L, ci) == EXIT) return;
                  continue newFrame;
                }
              } else {
                pc++;
              }
              continue;
            }
            case OpCode.SETLIST: {
              int count = i >>> 23;
              int c = (i >>> 14) & 0x1FF;
              if (count == 0) {
                count = L.top - a - 1;
                L.top = ci.top;
              }
              if (c == 0) c = code[pc++];
              LuaTable t = (LuaTable) s[a];
              int offset = (c - 1) * OpCode.FIELDS_PER_FLUSH;
              t.ensureArray(offset + count);
              for (int j = 1; j <= count; j++) t.rawset(offset + j, box(s[a + j], n[a + j]));
              continue;
            }
            case OpCode.CLOSE:
              L.closeUpvals(a);
              continue;
            case OpCode.CLOSURE: {
              Proto np = p.p[i >>> 14];
              LuaClosure ncl = new LuaClosure(np, cl.env);
              UpVal[] up = ncl.upvals;
              for (int j = 0; j < up.length; j++) {
                int pseudo = code[pc++];
                if ((pseudo & 0x3F) == OpCode.GETUPVAL) up[j] = cl.upvals[pseudo >>> 23];
                else up[j] = L.findUpval(base + (pseudo >>> 23));
              }
              s[a] = ncl;
              continue;
            }
            case OpCode.VARARG: {
              // JitRuntime.vararg does the same; calling it from here made interpreted varargs.lua 30% slower
              int wanted = (i >>> 23) - 1;
              int nVar = base - ci.func - p.numParams - 1;
              if (wanted < 0) {
                wanted = nVar;
                if (a + nVar > s.length) {
                  L.growStack(a + nVar);
                  s = L.stack;
                  n = L.nums;
                }
                L.top = a + nVar;
              }
              for (int j = 0; j < wanted; j++) {
                if (j < nVar) {
                  s[a + j] = s[base - nVar + j];
                  n[a + j] = n[base - nVar + j];
                } else {
                  s[a + j] = null;
                }
              }
              continue;
            }
            default:
              throw new IllegalStateException("bad opcode " + (i & 0x3F));
          }
        }
      } catch (LuaError e) {
        if (L.calls[L.ci] == ci) ci.savedPc = pc;
        throw e;
      }
    }
  }

  /**
   * Runs the Lua frame a Java-level entry (a library callback, a metamethod, a resume) has just
   * pushed, to its return or yield.
   */
  static void executeEntry(Coroutine L) {
    L.calls[L.ci].entry = true;
    continueTop(L);
  }

  /**
   * Runs the top Lua frame on from its saved pc: straight into compiled code where it can be
   * entered there, which keeps callbacks (sort's comparator) and coroutine resumes from going
   * through the interpreter loop's set-up every time.
   */
  static void continueTop(Coroutine L) {
    CallInfo ci = L.calls[L.ci];
    Proto p = ((LuaClosure) ci.function).p;
    if (L.hookMask == 0 && p.compiled != null && p.entries.get(ci.savedPc) && runCompiled(L, ci) == EXIT) return;
    execute(L); // counts calls towards compiling, and runs whatever is not compiled
  }

  private static final int EXIT = 1; // leave execute(): the entry frame returned or the coroutine yielded
  private static final int CONTINUE = 0; // go on with whatever frame is now on top

  /** Runs the top frame in compiled code and says how the interpreter goes on. */
  private static int runCompiled(Coroutine L, CallInfo ci) {
    boolean wasEntry = ci.entry;
    int wanted = ci.nResults;
    int status = Jit.runTop(L);
    if (status == CompiledFunction.YIELDED) return EXIT;
    if (status == CompiledFunction.RETURNED) {
      if (wasEntry) return EXIT;
      if (wanted >= 0) L.top = L.calls[L.ci].top;
    }
    return CONTINUE;
  }

  /** TAILCALL of a Lua function: the new frame (pushed above) takes the place of the current one. */
  static void replaceFrame(Coroutine L, CallInfo ci) {
    CallInfo callee = L.calls[L.ci];
    if (L.openUpvals != null) L.closeUpvals(ci.base);
    int func = ci.func;
    int pfunc = callee.func;
    ci.base = func + (callee.base - pfunc);
    Object[] s = L.stack;
    double[] n = L.nums;
    int aux;
    for (aux = 0; pfunc + aux < L.top; aux++) {
      s[func + aux] = s[pfunc + aux];
      n[func + aux] = n[pfunc + aux];
    }
    ci.top = L.top = func + aux;
    ci.savedPc = 0;
    ci.function = callee.function;
    ci.isLua = true;
    ci.tailCalls++;
    L.popCall();
  }

  /** The boxed value of operand RK(x). */
  private static Object rk(Object[] s, double[] n, Object[] k, double[] kn, int base, int x) {
    if (x >= 256) {
      Object v = k[x - 256];
      return v == NUM ? (Object) kn[x - 256] : v;
    }
    Object v = s[base + x];
    return v == NUM ? (Object) n[base + x] : v;
  }

  private static Object box(Object v, double d) {
    return v == NUM ? (Object) d : v;
  }
}
