package jlua.compiler;

import java.util.List;
import jlua.ast.BinOp;
import jlua.ast.Block;
import jlua.ast.Expr;
import jlua.ast.FuncBody;
import jlua.ast.Stat;
import jlua.ast.TableField;
import jlua.compiler.ExpDesc.Kind;
import jlua.vm.OpCode;
import jlua.vm.Proto;

/**
 * Compiles a chunk's AST to function prototypes, statement by statement as 5.1's lparser.c does
 * (scopes, locals, upvalues, loops, assignments), with {@link FuncState} generating the code.
 */
public final class Compiler {
  private final String source;
  private FuncState fs;

  private Compiler(String source) {
    this.source = source;
  }

  /** Compiles a main chunk; {@code source} is its chunk name ("@file", "=stdin", or the code). */
  public static Proto compile(FuncBody chunk, String source) {
    Compiler c = new Compiler(source);
    FuncState main = c.openFunction();
    main.f.isVararg = Proto.VARARG_ISVARARG; // the main chunk is always vararg
    main.line = 1;
    c.statements(chunk.body().stats());
    c.fs.line = chunk.endLine();
    return c.closeFunction();
  }

  CompileError error(String message) {
    return new CompileError(message, fs == null ? 0 : fs.line);
  }

  // ---- functions -----------------------------------------------------------------------------

  private FuncState openFunction() {
    fs = new FuncState(fs, this, source);
    return fs;
  }

  private Proto closeFunction() {
    removeVars(0);
    fs.ret(0, 0);
    Proto p = fs.finish();
    fs = fs.parent;
    return p;
  }

  /** body -> '(' parlist ')' block END, leaving a CLOSURE in {@code e}. */
  private void body(FuncBody b, ExpDesc e, boolean needSelf) {
    int outerLine = fs.line;
    FuncState nfs = openFunction();
    nfs.f.lineDefined = b.line();
    nfs.line = b.line();
    if (needSelf) {
      newLocalVar("self", 0);
      adjustLocalVars(1);
    }
    parameters(b.params(), b.isVararg());
    statements(b.body().stats());
    nfs.f.lastLineDefined = b.endLine();
    nfs.line = b.endLine();
    Proto p = closeFunction();
    fs.line = Math.max(outerLine, b.endLine());
    pushClosure(nfs, p, e);
  }

  private void parameters(List<String> params, boolean isVararg) {
    Proto f = fs.f;
    int n = 0;
    for (String name : params) newLocalVar(name, n++);
    f.isVararg = 0;
    if (isVararg) {
      newLocalVar("arg", n++); // 5.1's compat: vararg functions have a local 'arg'
      f.isVararg = Proto.VARARG_HASARG | Proto.VARARG_NEEDSARG | Proto.VARARG_ISVARARG;
    }
    adjustLocalVars(n);
    f.numParams = fs.nactvar - (f.isVararg & Proto.VARARG_HASARG);
    fs.reserveRegs(fs.nactvar);
  }

  private void pushClosure(FuncState child, Proto p, ExpDesc v) {
    fs.protos.add(p);
    v.init(Kind.RELOCABLE, fs.codeABx(OpCode.CLOSURE, 0, fs.protos.size() - 1));
    for (int[] ref : child.upvalueRefs) {
      int op = ref[0] == 0 ? OpCode.MOVE : OpCode.GETUPVAL;
      fs.codeABC(op, 0, ref[1], 0);
    }
  }

  // ---- variables -----------------------------------------------------------------------------

  private void newLocalVar(String name, int n) {
    checkLimit(fs.nactvar + n + 1, FuncState.MAX_VARS, "local variables");
    fs.locVars.add(new Proto.LocVar(name, 0));
    fs.actvar[fs.nactvar + n] = fs.locVars.size() - 1;
  }

  private void adjustLocalVars(int nvars) {
    fs.nactvar += nvars;
    for (; nvars > 0; nvars--) localVar(fs.nactvar - nvars).startPc = fs.pc;
  }

  private Proto.LocVar localVar(int i) {
    return fs.locVars.get(fs.actvar[i]);
  }

