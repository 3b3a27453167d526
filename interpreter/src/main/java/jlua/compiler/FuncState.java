package jlua.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jlua.compiler.ExpDesc.Kind;
import jlua.vm.OpCode;
import jlua.vm.Proto;
import jlua.vm.Values;

/**
 * The code generator for one function being compiled (5.1's FuncState and lcode.c): instruction
 * emission, register allocation, constants, jump lists and the discharge of expressions into
 * registers. Kept close to 5.1 so the register layout — and with it the variable names that error
 * messages report — is the same as lua5.1's.
 */
final class FuncState {
  static final int NO_JUMP = ExpDesc.NO_JUMP;
  static final int MULTRET = -1;
  private static final int MAX_STACK = 250; // 5.1's MAXSTACK
  static final int MAX_VARS = 200; // LUAI_MAXVARS
  static final int MAX_UPVALUES = 60; // LUAI_MAXUPVALUES

  final FuncState parent;
  final Compiler compiler;
  final Proto f = new Proto();

  private int[] code = new int[16];
  private int[] lines = new int[16];
  int pc;
  int lastTarget = -1; // pc of the last jump target
  int jpc = NO_JUMP; // jumps pending to the next instruction
  int freeReg;
  int nactvar; // active locals
  BlockScope block;
  int line; // the source line attributed to newly emitted instructions

  private final List<Object> constants = new ArrayList<>();
  private final Map<Object, Integer> constantIndex = new HashMap<>();
  final List<Proto> protos = new ArrayList<>();
  final List<Proto.LocVar> locVars = new ArrayList<>();
  /** For each active local (by activation order) the index into locVars. */
  final int[] actvar = new int[MAX_VARS + 1];
  final List<String> upvalueNames = new ArrayList<>();
  final List<int[]> upvalueRefs = new ArrayList<>(); // {kind (0 local, 1 upvalue), index}

  /** Loop and scope nesting (5.1's BlockCnt). */
  static final class BlockScope {
    BlockScope previous;
    int breakList = NO_JUMP;
    int nactvar;
    boolean hasUpval; // some local of this block is captured by a closure
    boolean isBreakable;
  }

  FuncState(FuncState parent, Compiler compiler, String source) {
    this.parent = parent;
    this.compiler = compiler;
    f.source = source;
    f.maxStackSize = 2; // registers 0 and 1 are always valid
  }

  // ---- emission ------------------------------------------------------------------------------

  private int code(int instruction) {
    dischargeJpc();
    if (pc == code.length) {
      code = java.util.Arrays.copyOf(code, pc * 2);
      lines = java.util.Arrays.copyOf(lines, pc * 2);
    }
    code[pc] = instruction;
    lines[pc] = line;
    return pc++;
  }

  int codeABC(int op, int a, int b, int c) {
    return code(OpCode.abc(op, a, b, c));
  }

  int codeABx(int op, int a, int bx) {
    return code(OpCode.abx(op, a, bx));
  }

  int codeAsBx(int op, int a, int sbx) {
    return code(OpCode.asbx(op, a, sbx));
  }

  /** Emits a raw word (the extra argument of a SETLIST with a large batch number). */
  int codeRaw(int word) {
    return code(word);
  }

  int getCode(int at) {
    return code[at];
  }

  void setCode(int at, int instruction) {
    code[at] = instruction;
  }

  /** 5.1's luaK_fixline: attribute the last instruction to {@code l}. */
  void fixLine(int l) {
    lines[pc - 1] = l;
  }

  void removeLast() {
    pc--;
  }

  // ---- jumps ---------------------------------------------------------------------------------

  int jump() {
    int pending = jpc;
    jpc = NO_JUMP;
    int j = codeAsBx(OpCode.JMP, 0, NO_JUMP);
    return concat(j, pending);
  }

  void ret(int first, int nret) {
    codeABC(OpCode.RETURN, first, nret + 1, 0);
  }

  private int condJump(int op, int a, int b, int c) {
    codeABC(op, a, b, c);
    return jump();
  }

