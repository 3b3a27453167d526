package jlua.vm;

import static jlua.vm.bytecode.Code.AALOAD;
import static jlua.vm.bytecode.Code.AASTORE;
import static jlua.vm.bytecode.Code.ALOAD;
import static jlua.vm.bytecode.Code.ASTORE;
import static jlua.vm.bytecode.Code.CHECKCAST;
import static jlua.vm.bytecode.Code.DADD;
import static jlua.vm.bytecode.Code.DALOAD;
import static jlua.vm.bytecode.Code.DASTORE;
import static jlua.vm.bytecode.Code.DCMPG;
import static jlua.vm.bytecode.Code.DCMPL;
import static jlua.vm.bytecode.Code.DDIV;
import static jlua.vm.bytecode.Code.DLOAD;
import static jlua.vm.bytecode.Code.DMUL;
import static jlua.vm.bytecode.Code.DNEG;
import static jlua.vm.bytecode.Code.DSTORE;
import static jlua.vm.bytecode.Code.DSUB;
import static jlua.vm.bytecode.Code.DUP;
import static jlua.vm.bytecode.Code.GETFIELD;
import static jlua.vm.bytecode.Code.GETSTATIC;
import static jlua.vm.bytecode.Code.GOTO;
import static jlua.vm.bytecode.Code.I2D;
import static jlua.vm.bytecode.Code.IADD;
import static jlua.vm.bytecode.Code.IFEQ;
import static jlua.vm.bytecode.Code.IFGE;
import static jlua.vm.bytecode.Code.IFGT;
import static jlua.vm.bytecode.Code.IFLE;
import static jlua.vm.bytecode.Code.IFLT;
import static jlua.vm.bytecode.Code.IFNE;
import static jlua.vm.bytecode.Code.IFNONNULL;
import static jlua.vm.bytecode.Code.IFNULL;
import static jlua.vm.bytecode.Code.IF_ACMPEQ;
import static jlua.vm.bytecode.Code.IF_ACMPNE;
import static jlua.vm.bytecode.Code.ILOAD;
import static jlua.vm.bytecode.Code.INSTANCEOF;
import static jlua.vm.bytecode.Code.INVOKESPECIAL;
import static jlua.vm.bytecode.Code.INVOKESTATIC;
import static jlua.vm.bytecode.Code.INVOKEVIRTUAL;
import static jlua.vm.bytecode.Code.IRETURN;
import static jlua.vm.bytecode.Code.ISTORE;
import static jlua.vm.bytecode.Code.POP;
import static jlua.vm.bytecode.Code.PUTFIELD;
import static jlua.vm.bytecode.Code.RETURN;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicInteger;
import jlua.api.LuaTable;
import jlua.vm.bytecode.ClassFile;
import jlua.vm.bytecode.Code;
import jlua.vm.bytecode.Code.Label;

/**
 * Translates one function prototype into a JVM class extending {@link CompiledFunction}. Each Lua
 * instruction becomes the same operation on the frame's registers in the coroutine's stack arrays,
 * with the number and plain-table cases inline and everything else through {@link JitRuntime}.
 * Entry is at pc 0 or at a loop header (to take over a running loop from the interpreter).
 */
final class JitCompiler {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static final String COROUTINE = "jlua/vm/Coroutine";
  private static final String CALLINFO = "jlua/vm/CallInfo";
  private static final String CLOSURE = "jlua/vm/LuaClosure";
  private static final String PROTO = "jlua/vm/Proto";
  private static final String TABLE = "jlua/api/LuaTable";
  private static final String RT = "jlua/vm/JitRuntime";
  private static final String VALUES = "jlua/vm/Values";
  private static final String COMPILED = "jlua/vm/CompiledFunction";
  private static final String OBJ = "Ljava/lang/Object;";
  private static final String L_ = "Ljlua/vm/Coroutine;";
  private static final String CI_ = "Ljlua/vm/CallInfo;";
  private static final String CL_ = "Ljlua/vm/LuaClosure;";
  private static final String P_ = "Ljlua/vm/Proto;";
  private static final String T_ = "Ljlua/api/LuaTable;";
  private static final String S_ = "[Ljava/lang/Object;";
  private static final String N_ = "[D";

