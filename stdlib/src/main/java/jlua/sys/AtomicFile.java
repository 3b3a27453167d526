package jlua.sys;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replacing a file all at once: build the new one under a hidden name in the same directory, sync it,
 * then rename(2) it over the old name and sync the directory. Readers see the old file or the new one,
 * never a part, and a crash leaves one of them.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** A hidden name beside {@code target} for building its replacement ({@code .name.jlua-purpose-XXXX}). */
  public static SysPath temporaryFor(SysPath target, String purpose) {
    return target.sibling("." + target.fileName() + ".jlua-" + purpose + "-" + Long.toHexString(System.nanoTime()));
  }

  /** rename(2) of {@code made} over {@code target}, then fsync of the directory; errors name the target. */
  public static void rename(SysPath made, SysPath target) throws OsError {
    try {
      Files.move(made.path(), target.path(), StandardCopyOption.ATOMIC_MOVE);
      fsync(target.path().getParent());
    } catch (IOException e) {
      throw target.error(e);
    }
  }

  /** fsync(2) of a file or a directory. */
  public static void fsync(Path file) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
      c.force(true);
    }
  }
}