  private void fixJump(int at, int dest) {
    int offset = dest - (at + 1);
    if (Math.abs(offset) > OpCode.MAXARG_sBx) throw compiler.error("control structure too long");
    code[at] = OpCode.setSbx(code[at], offset);
  }

  /** Marks the current pc as a jump target and returns it. */
  int getLabel() {
    lastTarget = pc;
    return pc;
  }

  private int getJump(int at) {
    int offset = OpCode.sbx(code[at]);
    return offset == NO_JUMP ? NO_JUMP : at + 1 + offset;
  }

  /** The instruction that controls the jump at {@code at} (the test before it, if any). */
  private int jumpControl(int at) {
    if (at >= 1 && OpCode.isTest(OpCode.op(code[at - 1]))) return at - 1;
    return at;
  }

  private boolean needValue(int list) {
    for (; list != NO_JUMP; list = getJump(list)) {
      if (OpCode.op(code[jumpControl(list)]) != OpCode.TESTSET) return true;
    }
    return false;
  }

  private boolean patchTestReg(int node, int reg) {
    int at = jumpControl(node);
    int i = code[at];
    if (OpCode.op(i) != OpCode.TESTSET) return false;
    if (reg != OpCode.NO_REG && reg != OpCode.b(i)) {
      code[at] = OpCode.setA(i, reg);
    } else {
      code[at] = OpCode.abc(OpCode.TEST, OpCode.b(i), 0, OpCode.c(i));
    }
    return true;
  }

  private void removeValues(int list) {
    for (; list != NO_JUMP; list = getJump(list)) patchTestReg(list, OpCode.NO_REG);
  }

  private void patchListAux(int list, int vtarget, int reg, int dtarget) {
    while (list != NO_JUMP) {
      int next = getJump(list);
      if (patchTestReg(list, reg)) fixJump(list, vtarget);
      else fixJump(list, dtarget);
      list = next;
    }
  }

  private void dischargeJpc() {
    patchListAux(jpc, pc, OpCode.NO_REG, pc);
    jpc = NO_JUMP;
  }

  void patchList(int list, int target) {
    if (target == pc) {
      patchToHere(list);
    } else {
      patchListAux(list, target, OpCode.NO_REG, target);
    }
  }

  void patchToHere(int list) {
    getLabel();
    jpc = concat(jpc, list);
  }

  /** Appends jump list l2 to l1 and returns the combined list. */
  int concat(int l1, int l2) {
    if (l2 == NO_JUMP) return l1;
    if (l1 == NO_JUMP) return l2;
    int list = l1;
    int next;
    while ((next = getJump(list)) != NO_JUMP) list = next;
    fixJump(list, l2);
    return l1;
  }

  // ---- registers -----------------------------------------------------------------------------

  void checkStack(int n) {
    int newStack = freeReg + n;
    if (newStack > f.maxStackSize) {
      if (newStack >= MAX_STACK) throw compiler.error("function or expression too complex");
      f.maxStackSize = newStack;
    }
  }

  void reserveRegs(int n) {
    checkStack(n);
    freeReg += n;
  }

  private void freeRegister(int reg) {
    if (!OpCode.isK(reg) && reg >= nactvar) freeReg--;
  }

  private void freeExp(ExpDesc e) {
    if (e.kind == Kind.NONRELOC) freeRegister(e.info);
  }

  // ---- constants -----------------------------------------------------------------------------

  /**
   * The index of a constant, shared with an equal earlier one. Like 5.1 (which keys a Lua table by
   * value), 0 and -0 are one constant: whichever came first.
   */
  private int addConstant(Object key, Object value) {
    Integer idx = constantIndex.get(key);
    if (idx != null) return idx;
    if (constants.size() >= OpCode.MAXARG_Bx) throw compiler.error("constant table overflow");
    constants.add(value);
    constantIndex.put(key, constants.size() - 1);
    return constants.size() - 1;
  }

  int stringK(String s) {
    String interned = s.intern(); // constant keys then meet table keys by identity, skipping equals()
    return addConstant(interned, interned);
  }

  int numberK(double r) {
    Double key = r == 0 ? 0.0 : r; // -0 and 0 are the same table key in 5.1's constant cache
    return addConstant(key, r);
  }

