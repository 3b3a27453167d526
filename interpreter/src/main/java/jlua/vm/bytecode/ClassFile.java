package jlua.vm.bytecode;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal writer of JVM class files: one class, its constant pool and methods. It writes version 49
 * (Java 5) class files, which the JVM verifies by type inference, so no stack-map frames are needed.
 * Only what the second tier generates is supported.
 */
public final class ClassFile {
  public static final int ACC_PUBLIC = 0x0001;
  public static final int ACC_STATIC = 0x0008;
  public static final int ACC_FINAL = 0x0010;
  public static final int ACC_SUPER = 0x0020;

  private final String name;
  private final String superName;
  private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
  private final DataOutputStream poolOut = new DataOutputStream(pool);
  private final Map<String, Integer> poolIndex = new HashMap<>();
  private int poolCount = 1;
  private final List<Code> methods = new ArrayList<>();

  public ClassFile(String name, String superName) {
    this.name = name;
    this.superName = superName;
  }

  public String name() {
    return name;
  }

  /** Starts a method; its code is written through the returned {@link Code}. */
  public Code method(int access, String methodName, String descriptor, int argumentSlots) {
    Code code = new Code(this, access, utf8(methodName), utf8(descriptor), argumentSlots);
    methods.add(code);
    return code;
  }

  /** The complete class file. */
  public byte[] toBytes() {
    try {
      int thisClass = classRef(name);
      int superClass = classRef(superName);
      int codeName = utf8("Code");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(0xCAFEBABE);
      out.writeShort(0);
      out.writeShort(49);
      out.writeShort(poolCount);
      poolOut.flush();
      out.write(pool.toByteArray());
      out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
      out.writeShort(thisClass);
      out.writeShort(superClass);
      out.writeShort(0); // interfaces
      out.writeShort(0); // fields
      out.writeShort(methods.size());
      for (Code m : methods) m.writeTo(out, codeName);
      out.writeShort(0); // attributes
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e); // in-memory streams do not fail
    }
  }

  // ---- constant pool ---------------------------------------------------------------------------

  private int entry(String key, int slots, PoolWriter writer) {
    Integer existing = poolIndex.get(key);
    if (existing != null) return existing;
    try {
      writer.write(poolOut);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    int index = poolCount;
    poolCount += slots;
    if (poolCount > 0xFFFF) throw new TooLargeException("constant pool overflow");
    poolIndex.put(key, index);
    return index;
  }

  private interface PoolWriter {
    void write(DataOutputStream out) throws IOException;
  }

  int utf8(String s) {
    return entry("U" + s, 1, out -> {
      out.writeByte(1);
      out.writeUTF(s);
    });
  }

  int classRef(String internalName) {
    int n = utf8(internalName);
    return entry("C" + internalName, 1, out -> {
      out.writeByte(7);
      out.writeShort(n);
    });
  }

  int string(String s) {
    int n = utf8(s);
    return entry("S" + s, 1, out -> {
      out.writeByte(8);
      out.writeShort(n);
    });
  }

  int integer(int v) {
    return entry("I" + v, 1, out -> {
      out.writeByte(3);
      out.writeInt(v);
    });
  }

  int doubleConstant(double v) {
    return entry("D" + Double.doubleToRawLongBits(v), 2, out -> {
      out.writeByte(6);
      out.writeDouble(v);
    });
  }

  private int nameAndType(String memberName, String descriptor) {
    int n = utf8(memberName);
    int d = utf8(descriptor);
    return entry("N" + memberName + " " + descriptor, 1, out -> {
      out.writeByte(12);
      out.writeShort(n);
      out.writeShort(d);
    });
  }

  int fieldRef(String owner, String fieldName, String descriptor) {
    return memberRef(9, 'F', owner, fieldName, descriptor);
  }

  int methodRef(String owner, String methodName, String descriptor) {
    return memberRef(10, 'M', owner, methodName, descriptor);
  }

  /** A CONSTANT_Fieldref (tag 9) or CONSTANT_Methodref (tag 10); {@code kind} keeps their pool keys apart. */
  private int memberRef(int tag, char kind, String owner, String memberName, String descriptor) {
    int c = classRef(owner);
    int nt = nameAndType(memberName, descriptor);
    return entry(kind + owner + "." + memberName + descriptor, 1, out -> {
      out.writeByte(tag);
      out.writeShort(c);
      out.writeShort(nt);
    });
  }

  /** A method or class too large for the class-file format (or for the JIT to compile well). */
  public static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
      super(message, null, false, false);
    }
  }
}
