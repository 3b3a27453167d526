package jlua.compiler;

/**
 * An expression being compiled (5.1's expdesc): where its value is, or how to get it, plus the lists
 * of pending jumps taken when it is true ({@code t}) or false ({@code f}).
 */
final class ExpDesc {
  enum Kind {
    VOID, // no value (empty expression list)
    NIL, TRUE, FALSE,
    K, // constant; info = constant index
    KNUM, // number constant; nval = value
    LOCAL, // info = local register
    UPVAL, // info = upvalue index
    GLOBAL, // info = constant index of the name
    INDEXED, // info = table register, aux = key RK
    JMP, // info = pc of the conditional jump
    RELOCABLE, // info = pc of an instruction whose A can still be chosen
    NONRELOC, // info = register holding the value
    CALL, // info = pc of the CALL
    VARARG // info = pc of the VARARG
  }

  static final int NO_JUMP = -1;

  Kind kind;
  int info;
  int aux;
  double nval;
  int t = NO_JUMP;
  int f = NO_JUMP;

  ExpDesc() {
    this.kind = Kind.VOID;
  }

  ExpDesc init(Kind kind, int info) {
    this.kind = kind;
    this.info = info;
    this.t = NO_JUMP;
    this.f = NO_JUMP;
    return this;
  }

  void copyFrom(ExpDesc o) {
    kind = o.kind;
    info = o.info;
    aux = o.aux;
    nval = o.nval;
    t = o.t;
    f = o.f;
  }

  boolean hasJumps() {
    return t != f;
  }

  boolean hasMultipleResults() {
    return kind == Kind.CALL || kind == Kind.VARARG;
  }

  /** A number constant with no pending jumps: eligible for constant folding. */
  boolean isNumeral() {
    return kind == Kind.KNUM && t == NO_JUMP && f == NO_JUMP;
  }
}