  private int boolK(boolean b) {
    return addConstant(b, b);
  }

  private static final Object NIL_KEY = new Object();

  private int nilK() {
    return addConstant(NIL_KEY, null);
  }

  // ---- discharging expressions ---------------------------------------------------------------

  void setReturns(ExpDesc e, int nresults) {
    if (e.kind == Kind.CALL) {
      code[e.info] = OpCode.setC(code[e.info], nresults + 1);
    } else if (e.kind == Kind.VARARG) {
      code[e.info] = OpCode.setB(code[e.info], nresults + 1);
      code[e.info] = OpCode.setA(code[e.info], freeReg);
      reserveRegs(1);
    }
  }

  void setMultRet(ExpDesc e) {
    setReturns(e, MULTRET);
  }

  void setOneRet(ExpDesc e) {
    if (e.kind == Kind.CALL) {
      e.kind = Kind.NONRELOC;
      e.info = OpCode.a(code[e.info]);
    } else if (e.kind == Kind.VARARG) {
      code[e.info] = OpCode.setB(code[e.info], 2);
      e.kind = Kind.RELOCABLE;
    }
  }

  void dischargeVars(ExpDesc e) {
    switch (e.kind) {
      case LOCAL:
        e.kind = Kind.NONRELOC;
        break;
      case UPVAL:
        e.info = codeABC(OpCode.GETUPVAL, 0, e.info, 0);
        e.kind = Kind.RELOCABLE;
        break;
      case GLOBAL:
        e.info = codeABx(OpCode.GETGLOBAL, 0, e.info);
        e.kind = Kind.RELOCABLE;
        break;
      case INDEXED:
        freeRegister(e.aux);
        freeRegister(e.info);
        e.info = codeABC(OpCode.GETTABLE, 0, e.info, e.aux);
        e.kind = Kind.RELOCABLE;
        break;
      case VARARG:
      case CALL:
        setOneRet(e);
        break;
      default:
        break;
    }
  }

  private int codeLabel(int a, int b, int jump) {
    getLabel();
    return codeABC(OpCode.LOADBOOL, a, b, jump);
  }

  private void discharge2reg(ExpDesc e, int reg) {
    dischargeVars(e);
    switch (e.kind) {
      case NIL:
        loadNil(reg, 1);
        break;
      case FALSE:
      case TRUE:
        codeABC(OpCode.LOADBOOL, reg, e.kind == Kind.TRUE ? 1 : 0, 0);
        break;
      case K:
        codeABx(OpCode.LOADK, reg, e.info);
        break;
      case KNUM:
        codeABx(OpCode.LOADK, reg, numberK(e.nval));
        break;
      case RELOCABLE:
        code[e.info] = OpCode.setA(code[e.info], reg);
        break;
      case NONRELOC:
        if (reg != e.info) codeABC(OpCode.MOVE, reg, e.info, 0);
        break;
      default:
        return; // VOID or JMP: nothing to do
    }
    e.info = reg;
    e.kind = Kind.NONRELOC;
  }

  private void discharge2anyreg(ExpDesc e) {
    if (e.kind != Kind.NONRELOC) {
      reserveRegs(1);
      discharge2reg(e, freeReg - 1);
    }
  }

  private void exp2reg(ExpDesc e, int reg) {
    discharge2reg(e, reg);
    if (e.kind == Kind.JMP) e.t = concat(e.t, e.info);
    if (e.hasJumps()) {
      int pF = NO_JUMP;
      int pT = NO_JUMP;
      if (needValue(e.t) || needValue(e.f)) {
        int fj = e.kind == Kind.JMP ? NO_JUMP : jump();
        pF = codeLabel(reg, 0, 1);
        pT = codeLabel(reg, 1, 0);
        patchToHere(fj);
      }
      int end = getLabel();
      patchListAux(e.f, end, reg, pF);
      patchListAux(e.t, end, reg, pT);
    }
    e.f = e.t = NO_JUMP;
    e.info = reg;
    e.kind = Kind.NONRELOC;
  }

  void exp2nextreg(ExpDesc e) {
    dischargeVars(e);
    freeExp(e);
    reserveRegs(1);
    exp2reg(e, freeReg - 1);
  }

