package jlua.sys;

import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The mode a file or directory is created with (open(2)'s and mkdir(2)'s mode argument; the kernel takes
 * the umask off), as the JDK's creation attribute. There are 512 of them; each is built once, since
 * building one (letters, parsing, a set) cost more than the open it is for.
 */
public final class CreationMode {
  private CreationMode() {}

  @SuppressWarnings("unchecked")
  private static final FileAttribute<Set<PosixFilePermission>>[] MADE = new FileAttribute[512];

  /** The attribute for permission bits {@code mode & 0777}. */
  public static FileAttribute<Set<PosixFilePermission>> of(int mode) {
    int bits = mode & 0777;
    FileAttribute<Set<PosixFilePermission>> a = MADE[bits];
    if (a == null) {
      a = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(Mode.letters(bits)));
      MADE[bits] = a; // a race builds an equal attribute twice: harmless
    }
    return a;
  }
}