  private void removeVars(int toLevel) {
    while (fs.nactvar > toLevel) localVar(--fs.nactvar).endPc = fs.pc;
  }

  private void checkLimit(int value, int limit, String what) {
    if (value > limit) {
      String where = fs.f.lineDefined == 0
          ? "main function has more than " + limit + " " + what
          : "function at line " + fs.f.lineDefined + " has more than " + limit + " " + what;
      throw error(where);
    }
  }

  private static int searchVar(FuncState f, String name) {
    for (int i = f.nactvar - 1; i >= 0; i--) {
      if (f.locVars.get(f.actvar[i]).name.equals(name)) return i;
    }
    return -1;
  }

  private static void markUpval(FuncState f, int level) {
    FuncState.BlockScope bl = f.block;
    while (bl != null && bl.nactvar > level) bl = bl.previous;
    if (bl != null) bl.hasUpval = true;
  }

  private Kind singleVarAux(FuncState f, String name, ExpDesc var, boolean base) {
    if (f == null) {
      var.init(Kind.GLOBAL, OpCode.NO_REG);
      return Kind.GLOBAL;
    }
    int v = searchVar(f, name);
    if (v >= 0) {
      var.init(Kind.LOCAL, v);
      if (!base) markUpval(f, v);
      return Kind.LOCAL;
    }
    if (singleVarAux(f.parent, name, var, false) == Kind.GLOBAL) return Kind.GLOBAL;
    var.info = indexUpvalue(f, name, var);
    var.kind = Kind.UPVAL;
    return Kind.UPVAL;
  }

  private int indexUpvalue(FuncState f, String name, ExpDesc v) {
    int kind = v.kind == Kind.LOCAL ? 0 : 1;
    for (int i = 0; i < f.upvalueRefs.size(); i++) {
      int[] ref = f.upvalueRefs.get(i);
      if (ref[0] == kind && ref[1] == v.info) return i;
    }
    FuncState saved = fs;
    fs = f;
    checkLimit(f.upvalueNames.size() + 1, FuncState.MAX_UPVALUES, "upvalues");
    fs = saved;
    f.upvalueNames.add(name);
    f.upvalueRefs.add(new int[] {kind, v.info});
    return f.upvalueNames.size() - 1;
  }

  private void singleVar(String name, ExpDesc var) {
    if (singleVarAux(fs, name, var, true) == Kind.GLOBAL) var.info = fs.stringK(name);
  }

  // ---- blocks --------------------------------------------------------------------------------

  private void enterBlock(FuncState.BlockScope bl, boolean isBreakable) {
    bl.breakList = FuncState.NO_JUMP;
    bl.isBreakable = isBreakable;
    bl.nactvar = fs.nactvar;
    bl.hasUpval = false;
    bl.previous = fs.block;
    fs.block = bl;
  }

  private void leaveBlock() {
    FuncState.BlockScope bl = fs.block;
    fs.block = bl.previous;
    removeVars(bl.nactvar);
    if (bl.hasUpval) fs.codeABC(OpCode.CLOSE, bl.nactvar, 0, 0);
    fs.freeReg = fs.nactvar;
    fs.patchToHere(bl.breakList);
  }

  /** block -> chunk, in a scope of its own. */
  private void block(Block b) {
    FuncState.BlockScope bl = new FuncState.BlockScope();
    enterBlock(bl, false);
    statements(b.stats());
    leaveBlock();
  }

  /** chunk -> { stat [';'] }: registers are freed after each statement. */
  private void statements(List<Stat> stats) {
    for (Stat s : stats) {
      statement(s);
      fs.freeReg = fs.nactvar;
    }
  }

  // ---- statements ----------------------------------------------------------------------------