  int exp2anyreg(ExpDesc e) {
    dischargeVars(e);
    if (e.kind == Kind.NONRELOC) {
      if (!e.hasJumps()) return e.info;
      if (e.info >= nactvar) {
        exp2reg(e, e.info);
        return e.info;
      }
    }
    exp2nextreg(e);
    return e.info;
  }

  void exp2val(ExpDesc e) {
    if (e.hasJumps()) exp2anyreg(e);
    else dischargeVars(e);
  }

  int exp2RK(ExpDesc e) {
    exp2val(e);
    switch (e.kind) {
      case KNUM:
      case TRUE:
      case FALSE:
      case NIL:
        if (constants.size() <= OpCode.MAXINDEXRK) {
          e.info = e.kind == Kind.NIL ? nilK() : e.kind == Kind.KNUM ? numberK(e.nval) : boolK(e.kind == Kind.TRUE);
          e.kind = Kind.K;
          return OpCode.rkAsK(e.info);
        }
        break;
      case K:
        if (e.info <= OpCode.MAXINDEXRK) return OpCode.rkAsK(e.info);
        break;
      default:
        break;
    }
    return exp2anyreg(e);
  }

  void storeVar(ExpDesc var, ExpDesc ex) {
    switch (var.kind) {
      case LOCAL:
        freeExp(ex);
        exp2reg(ex, var.info);
        return;
      case UPVAL: {
        int e = exp2anyreg(ex);
        codeABC(OpCode.SETUPVAL, e, var.info, 0);
        break;
      }
      case GLOBAL: {
        int e = exp2anyreg(ex);
        codeABx(OpCode.SETGLOBAL, e, var.info);
        break;
      }
      case INDEXED: {
        int e = exp2RK(ex);
        codeABC(OpCode.SETTABLE, var.info, var.aux, e);
        break;
      }
      default:
        throw new IllegalStateException("invalid variable kind " + var.kind);
    }
    freeExp(ex);
  }

  void self(ExpDesc e, ExpDesc key) {
    exp2anyreg(e);
    freeExp(e);
    int func = freeReg;
    reserveRegs(2);
    codeABC(OpCode.SELF, func, e.info, exp2RK(key));
    freeExp(key);
    e.info = func;
    e.kind = Kind.NONRELOC;
  }

  private void invertJump(ExpDesc e) {
    int at = jumpControl(e.info);
    int i = code[at];
    code[at] = OpCode.setA(i, OpCode.a(i) == 0 ? 1 : 0);
  }

  private int jumpOnCond(ExpDesc e, int cond) {
    if (e.kind == Kind.RELOCABLE) {
      int ie = code[e.info];
      if (OpCode.op(ie) == OpCode.NOT) {
        pc--; // remove the NOT and test its operand with the condition inverted
        return condJump(OpCode.TEST, OpCode.b(ie), 0, cond == 0 ? 1 : 0);
      }
    }
    discharge2anyreg(e);
    freeExp(e);
    return condJump(OpCode.TESTSET, OpCode.NO_REG, e.info, cond);
  }

  void goIfTrue(ExpDesc e) {
    int jumpPc;
    dischargeVars(e);
    switch (e.kind) {
      case K:
      case KNUM:
      case TRUE:
        jumpPc = NO_JUMP;
        break;
      case FALSE:
        jumpPc = jump();
        break;
      case JMP:
        invertJump(e);
        jumpPc = e.info;
        break;
      default:
        jumpPc = jumpOnCond(e, 0);
        break;
    }
    e.f = concat(e.f, jumpPc);
    patchToHere(e.t);
    e.t = NO_JUMP;
  }

  void goIfFalse(ExpDesc e) {
    int jumpPc;
    dischargeVars(e);
    switch (e.kind) {
      case NIL:
      case FALSE:
        jumpPc = NO_JUMP;
        break;
      case TRUE:
        jumpPc = jump();
        break;
      case JMP:
        jumpPc = e.info;
        break;
      default:
        jumpPc = jumpOnCond(e, 1);
        break;
    }
    e.t = concat(e.t, jumpPc);
    patchToHere(e.f);
    e.f = NO_JUMP;
  }

