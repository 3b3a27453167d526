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

  public static final int EPERM = 1;
  public static final int ENOENT = 2;
  public static final int EIO = 5;
  public static final int EBADF = 9;
  public static final int EACCES = 13;
  public static final int EEXIST = 17;
  public static final int ENOTDIR = 20;
  public static final int EISDIR = 21;
  public static final int EINVAL = 22;
  public static final int EMFILE = 24;
  public static final int ENOSPC = 28;
  public static final int ESPIPE = 29;
  public static final int EPIPE = 32;
  public static final int ENOTEMPTY = 39;
  public static final int ELOOP = 40;

  private static final String[][] TEXTS = {
    {"2", "No such file or directory"}, {"5", "Input/output error"}, {"13", "Permission denied"},
    {"17", "File exists"}, {"20", "Not a directory"}, {"21", "Is a directory"},
    {"22", "Invalid argument"}, {"28", "No space left on device"}, {"39", "Directory not empty"},
    {"40", "Too many levels of symbolic links"}, {"1", "Operation not permitted"},
    {"18", "Invalid cross-device link"}, {"30", "Read-only file system"}, {"16", "Device or resource busy"},
    {"36", "File name too long"}, {"9", "Bad file descriptor"}, {"29", "Illegal seek"},
    {"32", "Broken pipe"}, {"24", "Too many open files"}, {"26", "Text file busy"},
    {"27", "File too large"}, {"12", "Cannot allocate memory"}, {"7", "Argument list too long"},
    {"8", "Exec format error"}, {"10", "No child processes"}, {"11", "Resource temporarily unavailable"},
  };

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
    for (String[] t : TEXTS) {
      if (Integer.parseInt(t[0]) == errno) return t[1];
    }
    return "Unknown error " + errno;
  }

  /** The errno a Java I/O failure stands for. */
  public static int errno(IOException e) {
    if (e instanceof ErrnoException ee) return ee.errno();
    if (e instanceof java.nio.file.AtomicMoveNotSupportedException) return 18; // EXDEV
    if (e instanceof NoSuchFileException) return ENOENT;
    if (e instanceof AccessDeniedException) return EACCES;
    if (e instanceof FileAlreadyExistsException) return EEXIST;
    if (e instanceof NotDirectoryException) return ENOTDIR;
    if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
    if (e instanceof FileSystemLoopException) return ELOOP;
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason != null) {
      String r = reason.toLowerCase(Locale.ROOT);
      for (String[] t : TEXTS) {
        if (r.contains(t[1].toLowerCase(Locale.ROOT))) return Integer.parseInt(t[0]);
      }
      if (r.contains("no such file")) return ENOENT;
    }
    return EIO;
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
