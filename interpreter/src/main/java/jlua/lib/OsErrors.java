package jlua.lib;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Java I/O exceptions as the C library reports them: an errno and glibc's strerror text, so messages
 * read as lua5.1's ("x: No such file or directory", 2).
 */
public final class OsErrors {
  private OsErrors() {}


  /** An I/O failure that already knows its errno (for conditions Java does not report itself). */
  public static final class ErrnoException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int errno;

    public ErrnoException(int errno) {
      super(strerror(errno), null);
      this.errno = errno;
    }

    public int errno() {
      return errno;
    }
  }

  /** glibc's strerror text for an errno. */
  public static String strerror(int errno) {
    return jlua.api.Errno.text(errno);
  }

  /** The errno a Java I/O failure stands for. */
  public static int errno(IOException e) {
    if (e instanceof ErrnoException x) return x.errno();
    return jlua.api.Errno.of(e);
  }

  /** "name: strerror" for a failed operation on {@code name}. */
  public static String message(String name, IOException e) {
    return name + ": " + strerror(errno(e));
  }

  /**
   * 5.1's pushresult for a failure: nil, "name: strerror" (just strerror when name is null), errno.
   */
  public static Object[] failure(String name, IOException e) {
    int errno = errno(e);
    String text = strerror(errno);
    return new Object[] {null, name == null ? text : name + ": " + text, (double) errno};
  }
}