  private void codeNot(ExpDesc e) {
    dischargeVars(e);
    switch (e.kind) {
      case NIL:
      case FALSE:
        e.kind = Kind.TRUE;
        break;
      case K:
      case KNUM:
      case TRUE:
        e.kind = Kind.FALSE;
        break;
      case JMP:
        invertJump(e);
        break;
      case RELOCABLE:
      case NONRELOC:
        discharge2anyreg(e);
        freeExp(e);
        e.info = codeABC(OpCode.NOT, 0, e.info, 0);
        e.kind = Kind.RELOCABLE;
        break;
      default:
        throw new IllegalStateException("cannot negate " + e.kind);
    }
    int temp = e.f;
    e.f = e.t;
    e.t = temp;
    removeValues(e.f);
    removeValues(e.t);
  }

  void indexed(ExpDesc t, ExpDesc k) {
    t.aux = exp2RK(k);
    t.kind = Kind.INDEXED;
  }

  // ---- operators -----------------------------------------------------------------------------

  private static boolean constFolding(int op, ExpDesc e1, ExpDesc e2) {
    if (!e1.isNumeral() || !e2.isNumeral()) return false;
    double v1 = e1.nval;
    double v2 = e2.nval;
    double r;
    switch (op) {
      case OpCode.ADD: r = v1 + v2; break;
      case OpCode.SUB: r = v1 - v2; break;
      case OpCode.MUL: r = v1 * v2; break;
      case OpCode.DIV:
        if (v2 == 0) return false;
        r = v1 / v2;
        break;
      case OpCode.MOD:
        if (v2 == 0) return false;
        r = v1 - Math.floor(v1 / v2) * v2;
        break;
      case OpCode.POW: r = jlua.vm.MetaOps.pow(v1, v2); break;
      case OpCode.UNM: r = -v1; break;
      default: return false; // LEN is never folded
    }
    if (Double.isNaN(r)) return false;
    e1.nval = r;
    return true;
  }

  private void codeArith(int op, ExpDesc e1, ExpDesc e2) {
    if (constFolding(op, e1, e2)) return;
    int o2 = op != OpCode.UNM && op != OpCode.LEN ? exp2RK(e2) : 0;
    int o1 = exp2RK(e1);
    if (o1 > o2) {
      freeExp(e1);
      freeExp(e2);
    } else {
      freeExp(e2);
      freeExp(e1);
    }
    e1.info = codeABC(op, 0, o1, o2);
    e1.kind = Kind.RELOCABLE;
  }

  private void codeComp(int op, int cond, ExpDesc e1, ExpDesc e2) {
    int o1 = exp2RK(e1);
    int o2 = exp2RK(e2);
    freeExp(e2);
    freeExp(e1);
    if (cond == 0 && op != OpCode.EQ) { // a > b is compiled as b < a, as 5.1 does
      int temp = o1;
      o1 = o2;
      o2 = temp;
      cond = 1;
    }
    e1.info = condJump(op, cond, o1, o2);
    e1.kind = Kind.JMP;
  }

  void prefix(jlua.ast.UnOp op, ExpDesc e) {
    ExpDesc e2 = new ExpDesc().init(Kind.KNUM, 0);
    e2.nval = 0;
    switch (op) {
      case NEG:
        if (!e.isNumeral()) exp2anyreg(e);
        codeArith(OpCode.UNM, e, e2);
        break;
      case NOT:
        codeNot(e);
        break;
      case LEN:
        exp2anyreg(e);
        codeArith(OpCode.LEN, e, e2);
        break;
      default:
        throw new IllegalStateException();
    }
  }

  void infix(jlua.ast.BinOp op, ExpDesc v) {
    switch (op) {
      case AND:
        goIfTrue(v);
        break;
      case OR:
        goIfFalse(v);
        break;
      case CONCAT:
        exp2nextreg(v);
        break;
      case ADD: case SUB: case MUL: case DIV: case MOD: case POW:
        if (!v.isNumeral()) exp2RK(v);
        break;
      default:
        exp2RK(v);
        break;
    }
  }

