package jlua.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * What lparser.c's FuncState knows that matters for errors: the function's local variables in
 * scope, its upvalues, its enclosing blocks (for 'break'), whether it is vararg, and the line it
 * starts on (errors about limits name it).
 */
final class FunctionScope {

  static final int GLOBAL = 0;
  static final int LOCAL = 1;
  static final int UPVALUE = 2;

  final FunctionScope parent;
  final int lineDefined;                 // 0 for the main chunk
  boolean vararg;
  int activeLocals;                      // nactvar: locals in scope
  private final List<String> locals = new ArrayList<>();   // by register; pending ones past activeLocals
  private final List<Long> upvalues = new ArrayList<>();   // (kind << 32 | index) of each upvalue
  private Block block;

  FunctionScope(FunctionScope parent, int lineDefined) {
    this.parent = parent;
    this.lineDefined = lineDefined;
  }

  /** Declares (but does not yet activate) local number {@code n} of a declaration. */
  void declareLocal(String name, int n) {
    int register = activeLocals + n;
    while (locals.size() <= register) {
      locals.add(null);
    }
    locals.set(register, name);
  }

  void activateLocals(int count) {
    activeLocals += count;
  }

  /** The register of the innermost local in scope named {@code name}, or -1 (searchvar). */
  int findLocal(String name) {
    for (int i = activeLocals - 1; i >= 0; i--) {
      if (name.equals(locals.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the upvalue for an enclosing function's local or upvalue, or -1 if new. */
  int findUpvalue(int kind, int index) {
    return upvalues.indexOf(key(kind, index));
  }

  int upvalueCount() {
    return upvalues.size();
  }

  int addUpvalue(int kind, int index) {
    upvalues.add(key(kind, index));
    return upvalues.size() - 1;
  }

  private static Long key(int kind, int index) {
    return ((long) kind << 32) | index;
  }

  void enterBlock(boolean breakable) {
    block = new Block(block, breakable, activeLocals);
  }

  /** Leaves the innermost block; its locals go out of scope. */
  void leaveBlock() {
    activeLocals = block.activeLocals;
    block = block.previous;
  }

  boolean inLoop() {
    for (Block b = block; b != null; b = b.previous) {
      if (b.breakable) {
        return true;
      }
    }
    return false;
  }

  private static final class Block {
    final Block previous;
    final boolean breakable;
    final int activeLocals;

    Block(Block previous, boolean breakable, int activeLocals) {
      this.previous = previous;
      this.breakable = breakable;
      this.activeLocals = activeLocals;
    }
  }
}
