package jlua.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jlua.api.Errno;

class ErrnoTest {
  @Test
  void textsAreTheCLibrarysOwn() {
    for (int errno = 1; errno <= 133; errno++) {
      assertEquals(Native.libc().strerror(errno), Errno.text(errno), "strerror(" + errno + ")");
    }
    assertEquals("Unknown error 999", Errno.text(999));
  }

  @Test
  void javaExceptionsMapToTheirErrno() {
    assertEquals(Errno.ENOENT, Errno.of(new NoSuchFileException("x")));
    assertEquals(Errno.EACCES, Errno.of(new AccessDeniedException("x")));
    assertEquals(Errno.EXDEV, Errno.of(new FileSystemException("a", "b", "Invalid cross-device link")));
    assertEquals(Errno.ELOOP, Errno.of(new FileSystemException("a", null,
        "Too many levels of symbolic links or unable to access attributes of symbolic link")));
    assertEquals(Errno.EIO, Errno.of(new IOException("something else")));
  }

  @Test
  void realFailuresMapExactly(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("d"));
    Files.writeString(dir.resolve("d/f"), "x");
    IOException notEmpty = failure(() -> Files.delete(dir.resolve("d")));
    assertEquals(Errno.ENOTEMPTY, Errno.of(notEmpty));
    IOException notDir = failure(() -> Files.createDirectory(dir.resolve("d/f/x")));
    assertEquals(Errno.ENOTDIR, Errno.of(notDir));
    IOException isDir = failure(() -> Files.readAllBytes(dir.resolve("d")));
    assertEquals(Errno.EISDIR, Errno.of(isDir));
    OsError e = OsError.of("d", isDir);
    assertEquals("d: Is a directory", e.getMessage());
    assertEquals(3, e.results().length);
  }

  interface Io {
    void run() throws IOException;
  }

  private static IOException failure(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("no failure");
  }
}