  void posfix(jlua.ast.BinOp op, ExpDesc e1, ExpDesc e2) {
    switch (op) {
      case AND:
        dischargeVars(e2);
        e2.f = concat(e2.f, e1.f);
        e1.copyFrom(e2);
        break;
      case OR:
        dischargeVars(e2);
        e2.t = concat(e2.t, e1.t);
        e1.copyFrom(e2);
        break;
      case CONCAT:
        exp2val(e2);
        if (e2.kind == Kind.RELOCABLE && OpCode.op(code[e2.info]) == OpCode.CONCAT) {
          freeExp(e1);
          code[e2.info] = OpCode.setB(code[e2.info], e1.info);
          e1.kind = Kind.RELOCABLE;
          e1.info = e2.info;
        } else {
          exp2nextreg(e2);
          codeArith(OpCode.CONCAT, e1, e2);
        }
        break;
      case ADD: codeArith(OpCode.ADD, e1, e2); break;
      case SUB: codeArith(OpCode.SUB, e1, e2); break;
      case MUL: codeArith(OpCode.MUL, e1, e2); break;
      case DIV: codeArith(OpCode.DIV, e1, e2); break;
      case MOD: codeArith(OpCode.MOD, e1, e2); break;
      case POW: codeArith(OpCode.POW, e1, e2); break;
      case EQ: codeComp(OpCode.EQ, 1, e1, e2); break;
      case NE: codeComp(OpCode.EQ, 0, e1, e2); break;
      case LT: codeComp(OpCode.LT, 1, e1, e2); break;
      case LE: codeComp(OpCode.LE, 1, e1, e2); break;
      case GT: codeComp(OpCode.LT, 0, e1, e2); break;
      case GE: codeComp(OpCode.LE, 0, e1, e2); break;
      default: throw new IllegalStateException();
    }
  }

  /** 5.1's luaK_nil: LOADNIL, merged with a preceding one when no jump lands in between. */
  void loadNil(int from, int n) {
    if (pc > lastTarget) {
      if (pc == 0) {
        if (from >= nactvar) { // registers of a fresh function are nil: the call clears them
          f.nilFill = Math.max(f.nilFill, from + n);
          return;
        }
      } else {
        int previous = code[pc - 1];
        if (OpCode.op(previous) == OpCode.LOADNIL) {
          int pfrom = OpCode.a(previous);
          int pto = OpCode.b(previous);
          if (pfrom <= from && from <= pto + 1) {
            if (from + n - 1 > pto) code[pc - 1] = OpCode.setB(previous, from + n - 1);
            return;
          }
        }
      }
    }
    codeABC(OpCode.LOADNIL, from, from + n - 1, 0);
  }

  void setList(int base, int nelems, int toStore) {
    int c = (nelems - 1) / OpCode.FIELDS_PER_FLUSH + 1;
    int b = toStore == MULTRET ? 0 : toStore;
    if (c <= OpCode.MAXARG_C) {
      codeABC(OpCode.SETLIST, base, b, c);
    } else {
      codeABC(OpCode.SETLIST, base, b, 0);
      codeRaw(c);
    }
    freeReg = base + 1;
  }

  // ---- finishing -----------------------------------------------------------------------------

  /** Fills the prototype's arrays once the function body has been compiled. */
  Proto finish() {
    f.code = java.util.Arrays.copyOf(code, pc);
    f.lineInfo = java.util.Arrays.copyOf(lines, pc);
    int nk = constants.size();
    f.k = new Object[nk];
    f.kn = new double[nk];
    for (int i = 0; i < nk; i++) {
      Object c = constants.get(i);
      if (c instanceof Double d) {
        f.k[i] = Values.NUM;
        f.kn[i] = d;
      } else {
        f.k[i] = c;
      }
    }
    f.p = protos.toArray(new Proto[0]);
    f.locVars = locVars.toArray(new Proto.LocVar[0]);
    f.upvalueNames = upvalueNames.toArray(new String[0]);
    f.nups = upvalueNames.size();
    f.nilFill = Math.min(Math.max(f.nilFill, f.numParams + 1), f.maxStackSize); // +1: vararg's 'arg'
    f.hashConstants();
    return f;
  }
}