  private void statement(Stat s) {
    fs.line = s.line();
    if (s instanceof Stat.Local st) {
      localStat(st);
    } else if (s instanceof Stat.Assign st) {
      assignment(st);
    } else if (s instanceof Stat.CallStat st) {
      ExpDesc v = new ExpDesc();
      expr(st.call(), v);
      fs.setCode(v.info, OpCode.setC(fs.getCode(v.info), 1)); // a call statement keeps no results
    } else if (s instanceof Stat.Do st) {
      block(st.body());
    } else if (s instanceof Stat.While st) {
      whileStat(st);
    } else if (s instanceof Stat.Repeat st) {
      repeatStat(st);
    } else if (s instanceof Stat.If st) {
      ifStat(st);
    } else if (s instanceof Stat.NumericFor st) {
      numericFor(st);
    } else if (s instanceof Stat.GenericFor st) {
      genericFor(st);
    } else if (s instanceof Stat.Function st) {
      functionStat(st);
    } else if (s instanceof Stat.LocalFunction st) {
      localFunction(st);
    } else if (s instanceof Stat.Return st) {
      returnStat(st);
    } else if (s instanceof Stat.Break st) {
      breakStat();
    } else {
      throw new IllegalStateException("unknown statement " + s);
    }
  }

  /** stat -> LOCAL NAME {',' NAME} ['=' explist1] */
  private void localStat(Stat.Local st) {
    int nvars = 0;
    for (String name : st.names()) newLocalVar(name, nvars++);
    ExpDesc e = new ExpDesc();
    int nexps = 0;
    if (!st.values().isEmpty()) nexps = explist(st.values(), e);
    fs.line = st.line();
    adjustAssign(nvars, nexps, e);
    adjustLocalVars(nvars);
  }

  private void adjustAssign(int nvars, int nexps, ExpDesc e) {
    int extra = nvars - nexps;
    if (e.hasMultipleResults()) {
      extra++;
      if (extra < 0) extra = 0;
      fs.setReturns(e, extra);
      if (extra > 1) fs.reserveRegs(extra - 1);
    } else {
      if (e.kind != Kind.VOID) fs.exp2nextreg(e);
      if (extra > 0) {
        int reg = fs.freeReg;
        fs.reserveRegs(extra);
        fs.loadNil(reg, extra);
      }
    }
  }

  /** stat -> var {',' var} '=' explist1 (5.1's recursive assignment, unrolled). */
  private void assignment(Stat.Assign st) {
    List<Expr> targets = st.targets();
    ExpDesc[] lhs = new ExpDesc[targets.size()];
    for (int i = 0; i < lhs.length; i++) {
      lhs[i] = new ExpDesc();
      expr(targets.get(i), lhs[i]);
      if (i > 0 && lhs[i].kind == Kind.LOCAL) checkConflict(lhs, i);
    }
    int nvars = lhs.length;
    ExpDesc e = new ExpDesc();
    int nexps = explist(st.values(), e);
    fs.line = st.line();
    if (nexps != nvars) {
      adjustAssign(nvars, nexps, e);
      if (nexps > nvars) fs.freeReg -= nexps - nvars;
      e.init(Kind.NONRELOC, fs.freeReg - 1);
      fs.storeVar(lhs[nvars - 1], e);
    } else {
      fs.setOneRet(e);
      fs.storeVar(lhs[nvars - 1], e);
    }
    for (int i = nvars - 2; i >= 0; i--) {
      e.init(Kind.NONRELOC, fs.freeReg - 1);
      fs.storeVar(lhs[i], e);
    }
  }

  /** A local assigned after being used as a table or key earlier in the same assignment is copied. */
  private void checkConflict(ExpDesc[] lhs, int current) {
    ExpDesc v = lhs[current];
    int extra = fs.freeReg;
    boolean conflict = false;
    for (int i = current - 1; i >= 0; i--) {
      ExpDesc lh = lhs[i];
      if (lh.kind == Kind.INDEXED) {
        if (lh.info == v.info) {
          conflict = true;
          lh.info = extra;
        }
        if (lh.aux == v.info) {
          conflict = true;
          lh.aux = extra;
        }
      }
    }
    if (conflict) {
      fs.codeABC(OpCode.MOVE, fs.freeReg, v.info, 0);
      fs.reserveRegs(1);
    }
  }

  /** cond -> exp: returns the jump list taken when the condition is false. */
  private int condition(Expr c) {
    ExpDesc v = new ExpDesc();
    expr(c, v);
    if (v.kind == Kind.NIL) v.kind = Kind.FALSE;
    fs.goIfTrue(v);
    return v.f;
  }

