package jlua.vm.bytecode;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytecode of one method, written instruction by instruction. Tracks the operand stack depth
 * (every jump records the depth at its target) and the number of locals, and patches forward jumps
 * when their labels are placed. Offsets are 16-bit: methods larger than {@link #MAX_SIZE} are refused,
 * which also keeps every generated method small enough for HotSpot to compile.
 */
public final class Code {
  /** HotSpot does not JIT-compile methods with more bytecode than this (DontCompileHugeMethods). */
  public static final int MAX_SIZE = 8000;

  // opcodes used by the generator
  public static final int ACONST_NULL = 0x01;
  public static final int ICONST_0 = 0x03;
  public static final int DCONST_0 = 0x0e;
  public static final int BIPUSH = 0x10;
  public static final int SIPUSH = 0x11;
  public static final int ILOAD = 0x15;
  public static final int DLOAD = 0x18;
  public static final int ALOAD = 0x19;
  public static final int DALOAD = 0x31;
  public static final int AALOAD = 0x32;
  public static final int ISTORE = 0x36;
  public static final int DSTORE = 0x39;
  public static final int ASTORE = 0x3a;
  public static final int DASTORE = 0x52;
  public static final int AASTORE = 0x53;
  public static final int POP = 0x57;
  public static final int POP2 = 0x58;
  public static final int DUP = 0x59;
  public static final int DUP2 = 0x5c;
  public static final int IADD = 0x60;
  public static final int DADD = 0x63;
  public static final int ISUB = 0x64;
  public static final int DSUB = 0x67;
  public static final int DMUL = 0x6b;
  public static final int DDIV = 0x6f;
  public static final int DNEG = 0x77;
  public static final int I2D = 0x87;
  public static final int D2I = 0x8e;
  public static final int DCMPL = 0x97;
  public static final int DCMPG = 0x98;
  public static final int IFEQ = 0x99;
  public static final int IFNE = 0x9a;
  public static final int IFLT = 0x9b;
  public static final int IFGE = 0x9c;
  public static final int IFGT = 0x9d;
  public static final int IFLE = 0x9e;
  public static final int IF_ICMPEQ = 0x9f;
  public static final int IF_ICMPNE = 0xa0;
  public static final int IF_ICMPLT = 0xa1;
  public static final int IF_ICMPGE = 0xa2;
  public static final int IF_ACMPEQ = 0xa5;
  public static final int IF_ACMPNE = 0xa6;
  public static final int GOTO = 0xa7;
  public static final int TABLESWITCH = 0xaa;
  public static final int IRETURN = 0xac;
  public static final int ARETURN = 0xb0;
  public static final int GETSTATIC = 0xb2;
  public static final int GETFIELD = 0xb4;
  public static final int PUTFIELD = 0xb5;
  public static final int INVOKEVIRTUAL = 0xb6;
  public static final int INVOKESPECIAL = 0xb7;
  public static final int INVOKESTATIC = 0xb8;
  public static final int ATHROW = 0xbf;
  public static final int CHECKCAST = 0xc0;
  public static final int INSTANCEOF = 0xc1;
  public static final int IFNULL = 0xc6;
  public static final int IFNONNULL = 0xc7;
  public static final int RETURN = 0xb1;

  private final ClassFile owner;
  private final int access;
  private final int nameIndex;
  private final int descriptorIndex;
  private byte[] bytes = new byte[1024];
  private int size;
  private int depth;
  private int maxDepth;
  private int maxLocals;

  /** A jump target. */
  public static final class Label {
    int position = -1;
    int depth = -1;
    final List<int[]> uses = new ArrayList<>(); // {offset of the jump instruction, offset of its operand}
  }

  Code(ClassFile owner, int access, int nameIndex, int descriptorIndex, int argumentSlots) {
    this.owner = owner;
    this.access = access;
    this.nameIndex = nameIndex;
    this.descriptorIndex = descriptorIndex;
    this.maxLocals = argumentSlots;
  }

  public int size() {
    return size;
  }

  // ---- raw emission ---------------------------------------------------------------------------

  private void put(int b) {
    if (size == bytes.length) bytes = java.util.Arrays.copyOf(bytes, size * 2);
    bytes[size++] = (byte) b;
    if (size > MAX_SIZE) throw new ClassFile.TooLargeException("method too large");
  }

  private void put2(int v) {
    put(v >> 8);
    put(v);
  }

  private void stack(int delta) {
    depth += delta;
    if (depth > maxDepth) maxDepth = depth;
  }

  private void local(int slot, int width) {
    if (slot + width > maxLocals) maxLocals = slot + width;
  }

  /** An instruction without operands, with its effect on the stack depth. */
  public Code op(int opcode, int stackDelta) {
    put(opcode);
    stack(stackDelta);
    return this;
  }

  // ---- constants ------------------------------------------------------------------------------

  public Code iconst(int v) {
    if (v >= -1 && v <= 5) {
      put(ICONST_0 + v);
    } else if (v >= -128 && v <= 127) {
      put(BIPUSH);
      put(v);
    } else if (v >= -32768 && v <= 32767) {
      put(SIPUSH);
      put2(v);
    } else {
      ldc(owner.integer(v));
      return this;
    }
    stack(1);
    return this;
  }

  public Code dconst(double v) {
    if (Double.doubleToRawLongBits(v) == 0L) {
      put(DCONST_0);
    } else {
      put(0x14); // ldc2_w
      put2(owner.doubleConstant(v));
    }
    stack(2);
    return this;
  }

  public Code sconst(String s) {
    ldc(owner.string(s));
    return this;
  }

  private void ldc(int index) {
    if (index < 256) {
      put(0x12);
      put(index);
    } else {
      put(0x13);
      put2(index);
    }
    stack(1);
  }

  public Code aconstNull() {
    return op(ACONST_NULL, 1);
  }

  // ---- locals ---------------------------------------------------------------------------------

  public Code load(int opcode, int slot) {
    int width = opcode == DLOAD ? 2 : 1;
    local(slot, width);
    if (slot < 256) {
      put(opcode);
      put(slot);
    } else {
      put(0xc4); // wide
      put(opcode);
      put2(slot);
    }
    stack(width);
    return this;
  }

  public Code store(int opcode, int slot) {
    int width = opcode == DSTORE ? 2 : 1;
    local(slot, width);
    if (slot < 256) {
      put(opcode);
      put(slot);
    } else {
      put(0xc4);
      put(opcode);
      put2(slot);
    }
    stack(-width);
    return this;
  }

  // ---- members --------------------------------------------------------------------------------

  public Code field(int opcode, String ownerClass, String name, String descriptor) {
    put(opcode);
    put2(owner.fieldRef(ownerClass, name, descriptor));
    int width = descriptor.equals("D") || descriptor.equals("J") ? 2 : 1;
    switch (opcode) {
      case GETSTATIC -> stack(width);
      case GETFIELD -> stack(width - 1);
      case PUTFIELD -> stack(-width - 1);
      default -> stack(-width); // putstatic
    }
    return this;
  }

  public Code invoke(int opcode, String ownerClass, String name, String descriptor) {
    put(opcode);
    put2(owner.methodRef(ownerClass, name, descriptor));
    int delta = returnWidth(descriptor) - argumentWidth(descriptor) - (opcode == INVOKESTATIC ? 0 : 1);
    stack(delta);
    return this;
  }

  public Code type(int opcode, String className) {
    put(opcode);
    put2(owner.classRef(className));
    return this; // checkcast and instanceof leave the depth unchanged
  }

  private static int argumentWidth(String descriptor) {
    int width = 0;
    int i = 1;
    while (descriptor.charAt(i) != ')') {
      char c = descriptor.charAt(i);
      if (c == 'D' || c == 'J') {
        width += 2;
        i++;
      } else if (c == 'L') {
        width++;
        i = descriptor.indexOf(';', i) + 1;
      } else if (c == '[') {
        width++;
        while (descriptor.charAt(i) == '[') i++;
        i = descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
      } else {
        width++;
        i++;
      }
    }
    return width;
  }

  private static int returnWidth(String descriptor) {
    char r = descriptor.charAt(descriptor.indexOf(')') + 1);
    return r == 'V' ? 0 : r == 'D' || r == 'J' ? 2 : 1;
  }

  // ---- control flow ---------------------------------------------------------------------------

  public Label newLabel() {
    return new Label();
  }

  /** A conditional or unconditional jump; {@code pops} is how many stack slots the test consumes. */
  public Code jump(int opcode, Label target) {
    int pops = switch (opcode) {
      case GOTO -> 0;
      case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IFNULL, IFNONNULL -> 1;
      default -> 2;
    };
    stack(-pops);
    int at = size;
    put(opcode);
    if (target.position >= 0) {
      put2(target.position - at);
    } else {
      target.uses.add(new int[] {at, size});
      put2(0);
    }
    if (target.depth < 0) target.depth = depth;
    if (opcode == GOTO) depth = -1; // unreachable until a label is placed
    return this;
  }

  /** Places a label at the current position, patching the jumps that wait for it. */
  public Code mark(Label label) {
    label.position = size;
    if (depth < 0) depth = Math.max(label.depth, 0);
    else if (label.depth < 0) label.depth = depth;
    for (int[] use : label.uses) {
      int offset = size - use[0];
      if (use.length == 3) { // a switch target: 4-byte offset
        bytes[use[1]] = (byte) (offset >>> 24);
        bytes[use[1] + 1] = (byte) (offset >>> 16);
        bytes[use[1] + 2] = (byte) (offset >>> 8);
        bytes[use[1] + 3] = (byte) offset;
      } else {
        bytes[use[1]] = (byte) (offset >> 8);
        bytes[use[1] + 1] = (byte) offset;
      }
    }
    label.uses.clear();
    return this;
  }

  /** tableswitch over an int on the stack: keys low..low+targets.length-1, else dflt. */
  public Code tableswitch(int low, Label dflt, Label[] targets) {
    stack(-1);
    int at = size;
    put(TABLESWITCH);
    while (size % 4 != 0) put(0);
    switchTarget(at, dflt);
    putInt(low);
    putInt(low + targets.length - 1);
    for (Label t : targets) switchTarget(at, t);
    depth = -1;
    return this;
  }

  private void switchTarget(int instruction, Label target) {
    if (target.depth < 0) target.depth = depth;
    if (target.position >= 0) {
      putInt(target.position - instruction);
    } else {
      target.uses.add(new int[] {instruction, size, 4});
      putInt(0);
    }
  }

  private void putInt(int v) {
    put2(v >>> 16);
    put2(v & 0xFFFF);
  }

  /** After an instruction that never falls through (return, athrow). */
  public Code unreachable() {
    depth = -1;
    return this;
  }

  // ---- output ---------------------------------------------------------------------------------

  void writeTo(DataOutputStream out, int codeName) throws IOException {
    out.writeShort(access);
    out.writeShort(nameIndex);
    out.writeShort(descriptorIndex);
    out.writeShort(1); // attributes: Code
    out.writeShort(codeName);
    out.writeInt(12 + size);
    out.writeShort(maxDepth + 2);
    out.writeShort(maxLocals);
    out.writeInt(size);
    out.write(bytes, 0, size);
    out.writeShort(0); // exception table
    out.writeShort(0); // attributes
  }
}
