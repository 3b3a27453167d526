package jlua.vm;

/**
 * The instruction set: Lua 5.1's, with its encoding. An instruction is an int:
 * {@code op:6 | A:8 | C:9 | B:9} (low to high bits) or {@code op:6 | A:8 | Bx:18}; sBx is Bx - MAXARG_sBx.
 * R(x) is register x of the frame, Kst(x) constant x, RK(x) a constant when x has bit 8 set, else a
 * register. This list is the VM's specification.
 */
public final class OpCode {
  private OpCode() {}

  public static final int MOVE = 0; //      A B     R(A) := R(B)
  public static final int LOADK = 1; //     A Bx    R(A) := Kst(Bx)
  public static final int LOADBOOL = 2; //  A B C   R(A) := (Bool)B; if (C) pc++
  public static final int LOADNIL = 3; //   A B     R(A) := ... := R(B) := nil
  public static final int GETUPVAL = 4; //  A B     R(A) := UpValue[B]
  public static final int GETGLOBAL = 5; // A Bx    R(A) := Gbl[Kst(Bx)]
  public static final int GETTABLE = 6; //  A B C   R(A) := R(B)[RK(C)]
  public static final int SETGLOBAL = 7; // A Bx    Gbl[Kst(Bx)] := R(A)
  public static final int SETUPVAL = 8; //  A B     UpValue[B] := R(A)
  public static final int SETTABLE = 9; //  A B C   R(A)[RK(B)] := RK(C)
  public static final int NEWTABLE = 10; // A B C   R(A) := {} (array size B, hash size C, "float bytes")
  public static final int SELF = 11; //     A B C   R(A+1) := R(B); R(A) := R(B)[RK(C)]
  public static final int ADD = 12; //      A B C   R(A) := RK(B) + RK(C)
  public static final int SUB = 13; //      A B C   R(A) := RK(B) - RK(C)
  public static final int MUL = 14; //      A B C   R(A) := RK(B) * RK(C)
  public static final int DIV = 15; //      A B C   R(A) := RK(B) / RK(C)
  public static final int MOD = 16; //      A B C   R(A) := RK(B) % RK(C)
  public static final int POW = 17; //      A B C   R(A) := RK(B) ^ RK(C)
  public static final int UNM = 18; //      A B     R(A) := -R(B)
  public static final int NOT = 19; //      A B     R(A) := not R(B)
  public static final int LEN = 20; //      A B     R(A) := length of R(B)
  public static final int CONCAT = 21; //   A B C   R(A) := R(B).. ... ..R(C)
  public static final int JMP = 22; //      sBx     pc += sBx
  public static final int EQ = 23; //       A B C   if ((RK(B) == RK(C)) ~= A) then pc++
  public static final int LT = 24; //       A B C   if ((RK(B) <  RK(C)) ~= A) then pc++
  public static final int LE = 25; //       A B C   if ((RK(B) <= RK(C)) ~= A) then pc++
  public static final int TEST = 26; //     A C     if not (R(A) <=> C) then pc++
  public static final int TESTSET = 27; //  A B C   if (R(B) <=> C) then R(A) := R(B) else pc++
  public static final int CALL = 28; //     A B C   R(A), ... ,R(A+C-2) := R(A)(R(A+1), ... ,R(A+B-1))
  public static final int TAILCALL = 29; // A B C   return R(A)(R(A+1), ... ,R(A+B-1))
  public static final int RETURN = 30; //   A B     return R(A), ... ,R(A+B-2)
  public static final int FORLOOP = 31; //  A sBx   R(A)+=R(A+2); if R(A) <?= R(A+1) then { pc+=sBx; R(A+3)=R(A) }
  public static final int FORPREP = 32; //  A sBx   R(A)-=R(A+2); pc+=sBx
  public static final int TFORLOOP = 33; // A C     R(A+3), ... ,R(A+2+C) := R(A)(R(A+1), R(A+2));
  //                                                 if R(A+3) ~= nil then R(A+2)=R(A+3) else pc++
  public static final int SETLIST = 34; //  A B C   R(A)[(C-1)*FPF+i] := R(A+i), 1 <= i <= B
  public static final int CLOSE = 35; //    A       close all upvalues of registers >= R(A)
  public static final int CLOSURE = 36; //  A Bx    R(A) := closure(KPROTO[Bx], R(A), ... ,R(A+n))
  public static final int VARARG = 37; //   A B     R(A), R(A+1), ..., R(A+B-1) = vararg

