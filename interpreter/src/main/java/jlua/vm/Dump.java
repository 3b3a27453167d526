package jlua.vm;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jlua.api.LuaError;

/**
 * string.dump's binary chunks: our own format (not PUC's), read back by {@link Loader}. A chunk is the
 * signature "\033Lua", a version byte, then the prototype tree; all strings are Lua byte strings.
 */
public final class Dump {
  private Dump() {}

  private static final int VERSION = 0x51; // as 5.1's chunks: the Lua version
  private static final int FORMAT = 2; // our own layout's revision, in the byte where 5.1 has its format

  /** Serialises a function prototype to a Lua string. */
  public static String dump(Proto p) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBytes(Loader.BINARY_SIGNATURE);
      out.writeByte(VERSION);
      out.writeByte(FORMAT);
      writeProto(out, p);
    } catch (IOException e) {
      throw new IllegalStateException(e); // cannot happen for an in-memory stream
    }
    return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
  }

  private static void writeProto(DataOutputStream out, Proto p) throws IOException {
    writeString(out, p.source);
    out.writeInt(p.lineDefined);
    out.writeInt(p.lastLineDefined);
    out.writeByte(p.nups);
    out.writeByte(p.numParams);
    out.writeByte(p.isVararg);
    out.writeByte(p.maxStackSize);
    out.writeByte(p.nilFill);
    out.writeInt(p.code.length);
    for (int i : p.code) out.writeInt(i);
    out.writeInt(p.k.length);
    for (int i = 0; i < p.k.length; i++) {
      Object k = p.k[i];
      if (k == null) {
        out.writeByte(0);
      } else if (k instanceof Boolean b) {
        out.writeByte(1);
        out.writeBoolean(b);
      } else if (k == Values.NUM) {
        out.writeByte(3);
        out.writeDouble(p.kn[i]);
      } else {
        out.writeByte(4);
        writeString(out, (String) k);
      }
    }
    out.writeInt(p.p.length);
    for (Proto child : p.p) writeProto(out, child);
    for (int line : p.lineInfo) out.writeInt(line);
    out.writeInt(p.locVars.length);
    for (Proto.LocVar v : p.locVars) {
      writeString(out, v.name);
      out.writeInt(v.startPc);
      out.writeInt(v.endPc);
    }
    out.writeInt(p.upvalueNames.length);
    for (String u : p.upvalueNames) writeString(out, u);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(s.length());
    out.writeBytes(s); // one byte per char: Lua strings hold chars <= 0xFF
  }

  /** Reads a chunk written by {@link #dump}. */
  static Proto undump(String chunk, String chunkName) {
    byte[] bytes = chunk.getBytes(StandardCharsets.ISO_8859_1);
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      in.skipNBytes(Loader.BINARY_SIGNATURE.length());
      if (in.readUnsignedByte() != VERSION || in.readUnsignedByte() != FORMAT) throw bad(chunkName, "bad header");
      return readProto(in);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LuaError le) throw le;
      throw bad(chunkName, "unexpected end");
    }
  }

  /** 5.1's undump error: "name: why in precompiled chunk", the name as luaU_undump shows it. */
  private static LuaError bad(String chunkName, String why) {
    String name;
    if (chunkName.startsWith("@") || chunkName.startsWith("=")) name = chunkName.substring(1);
    else if (chunkName.startsWith(Loader.BINARY_SIGNATURE.substring(0, 1))) name = "binary string";
    else name = chunkName;
    return LuaError.raw(name + ": " + why + " in precompiled chunk");
  }

  private static Proto readProto(DataInputStream in) throws IOException {
    Proto p = new Proto();
    p.source = readString(in);
    p.lineDefined = in.readInt();
    p.lastLineDefined = in.readInt();
    p.nups = in.readUnsignedByte();
    p.numParams = in.readUnsignedByte();
    p.isVararg = in.readUnsignedByte();
    p.maxStackSize = in.readUnsignedByte();
    p.nilFill = in.readUnsignedByte();
    p.code = new int[in.readInt()];
    for (int i = 0; i < p.code.length; i++) p.code[i] = in.readInt();
    int nk = in.readInt();
    p.k = new Object[nk];
    p.kn = new double[nk];
    for (int i = 0; i < nk; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 0 -> p.k[i] = null;
        case 1 -> p.k[i] = in.readBoolean();
        case 3 -> {
          p.k[i] = Values.NUM;
          p.kn[i] = in.readDouble();
        }
        case 4 -> p.k[i] = readString(in).intern();
        default -> throw new IOException("bad constant");
      }
    }
    p.p = new Proto[in.readInt()];
    for (int i = 0; i < p.p.length; i++) p.p[i] = readProto(in);
    p.lineInfo = new int[p.code.length];
    for (int i = 0; i < p.code.length; i++) p.lineInfo[i] = in.readInt();
    p.locVars = new Proto.LocVar[in.readInt()];
    for (int i = 0; i < p.locVars.length; i++) {
      Proto.LocVar v = new Proto.LocVar(readString(in), in.readInt());
      v.endPc = in.readInt();
      p.locVars[i] = v;
    }
    p.upvalueNames = new String[in.readInt()];
    for (int i = 0; i < p.upvalueNames.length; i++) p.upvalueNames[i] = readString(in);
    p.hashConstants();
    return p;
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) return null;
    byte[] b = in.readNBytes(n);
    if (b.length != n) throw new IOException("truncated");
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