  private void breakStat() {
    FuncState.BlockScope bl = fs.block;
    boolean upval = false;
    while (bl != null && !bl.isBreakable) {
      upval |= bl.hasUpval;
      bl = bl.previous;
    }
    if (bl == null) throw error("no loop to break");
    if (upval) fs.codeABC(OpCode.CLOSE, bl.nactvar, 0, 0);
    bl.breakList = fs.concat(bl.breakList, fs.jump());
  }

  /** whilestat -> WHILE cond DO block END */
  private void whileStat(Stat.While st) {
    int whileInit = fs.getLabel();
    int condExit = condition(st.condition());
    FuncState.BlockScope bl = new FuncState.BlockScope();
    enterBlock(bl, true);
    block(st.body());
    fs.line = st.body().endLine();
    fs.patchList(fs.jump(), whileInit);
    leaveBlock();
    fs.patchToHere(condExit);
  }

  /** repeatstat -> REPEAT block UNTIL cond (the condition sees the body's locals) */
  private void repeatStat(Stat.Repeat st) {
    int repeatInit = fs.getLabel();
    FuncState.BlockScope loop = new FuncState.BlockScope();
    FuncState.BlockScope scope = new FuncState.BlockScope();
    enterBlock(loop, true);
    enterBlock(scope, false);
    statements(st.body().stats());
    fs.line = st.condition().line();
    int condExit = condition(st.condition());
    if (!scope.hasUpval) {
      leaveBlock();
      fs.patchList(condExit, repeatInit);
    } else {
      breakStat();
      fs.patchToHere(condExit);
      leaveBlock();
      fs.patchList(fs.jump(), repeatInit);
    }
    leaveBlock();
  }

  /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
  private void ifStat(Stat.If st) {
    int escapeList = FuncState.NO_JUMP;
    int falseList = testThenBlock(st.conditions().get(0), st.blocks().get(0));
    for (int i = 1; i < st.conditions().size(); i++) {
      escapeList = fs.concat(escapeList, fs.jump());
      fs.patchToHere(falseList);
      falseList = testThenBlock(st.conditions().get(i), st.blocks().get(i));
    }
    if (st.elseBlock() != null) {
      escapeList = fs.concat(escapeList, fs.jump());
      fs.patchToHere(falseList);
      block(st.elseBlock());
    } else {
      escapeList = fs.concat(escapeList, falseList);
    }
    fs.patchToHere(escapeList);
  }

  private int testThenBlock(Expr cond, Block body) {
    fs.line = cond.line();
    int condExit = condition(cond);
    block(body);
    fs.line = body.endLine();
    return condExit;
  }

  /** fornum -> NAME = exp1, exp1 [, exp1] forbody */
  private void numericFor(Stat.NumericFor st) {
    FuncState.BlockScope bl = new FuncState.BlockScope();
    enterBlock(bl, true);
    int base = fs.freeReg;
    newLocalVar("(for index)", 0);
    newLocalVar("(for limit)", 1);
    newLocalVar("(for step)", 2);
    newLocalVar(st.var(), 3);
    exp1(st.start());
    exp1(st.limit());
    if (st.step() != null) {
      exp1(st.step());
    } else {
      fs.codeABx(OpCode.LOADK, fs.freeReg, fs.numberK(1));
      fs.reserveRegs(1);
    }
    forBody(base, st.line(), 1, true, st.body());
    leaveBlock();
  }

  /** forlist -> NAME {, NAME} IN explist1 forbody */
  private void genericFor(Stat.GenericFor st) {
    FuncState.BlockScope bl = new FuncState.BlockScope();
    enterBlock(bl, true);
    int base = fs.freeReg;
    int nvars = 0;
    newLocalVar("(for generator)", nvars++);
    newLocalVar("(for state)", nvars++);
    newLocalVar("(for control)", nvars++);
    for (String name : st.names()) newLocalVar(name, nvars++);
    int line = st.iterators().get(0).line();
    ExpDesc e = new ExpDesc();
    int nexps = explist(st.iterators(), e);
    adjustAssign(3, nexps, e);
    fs.checkStack(3);
    forBody(base, line, nvars - 3, false, st.body());
    leaveBlock();
  }