  public static final String[] NAMES = {
    "MOVE", "LOADK", "LOADBOOL", "LOADNIL", "GETUPVAL", "GETGLOBAL", "GETTABLE", "SETGLOBAL",
    "SETUPVAL", "SETTABLE", "NEWTABLE", "SELF", "ADD", "SUB", "MUL", "DIV", "MOD", "POW", "UNM", "NOT",
    "LEN", "CONCAT", "JMP", "EQ", "LT", "LE", "TEST", "TESTSET", "CALL", "TAILCALL", "RETURN", "FORLOOP",
    "FORPREP", "TFORLOOP", "SETLIST", "CLOSE", "CLOSURE", "VARARG"
  };

  public static final int MAXARG_A = 0xFF;
  public static final int MAXARG_B = 0x1FF;
  public static final int MAXARG_C = 0x1FF;
  public static final int MAXARG_Bx = 0x3FFFF;
  public static final int MAXARG_sBx = MAXARG_Bx >> 1;
  public static final int BITRK = 1 << 8; // RK operand: constant index when this bit is set
  public static final int MAXINDEXRK = BITRK - 1;
  public static final int NO_REG = MAXARG_A;
  public static final int FIELDS_PER_FLUSH = 50; // SETLIST batch size (LFIELDS_PER_FLUSH)

  public static int op(int i) {
    return i & 0x3F;
  }

  public static int a(int i) {
    return (i >>> 6) & 0xFF;
  }

  public static int b(int i) {
    return i >>> 23;
  }

  public static int c(int i) {
    return (i >>> 14) & 0x1FF;
  }

  public static int bx(int i) {
    return i >>> 14;
  }

  public static int sbx(int i) {
    return (i >>> 14) - MAXARG_sBx;
  }

  public static int abc(int op, int a, int b, int c) {
    return op | a << 6 | c << 14 | b << 23;
  }

  public static int abx(int op, int a, int bx) {
    return op | a << 6 | bx << 14;
  }

  public static int asbx(int op, int a, int sbx) {
    return abx(op, a, sbx + MAXARG_sBx);
  }

  public static int setA(int i, int a) {
    return (i & ~(0xFF << 6)) | a << 6;
  }

  public static int setB(int i, int b) {
    return (i & ~(0x1FF << 23)) | b << 23;
  }

  public static int setC(int i, int c) {
    return (i & ~(0x1FF << 14)) | c << 14;
  }

  public static int setBx(int i, int bx) {
    return (i & 0x3FFF) | bx << 14;
  }

  public static int setSbx(int i, int sbx) {
    return setBx(i, sbx + MAXARG_sBx);
  }

  public static boolean isK(int x) {
    return (x & BITRK) != 0;
  }

  public static int rkAsK(int x) {
    return x | BITRK;
  }

  /** Whether an instruction of this op is a test followed by a jump (lopcodes.c's testTMode). */
  public static boolean isTest(int op) {
    return op == EQ || op == LT || op == LE || op == TEST || op == TESTSET;
  }

  /** 5.1's "floating point byte" decoding (luaO_fb2int): eeeeexxx → (1xxx) * 2^(eeeee-1). */
  public static int fb2int(int x) {
    int e = (x >>> 3) & 31;
    if (e == 0) return x;
    return ((x & 7) + 8) << (e - 1);
  }

  /** Encoding of {@link #fb2int} (luaO_int2fb). */
  public static int int2fb(int x) {
    int e = 0;
    while (x >= 16) {
      x = (x + 1) >>> 1;
      e++;
    }
    if (x < 8) return x;
    return ((e + 1) << 3) | (x - 8);
  }
}