  // locals of the generated run method
  private static final int L = 1;
  private static final int CI = 2;
  private static final int CLS = 3;
  private static final int ENTRY = 4;
  private static final int S = 5;
  private static final int N = 6;
  private static final int BASE = 7;
  private static final int TMP = 8;
  private static final int TMP2 = 9;
  private static final int DTMP = 10;
  private static final int DTMP2 = 12;

  private final Proto p;
  private final int[] code;
  private final Code c;
  private final Label[] labels;
  private final Label interpretExit = new Label();

  private JitCompiler(Proto p, Code c) {
    this.p = p;
    this.code = p.code;
    this.c = c;
    this.labels = new Label[code.length + 1];
    for (int i = 0; i < labels.length; i++) labels[i] = new Label();
  }

  /** The name and bytes of a class for {@code p}; throws TooLargeException if it would be too big. */
  static ClassBytes compile(Proto p) {
    String name = "jlua/gen/F" + COUNTER.incrementAndGet();
    ClassFile cf = new ClassFile(name, COMPILED);
    Code init = cf.method(ClassFile.ACC_PUBLIC, "<init>", "()V", 1);
    init.load(ALOAD, 0).invoke(INVOKESPECIAL, COMPILED, "<init>", "()V").op(RETURN, 0).unreachable();
    Code run = cf.method(ClassFile.ACC_PUBLIC, "run", "(" + L_ + CI_ + CL_ + "I)I", 5);
    new JitCompiler(p, run).generate();
    return new ClassBytes(name.replace('/', '.'), cf.toBytes());
  }

  record ClassBytes(String name, byte[] bytes) {}

  /**
   * Where the interpreter may hand a frame over: loop headers (targets of backward jumps), to take
   * over a running loop, and the instruction after each call, where a frame continues when its
   * callee returns or its coroutine is resumed. Registers live in the coroutine's stack, so no other
   * state needs restoring there.
   */
  static BitSet entryPoints(Proto p) {
    BitSet entries = new BitSet();
    entries.set(0);
    int[] code = p.code;
    for (int pc = 0; pc < code.length; pc++) {
      int i = code[pc];
      int op = OpCode.op(i);
      if (op == OpCode.JMP || op == OpCode.FORLOOP) {
        int target = pc + 1 + OpCode.sbx(i);
        if (target <= pc && target >= 0) entries.set(target);
      }
      if (op == OpCode.CALL) entries.set(pc + 1);
      if (op == OpCode.SETLIST && OpCode.c(i) == 0) pc++;
      if (op == OpCode.CLOSURE) pc += p.p[OpCode.bx(i)].nups;
    }
    return entries;
  }

  // ---- frame ----------------------------------------------------------------------------------