  private void exp1(Expr e) {
    ExpDesc v = new ExpDesc();
    expr(e, v);
    fs.exp2nextreg(v);
  }

  private void forBody(int base, int line, int nvars, boolean isNumeric, Block body) {
    adjustLocalVars(3);
    int prep = isNumeric ? fs.codeAsBx(OpCode.FORPREP, base, FuncState.NO_JUMP) : fs.jump();
    FuncState.BlockScope bl = new FuncState.BlockScope();
    enterBlock(bl, false);
    adjustLocalVars(nvars);
    fs.reserveRegs(nvars);
    block(body);
    leaveBlock();
    fs.patchToHere(prep);
    int endFor = isNumeric
        ? fs.codeAsBx(OpCode.FORLOOP, base, FuncState.NO_JUMP)
        : fs.codeABC(OpCode.TFORLOOP, base, 0, nvars);
    fs.fixLine(line);
    fs.patchList(isNumeric ? endFor : fs.jump(), prep + 1);
  }

  /** funcstat -> FUNCTION funcname body */
  private void functionStat(Stat.Function st) {
    ExpDesc v = new ExpDesc();
    singleVar(st.path().get(0), v);
    for (int i = 1; i < st.path().size(); i++) field(v, st.path().get(i));
    boolean needSelf = st.method() != null;
    if (needSelf) field(v, st.method());
    ExpDesc b = new ExpDesc();
    body(st.body(), b, needSelf);
    fs.storeVar(v, b);
    fs.fixLine(st.line());
  }

  /** stat -> LOCAL FUNCTION NAME body */
  private void localFunction(Stat.LocalFunction st) {
    newLocalVar(st.name(), 0);
    ExpDesc v = new ExpDesc().init(Kind.LOCAL, fs.freeReg);
    fs.reserveRegs(1);
    adjustLocalVars(1);
    ExpDesc b = new ExpDesc();
    body(st.body(), b, false);
    fs.storeVar(v, b);
    localVar(fs.nactvar - 1).startPc = fs.pc; // debug info sees the variable only from here
  }

  /** stat -> RETURN explist */
  private void returnStat(Stat.Return st) {
    int first;
    int nret;
    if (st.values().isEmpty()) {
      first = nret = 0;
    } else {
      ExpDesc e = new ExpDesc();
      nret = explist(st.values(), e);
      fs.line = st.line();
      if (e.hasMultipleResults()) {
        fs.setMultRet(e);
        if (e.kind == Kind.CALL && nret == 1) {
          int call = fs.getCode(e.info);
          fs.setCode(e.info, (call & ~0x3F) | OpCode.TAILCALL);
        }
        first = fs.nactvar;
        nret = FuncState.MULTRET;
      } else if (nret == 1) {
        first = fs.exp2anyreg(e);
      } else {
        fs.exp2nextreg(e);
        first = fs.nactvar;
      }
    }
    fs.line = st.line();
    fs.ret(first, nret);
  }

  // ---- expressions ---------------------------------------------------------------------------

  private int explist(List<Expr> exprs, ExpDesc v) {
    expr(exprs.get(0), v);
    for (int i = 1; i < exprs.size(); i++) {
      try {
        fs.exp2nextreg(v);
      } catch (CompileError e) { // lparser is at the next item's first token when this happens
        throw e.at(exprs.get(i).line(), firstToken(exprs.get(i)));
      }
      expr(exprs.get(i), v);
    }
    return exprs.size();
  }

  /** The text of an expression's first token, for "near" in errors (best effort for literals). */
  private static String firstToken(Expr e) {
    while (true) {
      if (e instanceof Expr.Binary b) e = b.left();
      else if (e instanceof Expr.Index i) e = i.object();
      else if (e instanceof Expr.Call c) e = c.function();
      else if (e instanceof Expr.MethodCall m) e = m.object();
      else break;
    }
    if (e instanceof Expr.Name n) return n.name();
    if (e instanceof Expr.Number n) return jlua.vm.NumberFormat.toLuaString(n.value());
    if (e instanceof Expr.Str s) return s.value();
    if (e instanceof Expr.Nil) return "nil";
    if (e instanceof Expr.True) return "true";
    if (e instanceof Expr.False) return "false";
    if (e instanceof Expr.Vararg) return "...";
    if (e instanceof Expr.Table) return "{";
    if (e instanceof Expr.Function) return "function";
    if (e instanceof Expr.Paren) return "(";
    if (e instanceof Expr.Unary u) return u.op() == jlua.ast.UnOp.NEG ? "-" : u.op() == jlua.ast.UnOp.NOT ? "not" : "#";
    return null;
  }

  /** field -> ['.' | ':'] NAME: index the expression by a constant name. */
  private void field(ExpDesc v, String name) {
    fs.exp2anyreg(v);
    ExpDesc key = new ExpDesc().init(Kind.K, fs.stringK(name));
    fs.indexed(v, key);
  }

  private void expr(Expr node, ExpDesc v) {
    if (node instanceof Expr.Binary b) {
      binary(b, v);
      return;
    }
    if (isSuffix(node) && isSuffix(suffixObject(node))) {
      suffixChain(node, v);
      return;
    }
    fs.line = node.line();
    if (node instanceof Expr.Number num) {
      v.init(Kind.KNUM, 0);
      v.nval = num.value();
    } else if (node instanceof Expr.Str str) {
      v.init(Kind.K, fs.stringK(str.value()));
    } else if (node instanceof Expr.Nil) {
      v.init(Kind.NIL, 0);
    } else if (node instanceof Expr.True) {
      v.init(Kind.TRUE, 0);
    } else if (node instanceof Expr.False) {
      v.init(Kind.FALSE, 0);
    } else if (node instanceof Expr.Vararg) {
      if ((fs.f.isVararg & Proto.VARARG_ISVARARG) == 0) {
        throw error("cannot use '...' outside a vararg function");
      }
      fs.f.isVararg &= ~Proto.VARARG_NEEDSARG; // '...' is used: no 'arg' table needed
      v.init(Kind.VARARG, fs.codeABC(OpCode.VARARG, 0, 1, 0));
    } else if (node instanceof Expr.Table t) {
      constructor(t, v);
    } else if (node instanceof Expr.Function f) {
      body(f.body(), v, false);
    } else if (node instanceof Expr.Unary u) {
      expr(u.operand(), v);
      fs.line = u.line();
      fs.prefix(u.op(), v);
    } else if (node instanceof Expr.Name name) {
      singleVar(name.name(), v);
    } else if (isSuffix(node)) {
      expr(suffixObject(node), v);
      applySuffix(node, v);
    } else if (node instanceof Expr.Paren p) {
      expr(p.inner(), v);
      fs.dischargeVars(v);
    } else {
      throw new IllegalStateException("unknown expression " + node);
    }
  }

  private static boolean isSuffix(Expr e) {
    return e instanceof Expr.Index || e instanceof Expr.Call || e instanceof Expr.MethodCall;
  }

  private static Expr suffixObject(Expr e) {
    if (e instanceof Expr.Index i) return i.object();
    if (e instanceof Expr.Call c) return c.function();
    return ((Expr.MethodCall) e).object();
  }

  /** primaryexp's suffix loop (a.b[c]:m()(x)...), iterative since such chains may be long. */
  private void suffixChain(Expr node, ExpDesc v) {
    java.util.ArrayDeque<Expr> chain = new java.util.ArrayDeque<>();
    Expr e = node;
    while (isSuffix(e)) {
      chain.push(e);
      e = suffixObject(e);
    }
    expr(e, v);
    while (!chain.isEmpty()) {
      Expr suffix = chain.pop();
      fs.line = suffix.line();
      applySuffix(suffix, v);
    }
  }