  private void generate() {
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "stack", S_).store(ASTORE, S);
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "nums", N_).store(ASTORE, N);
    c.load(ALOAD, CI).field(GETFIELD, CALLINFO, "base", "I").store(ISTORE, BASE);
    BitSet entries = entryPoints(p);
    Label[] targets = new Label[entries.length()];
    for (int pc = 0; pc < targets.length; pc++) targets[pc] = entries.get(pc) ? labels[pc] : interpretExit;
    c.load(ILOAD, ENTRY).tableswitch(0, interpretExit, targets);
    for (int pc = 0; pc < code.length; pc++) {
      c.mark(labels[pc]);
      pc = instruction(pc);
    }
    c.mark(labels[code.length]);
    c.mark(interpretExit);
    c.iconst(CompiledFunction.INTERPRET).op(IRETURN, -1).unreachable();
  }

  private void idx(int r) {
    c.load(ILOAD, BASE);
    if (r != 0) c.iconst(r).op(IADD, -1);
  }

  private void loadS(int r) {
    c.load(ALOAD, S);
    idx(r);
    c.op(AALOAD, -1);
  }

  private void loadN(int r) {
    c.load(ALOAD, N);
    idx(r);
    c.op(DALOAD, 0);
  }

  private void num() {
    c.field(GETSTATIC, VALUES, "NUM", OBJ);
  }

  private void savePc(int pc) {
    c.load(ALOAD, CI).iconst(pc + 1).field(PUTFIELD, CALLINFO, "savedPc", "I");
  }

  private void reloadStack() {
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "stack", S_).store(ASTORE, S);
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "nums", N_).store(ASTORE, N);
  }

  /** setReg(s, n, base + r, value-on-stack). */
  private void storeBoxed(int r) {
    c.store(ASTORE, TMP2);
    c.load(ALOAD, S).load(ALOAD, N);
    idx(r);
    c.load(ALOAD, TMP2);
    c.invoke(INVOKESTATIC, RT, "setReg", "(" + S_ + N_ + "I" + OBJ + ")V");
  }

  private void storeNumberTag(int r) {
    c.load(ALOAD, S);
    idx(r);
    num();
    c.op(AASTORE, -3);
  }

  private void proto() {
    c.load(ALOAD, CLS).field(GETFIELD, CLOSURE, "p", P_);
  }

  /** Pushes the boxed value of RK(x). */
  private void boxedRk(int x) {
    if (x >= 256) {
      boxedConstant(x - 256);
    } else {
      c.load(ALOAD, S).load(ALOAD, N);
      idx(x);
      c.invoke(INVOKESTATIC, RT, "box", "(" + S_ + N_ + "I)" + OBJ);
    }
  }

  private void boxedConstant(int k) {
    Object v = p.k[k];
    if (v == Values.NUM) {
      c.dconst(p.kn[k]).invoke(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;");
    } else if (v instanceof String str) {
      c.sconst(str);
    } else if (v instanceof Boolean b) {
      c.field(GETSTATIC, "java/lang/Boolean", b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
    } else {
      c.aconstNull();
    }
  }

  private boolean isNumberConstant(int x) {
    return x >= 256 && p.k[x - 256] == Values.NUM;
  }

  /** Jumps to {@code slow} unless RK(x) is a number (constants are decided at compile time). */
  private void requireNumber(int x, Label slow) {
    if (x >= 256) {
      if (!isNumberConstant(x)) c.jump(GOTO, slow);
      return;
    }
    loadS(x);
    num();
    c.jump(IF_ACMPNE, slow);
  }

  /** Pushes the double of RK(x), known to be a number. */
  private void numberRk(int x) {
    if (x >= 256) c.dconst(p.kn[x - 256]);
    else loadN(x);
  }

  // ---- instructions ---------------------------------------------------------------------------

  /** Emits one instruction; returns the pc of the last word it used. */
  private int instruction(int pc) {
    int i = code[pc];
    int a = OpCode.a(i);
    int b = OpCode.b(i);
    int cc = OpCode.c(i);
    switch (OpCode.op(i)) {
      case OpCode.MOVE -> move(a, b);
      case OpCode.LOADK -> loadK(a, OpCode.bx(i));
      case OpCode.LOADBOOL -> {
        c.load(ALOAD, S);
        idx(a);
        c.field(GETSTATIC, "java/lang/Boolean", b != 0 ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
        c.op(AASTORE, -3);
        if (cc != 0) c.jump(GOTO, labels[pc + 2]);
      }
      case OpCode.LOADNIL -> {
        for (int r = a; r <= b; r++) {
          c.load(ALOAD, S);
          idx(r);
          c.aconstNull().op(AASTORE, -3);
        }
      }
      case OpCode.GETUPVAL -> {
        c.load(ALOAD, L).load(ALOAD, CLS);
        idx(a);
        c.iconst(b).invoke(INVOKESTATIC, RT, "getUpval", "(" + L_ + CL_ + "II)V");
      }
      case OpCode.SETUPVAL -> {
        c.load(ALOAD, L).load(ALOAD, CLS);
        idx(a);
        c.iconst(b).invoke(INVOKESTATIC, RT, "setUpval", "(" + L_ + CL_ + "II)V");
      }
      case OpCode.GETGLOBAL -> getGlobal(pc, a, OpCode.bx(i));
      case OpCode.SETGLOBAL -> setGlobal(pc, a, OpCode.bx(i));
      case OpCode.GETTABLE -> getTable(pc, a, b, cc);
      case OpCode.SETTABLE -> setTable(pc, a, b, cc);
      case OpCode.NEWTABLE -> {
        c.load(ALOAD, L);
        idx(a);
        c.iconst(b).iconst(cc).invoke(INVOKESTATIC, RT, "newTable", "(" + L_ + "III)V");
      }
      case OpCode.SELF -> self(pc, a, b, cc);
      case OpCode.ADD, OpCode.SUB, OpCode.MUL, OpCode.DIV, OpCode.MOD, OpCode.POW -> arith(pc, OpCode.op(i), a, b, cc);
      case OpCode.UNM -> unm(pc, a, b);
      case OpCode.NOT -> not(a, b);
      case OpCode.LEN -> len(pc, a, b);
      case OpCode.CONCAT -> {
        savePc(pc);
        c.load(ALOAD, L).load(ILOAD, BASE).iconst(a).iconst(b).iconst(cc);
        c.invoke(INVOKESTATIC, RT, "concat", "(" + L_ + "IIII)V");
        reloadStack();
      }
      case OpCode.JMP -> c.jump(GOTO, labels[pc + 1 + OpCode.sbx(i)]);
      case OpCode.EQ, OpCode.LT, OpCode.LE -> compare(pc, OpCode.op(i), a, b, cc);
      case OpCode.TEST -> test(pc, a, a, cc, false);
      case OpCode.TESTSET -> test(pc, a, b, cc, true);
      case OpCode.CALL -> call(pc, a, b, cc);
      case OpCode.TAILCALL -> tailcall(pc, a, b);
      case OpCode.RETURN -> {
        c.load(ALOAD, L).load(ILOAD, BASE);
        idx(a);
        c.iconst(b).invoke(INVOKESTATIC, RT, "ret", "(" + L_ + "III)I").op(IRETURN, -1).unreachable();
      }
      case OpCode.FORLOOP -> forLoop(pc, a, OpCode.sbx(i));
      case OpCode.FORPREP -> forPrep(pc, a, OpCode.sbx(i));
      case OpCode.TFORLOOP -> {
        savePc(pc);
        c.load(ALOAD, L).load(ALOAD, CI);
        idx(a);
        c.iconst(cc).invoke(INVOKESTATIC, RT, "tforCall", "(" + L_ + CI_ + "II)Z");
        reloadStack();
        c.jump(IFEQ, labels[pc + 2]);
        c.jump(GOTO, labels[pc + 2 + OpCode.sbx(code[pc + 1])]);
      }
      case OpCode.SETLIST -> {
        int batch = cc;
        int last = pc;
        if (batch == 0) batch = code[++last];
        savePc(last);
        c.load(ALOAD, L).load(ALOAD, CI);
        idx(a);
        c.iconst(b).iconst(batch).invoke(INVOKESTATIC, RT, "setList", "(" + L_ + CI_ + "III)V");
        reloadStack();
        return last;
      }
      case OpCode.CLOSE -> {
        c.load(ALOAD, L);
        idx(a);
        c.invoke(INVOKESTATIC, RT, "close", "(" + L_ + "I)V");
      }
      case OpCode.CLOSURE -> {
        int bx = OpCode.bx(i);
        c.load(ALOAD, L).load(ALOAD, CLS).load(ILOAD, BASE).iconst(a).iconst(bx).iconst(pc);
        c.invoke(INVOKESTATIC, RT, "closure", "(" + L_ + CL_ + "IIII)V");
        reloadStack();
        return pc + p.p[bx].nups;
      }
      case OpCode.VARARG -> {
        c.load(ALOAD, L).load(ALOAD, CI);
        proto();
        idx(a);
        c.iconst(b).invoke(INVOKESTATIC, RT, "vararg", "(" + L_ + CI_ + P_ + "II)V");
        reloadStack();
      }
      default -> throw new IllegalStateException("opcode " + OpCode.op(i));
    }
    return pc;
  }

  private void move(int a, int b) {
    c.load(ALOAD, S);
    idx(a);
    loadS(b);
    c.op(AASTORE, -3);
    c.load(ALOAD, N);
    idx(a);
    loadN(b);
    c.op(DASTORE, -4);
  }

  private void loadK(int a, int bx) {
    if (p.k[bx] == Values.NUM) {
      storeNumberTag(a);
      c.load(ALOAD, N);
      idx(a);
      c.dconst(p.kn[bx]).op(DASTORE, -4);
    } else {
      c.load(ALOAD, S);
      idx(a);
      boxedConstant(bx);
      c.op(AASTORE, -3);
    }
  }

  /** A slow-path helper of a unary instruction, taking (L, absolute a, absolute b). */
  private void slowUnary(int pc, String helper, int a, int b) {
    savePc(pc);
    c.load(ALOAD, L);
    idx(a);
    idx(b);
    c.invoke(INVOKESTATIC, RT, helper, "(" + L_ + "II)V");
    reloadStack();
  }

  /** A slow-path helper taking (L, proto, base, a, b, c). */
  private void slowCall(int pc, String helper, int a, int b, int cc) {
    savePc(pc);
    c.load(ALOAD, L);
    proto();
    c.load(ILOAD, BASE).iconst(a).iconst(b).iconst(cc);
    c.invoke(INVOKESTATIC, RT, helper, "(" + L_ + P_ + "IIII)V");
    reloadStack();
  }

  private void self(int pc, int a, int b, int key) {
    if (key < 256 || !(p.k[key - 256] instanceof String name)) {
      slowCall(pc, "self", a, b, key);
      return;
    }
    Label done = new Label();
    c.load(ALOAD, L);
    idx(a);
    idx(b);
    c.sconst(name).iconst(p.khash[key - 256]);
    c.invoke(INVOKESTATIC, RT, "selfFast", "(" + L_ + "IILjava/lang/String;I)Z").jump(IFNE, done);
    slowCall(pc, "self", a, b, key);
    c.mark(done);
  }

  private void getGlobal(int pc, int a, int bx) {
    String key = (String) p.k[bx];
    Label slow = new Label();
    Label store = new Label();
    Label done = new Label();
    c.load(ALOAD, CLS).field(GETFIELD, "jlua/api/LuaFunction", "env", T_);
    c.sconst(key).iconst(p.khash[bx]).invoke(INVOKEVIRTUAL, TABLE, "rawget", "(Ljava/lang/String;I)" + OBJ);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).jump(IFNONNULL, store);
    c.load(ALOAD, CLS).field(GETFIELD, "jlua/api/LuaFunction", "env", T_);
    c.invoke(INVOKEVIRTUAL, TABLE, "getMetatable", "()" + T_).jump(IFNONNULL, slow);
    c.mark(store);
    c.load(ALOAD, TMP);
    storeBoxed(a);
    c.jump(GOTO, done);
    c.mark(slow);
    savePc(pc);
    c.load(ALOAD, L).load(ALOAD, CLS);
    idx(a);
    c.sconst(key).invoke(INVOKESTATIC, RT, "getGlobal", "(" + L_ + CL_ + "ILjava/lang/String;)V");
    reloadStack();
    c.mark(done);
  }

  private void setGlobal(int pc, int a, int bx) {
    String key = (String) p.k[bx];
    Label slow = new Label();
    Label done = new Label();
    c.load(ALOAD, CLS).field(GETFIELD, "jlua/api/LuaFunction", "env", T_);
    c.invoke(INVOKEVIRTUAL, TABLE, "getMetatable", "()" + T_).jump(IFNONNULL, slow);
    c.load(ALOAD, CLS).field(GETFIELD, "jlua/api/LuaFunction", "env", T_);
    c.sconst(key).iconst(p.khash[bx]);
    boxedRk(a);
    c.invoke(INVOKEVIRTUAL, TABLE, "rawset", "(Ljava/lang/String;I" + OBJ + ")V");
    c.jump(GOTO, done);
    c.mark(slow);
    savePc(pc);
    c.load(ALOAD, L).load(ALOAD, CLS);
    idx(a);
    c.sconst(key).invoke(INVOKESTATIC, RT, "setGlobal", "(" + L_ + CL_ + "ILjava/lang/String;)V");
    reloadStack();
    c.mark(done);
  }

  private void getTable(int pc, int a, int b, int key) {
    Label slow = new Label();
    Label store = new Label();
    Label done = new Label();
    if (key >= 256 && !(p.k[key - 256] instanceof String) && p.k[key - 256] != Values.NUM) {
      slowCall(pc, "getTable", a, b, key); // nil or boolean key: metamethods or an error
      return;
    }
    loadS(b);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).type(INSTANCEOF, TABLE).jump(IFEQ, slow);
    c.load(ALOAD, TMP).type(CHECKCAST, TABLE);
    if (key >= 256) {
      Object k = p.k[key - 256];
      if (k instanceof String str) {
        c.sconst(str).iconst(p.khash[key - 256]).invoke(INVOKEVIRTUAL, TABLE, "rawget", "(Ljava/lang/String;I)" + OBJ);
      } else {
        c.dconst(p.kn[key - 256]).invoke(INVOKEVIRTUAL, TABLE, "rawget", "(D)" + OBJ);
      }
    } else {
      c.load(ALOAD, S).load(ALOAD, N);
      idx(key);
      c.invoke(INVOKESTATIC, RT, "rawgetReg", "(" + T_ + S_ + N_ + "I)" + OBJ);
    }
    c.store(ASTORE, TMP2);
    c.load(ALOAD, TMP2).jump(IFNONNULL, store);
    c.load(ALOAD, TMP).type(CHECKCAST, TABLE).invoke(INVOKEVIRTUAL, TABLE, "getMetatable", "()" + T_);
    c.jump(IFNONNULL, slow);
    c.mark(store);
    c.load(ALOAD, TMP2);
    storeBoxed(a);
    c.jump(GOTO, done);
    c.mark(slow);
    slowCall(pc, "getTable", a, b, key);
    c.mark(done);
  }

  private void setTable(int pc, int a, int key, int value) {
    Label slow = new Label();
    Label done = new Label();
    savePc(pc);
    loadS(a);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).type(INSTANCEOF, TABLE).jump(IFEQ, slow);
    c.load(ALOAD, TMP).type(CHECKCAST, TABLE).invoke(INVOKEVIRTUAL, TABLE, "getMetatable", "()" + T_);
    c.jump(IFNONNULL, slow);
    if (key >= 256 && p.k[key - 256] instanceof String str) {
      c.load(ALOAD, TMP).type(CHECKCAST, TABLE).sconst(str).iconst(p.khash[key - 256]);
      boxedRk(value);
      c.invoke(INVOKEVIRTUAL, TABLE, "rawset", "(Ljava/lang/String;I" + OBJ + ")V");
    } else if (key >= 256 && p.k[key - 256] == Values.NUM) {
      c.load(ALOAD, TMP).type(CHECKCAST, TABLE).dconst(p.kn[key - 256]);
      boxedRk(value);
      c.invoke(INVOKEVIRTUAL, TABLE, "rawset", "(D" + OBJ + ")V");
    } else if (key < 256) {
      c.load(ALOAD, L).load(ALOAD, TMP).type(CHECKCAST, TABLE).load(ALOAD, S).load(ALOAD, N);
      idx(key);
      boxedRk(value);
      c.invoke(INVOKESTATIC, RT, "rawsetReg", "(" + L_ + T_ + S_ + N_ + "I" + OBJ + ")V");
    } else {
      c.jump(GOTO, slow); // nil or boolean constant key
    }
    c.jump(GOTO, done);
    c.mark(slow);
    slowCall(pc, "setTable", a, key, value);
    c.mark(done);
  }

  private void arith(int pc, int op, int a, int b, int cc) {
    Label slow = new Label();
    Label done = new Label();
    requireNumber(b, slow);
    requireNumber(cc, slow);
    c.load(ALOAD, N);
    idx(a);
    numberRk(b);
    numberRk(cc);
    switch (op) {
      case OpCode.ADD -> c.op(DADD, -2);
      case OpCode.SUB -> c.op(DSUB, -2);
      case OpCode.MUL -> c.op(DMUL, -2);
      case OpCode.DIV -> c.op(DDIV, -2);
      case OpCode.MOD -> c.invoke(INVOKESTATIC, RT, "mod", "(DD)D");
      default -> c.invoke(INVOKESTATIC, "jlua/vm/MetaOps", "pow", "(DD)D");
    }
    c.op(DASTORE, -4);
    storeNumberTag(a);
    c.jump(GOTO, done);
    c.mark(slow);
    savePc(pc);
    c.load(ALOAD, L);
    proto();
    c.load(ILOAD, BASE).iconst(op).iconst(a).iconst(b).iconst(cc);
    c.invoke(INVOKESTATIC, RT, "arith", "(" + L_ + P_ + "IIIII)V");
    reloadStack();
    c.mark(done);
  }

  private void unm(int pc, int a, int b) {
    Label slow = new Label();
    Label done = new Label();
    requireNumber(b, slow);
    c.load(ALOAD, N);
    idx(a);
    loadN(b);
    c.op(DNEG, 0).op(DASTORE, -4);
    storeNumberTag(a);
    c.jump(GOTO, done);
    c.mark(slow);
    slowUnary(pc, "unm", a, b);
    c.mark(done);
  }

  private void not(int a, int b) {
    Label isFalse = new Label();
    Label done = new Label();
    loadS(b);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).jump(IFNULL, isFalse);
    c.load(ALOAD, TMP).field(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;").jump(IF_ACMPEQ, isFalse);
    c.load(ALOAD, S);
    idx(a);
    c.field(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;").op(AASTORE, -3);
    c.jump(GOTO, done);
    c.mark(isFalse);
    c.load(ALOAD, S);
    idx(a);
    c.field(GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;").op(AASTORE, -3);
    c.mark(done);
  }

  private void len(int pc, int a, int b) {
    Label notTable = new Label();
    Label slow = new Label();
    Label store = new Label();
    Label done = new Label();
    loadS(b);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).type(INSTANCEOF, TABLE).jump(IFEQ, notTable);
    c.load(ALOAD, TMP).type(CHECKCAST, TABLE).invoke(INVOKEVIRTUAL, TABLE, "length", "()I");
    c.jump(GOTO, store);
    c.mark(notTable);
    c.load(ALOAD, TMP).type(INSTANCEOF, "java/lang/String").jump(IFEQ, slow);
    c.load(ALOAD, TMP).type(CHECKCAST, "java/lang/String").invoke(INVOKEVIRTUAL, "java/lang/String", "length", "()I");
    c.mark(store);
    c.op(I2D, 1).store(DSTORE, DTMP);
    c.load(ALOAD, N);
    idx(a);
    c.load(DLOAD, DTMP).op(DASTORE, -4);
    storeNumberTag(a);
    c.jump(GOTO, done);
    c.mark(slow);
    slowUnary(pc, "len", a, b);
    c.mark(done);
  }

  /** EQ/LT/LE A B C followed by a JMP: jump when the comparison equals A, else skip the JMP. */
  private void compare(int pc, int op, int a, int b, int cc) {
    Label taken = labels[pc + 2 + OpCode.sbx(code[pc + 1])];
    Label skip = labels[pc + 2];
    Label slow = new Label();
    Label result = new Label();
    requireNumber(b, slow);
    requireNumber(cc, slow);
    numberRk(b);
    numberRk(cc);
    switch (op) {
      case OpCode.EQ -> c.op(DCMPL, -3).jump(a != 0 ? IFEQ : IFNE, taken);
      case OpCode.LT -> c.op(DCMPG, -3).jump(a != 0 ? IFLT : IFGE, taken);
      default -> c.op(DCMPG, -3).jump(a != 0 ? IFLE : IFGT, taken);
    }
    c.jump(GOTO, skip);
    c.mark(slow);
    savePc(pc);
    c.load(ALOAD, L);
    proto();
    c.load(ILOAD, BASE).iconst(b).iconst(cc);
    String helper = op == OpCode.EQ ? "eq" : op == OpCode.LT ? "lt" : "le";
    c.invoke(INVOKESTATIC, RT, helper, "(" + L_ + P_ + "III)Z");
    c.mark(result);
    reloadStack();
    c.jump(a != 0 ? IFNE : IFEQ, taken);
    c.jump(GOTO, skip);
  }

  /** TEST A C / TESTSET A B C followed by a JMP. */
  private void test(int pc, int a, int b, int cc, boolean copy) {
    Label taken = labels[pc + 2 + OpCode.sbx(code[pc + 1])];
    Label skip = labels[pc + 2];
    Label isFalse = new Label();
    Label jump = new Label();
    loadS(b);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).jump(IFNULL, isFalse);
    c.load(ALOAD, TMP).field(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;").jump(IF_ACMPEQ, isFalse);
    // value is true: jump when C == 1
    if (cc != 0) c.jump(GOTO, jump);
    else c.jump(GOTO, skip);
    c.mark(isFalse);
    if (cc == 0) c.jump(GOTO, jump);
    else c.jump(GOTO, skip);
    c.mark(jump);
    if (copy) move(a, b);
    c.jump(GOTO, taken);
  }

  private void forPrep(int pc, int a, int sbx) {
    Label slow = new Label();
    Label ready = new Label();
    loadS(a);
    num();
    c.jump(IF_ACMPNE, slow);
    loadS(a + 1);
    num();
    c.jump(IF_ACMPNE, slow);
    loadS(a + 2);
    num();
    c.jump(IF_ACMPEQ, ready);
    c.mark(slow);
    savePc(pc);
    c.load(ALOAD, L);
    idx(a);
    c.invoke(INVOKESTATIC, RT, "forPrep", "(" + L_ + "I)V");
    c.mark(ready);
    c.load(ALOAD, N);
    idx(a);
    loadN(a);
    loadN(a + 2);
    c.op(DSUB, -2).op(DASTORE, -4);
    c.jump(GOTO, labels[pc + 1 + sbx]);
  }

  private void forLoop(int pc, int a, int sbx) {
    Label negative = new Label();
    Label body = new Label();
    Label exit = labels[pc + 1];
    loadN(a + 2);
    c.store(DSTORE, DTMP);
    loadN(a);
    c.load(DLOAD, DTMP).op(DADD, -2).store(DSTORE, DTMP2);
    c.load(DLOAD, DTMP).dconst(0).op(DCMPL, -3).jump(IFLE, negative);
    c.load(DLOAD, DTMP2);
    loadN(a + 1);
    c.op(DCMPG, -3).jump(IFGT, exit);
    c.jump(GOTO, body);
    c.mark(negative);
    loadN(a + 1);
    c.load(DLOAD, DTMP2).op(DCMPG, -3).jump(IFGT, exit);
    c.mark(body);
    c.load(ALOAD, N);
    idx(a);
    c.load(DLOAD, DTMP2).op(DASTORE, -4);
    storeNumberTag(a + 3);
    c.load(ALOAD, N);
    idx(a + 3);
    c.load(DLOAD, DTMP2).op(DASTORE, -4);
    c.jump(GOTO, labels[pc + 1 + sbx]);
  }

  /**
   * CALL A B C: compiled Lua callees are invoked right here (a per-site virtual call the JVM can
   * inline); everything else goes through JitRuntime.prepareCall's generic path.
   */
  private void call(int pc, int a, int b, int cc) {
    int nResults = cc - 1;
    Label generic = new Label();
    Label check = new Label();
    Label ok = new Label();
    Label ok2 = new Label();
    savePc(pc);
    if (b != 0) {
      c.load(ALOAD, L);
      idx(a + b);
      c.field(PUTFIELD, COROUTINE, "top", "I");
    }
    c.load(ALOAD, L);
    idx(a);
    c.iconst(nResults).invoke(INVOKESTATIC, RT, "prepareCall", "(" + L_ + "II)" + CL_);
    c.store(ASTORE, TMP);
    c.load(ALOAD, TMP).jump(IFNULL, generic);
    c.load(ALOAD, L);
    c.load(ALOAD, TMP).field(GETFIELD, CLOSURE, "p", P_).field(GETFIELD, PROTO, "compiled", "Ljlua/vm/CompiledFunction;");
    c.load(ALOAD, L);
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "calls", "[Ljlua/vm/CallInfo;");
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "ci", "I").op(AALOAD, -1);
    c.load(ALOAD, TMP).iconst(0);
    c.invoke(INVOKEVIRTUAL, COMPILED, "run", "(" + L_ + CI_ + CL_ + "I)I");
    c.invoke(INVOKESTATIC, RT, "finishCall", "(" + L_ + "I)I");
    c.jump(GOTO, check);
    c.mark(generic);
    c.load(ALOAD, L).field(GETFIELD, COROUTINE, "jitStatus", "I");
    c.mark(check);
    c.op(DUP, 1).jump(IFEQ, ok);
    c.op(IRETURN, -1).unreachable();
    c.mark(ok);
    c.op(POP, -1);
    c.load(ALOAD, L).load(ALOAD, CI).iconst(nResults);
    c.invoke(INVOKESTATIC, RT, "afterCall", "(" + L_ + CI_ + "I)I");
    c.op(DUP, 1).jump(IFEQ, ok2);
    c.op(IRETURN, -1).unreachable();
    c.mark(ok2);
    c.op(POP, -1);
    reloadStack();
  }

  private void tailcall(int pc, int a, int b) {
    Label cont = new Label();
    savePc(pc);
    if (b != 0) {
      c.load(ALOAD, L);
      idx(a + b);
      c.field(PUTFIELD, COROUTINE, "top", "I");
    }
    c.load(ALOAD, L).load(ALOAD, CI);
    idx(a);
    c.invoke(INVOKESTATIC, RT, "tailcall", "(" + L_ + CI_ + "I)I");
    c.op(DUP, 1).jump(IFEQ, cont);
    c.op(IRETURN, -1).unreachable();
    c.mark(cont);
    c.op(POP, -1);
    reloadStack();
  }

  static String tableClass() {
    return LuaTable.class.getName();
  }
}