  /** One suffix (.k / [k], (args), :m(args)) applied to the object already compiled into v. */
  private void applySuffix(Expr suffix, ExpDesc v) {
    if (suffix instanceof Expr.Index idx) {
      fs.exp2anyreg(v);
      ExpDesc key = new ExpDesc();
      expr(idx.key(), key);
      fs.exp2val(key);
      fs.line = idx.line();
      fs.indexed(v, key);
    } else if (suffix instanceof Expr.Call call) {
      fs.exp2nextreg(v);
      functionArgs(v, call.args(), call.line());
    } else {
      Expr.MethodCall mc = (Expr.MethodCall) suffix;
      ExpDesc key = new ExpDesc().init(Kind.K, fs.stringK(mc.method()));
      fs.self(v, key);
      functionArgs(v, mc.args(), mc.line());
    }
  }

  /**
   * subexpr for a binary operator: left, infix, right, posfix — 5.1's order of code emission. The left
   * spine of a chain is walked with a loop: 5.1 accepts left-associative chains of any length.
   */
  private void binary(Expr.Binary b, ExpDesc v) {
    java.util.ArrayDeque<Expr.Binary> spine = new java.util.ArrayDeque<>();
    Expr node = b;
    while (node instanceof Expr.Binary nb) {
      spine.push(nb);
      node = nb.left();
    }
    expr(node, v);
    while (!spine.isEmpty()) {
      Expr.Binary op = spine.pop();
      fs.infix(op.op(), v);
      ExpDesc v2 = new ExpDesc();
      expr(op.right(), v2);
      fs.line = op.line();
      fs.posfix(op.op(), v, v2);
    }
  }

  /** funcargs: arguments go to consecutive registers after the function; the CALL keeps one result. */
  private void functionArgs(ExpDesc f, List<Expr> args, int line) {
    ExpDesc a = new ExpDesc();
    if (args.isEmpty()) {
      a.kind = Kind.VOID;
    } else {
      explist(args, a);
      fs.setMultRet(a);
    }
    int base = f.info;
    int nparams;
    if (a.hasMultipleResults()) {
      nparams = FuncState.MULTRET;
    } else {
      if (a.kind != Kind.VOID) fs.exp2nextreg(a);
      nparams = fs.freeReg - (base + 1);
    }
    f.init(Kind.CALL, fs.codeABC(OpCode.CALL, base, nparams + 1, 2));
    fs.fixLine(line);
    fs.freeReg = base + 1;
  }

  /** constructor -> '{' [ field { fieldsep field } [fieldsep] ] '}' */
  private void constructor(Expr.Table t, ExpDesc e) {
    int pc = fs.codeABC(OpCode.NEWTABLE, 0, 0, 0);
    int na = 0;
    int nh = 0;
    int toStore = 0;
    ExpDesc pending = new ExpDesc(); // last list item, not yet in a register
    e.init(Kind.RELOCABLE, pc);
    fs.exp2nextreg(e);
    for (TableField field : t.fields()) {
      if (pending.kind != Kind.VOID) { // closelistfield
        fs.exp2nextreg(pending);
        pending.kind = Kind.VOID;
        if (toStore == OpCode.FIELDS_PER_FLUSH) {
          fs.setList(e.info, na, toStore);
          toStore = 0;
        }
      }
      if (field instanceof TableField.Keyed kf) {
        int reg = fs.freeReg;
        ExpDesc key = new ExpDesc();
        expr(kf.key(), key);
        fs.exp2val(key);
        nh++;
        int rkKey = fs.exp2RK(key);
        ExpDesc val = new ExpDesc();
        expr(kf.value(), val);
        fs.codeABC(OpCode.SETTABLE, e.info, rkKey, fs.exp2RK(val));
        fs.freeReg = reg;
      } else {
        expr(((TableField.Positional) field).value(), pending);
        na++;
        toStore++;
      }
    }
    fs.line = t.closeLine();
    if (toStore > 0) { // lastlistfield
      if (pending.hasMultipleResults()) {
        fs.setMultRet(pending);
        fs.setList(e.info, na, FuncState.MULTRET);
        na--;
      } else {
        if (pending.kind != Kind.VOID) fs.exp2nextreg(pending);
        fs.setList(e.info, na, toStore);
      }
    }
    int newTable = fs.getCode(pc);
    newTable = OpCode.setB(newTable, OpCode.int2fb(na));
    newTable = OpCode.setC(newTable, OpCode.int2fb(nh));
    fs.setCode(pc, newTable);
  }
}
