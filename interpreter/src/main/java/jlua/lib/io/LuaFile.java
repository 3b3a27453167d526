package jlua.lib.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jlua.lib.OsErrors;
import jlua.lib.OsErrors.ErrnoException;

/**
 * A C stdio stream (FILE) over a {@link Backend}: one buffer used either for reading or for writing,
 * C's three buffering modes, sticky end-of-file and error indicators, one byte of ungetc, and fseek/ftell
 * that account for what sits in the buffer, so a mix of reads, writes and seeks on an "r+" file sees the
 * same bytes as glibc's stdio. Bytes are chars 0..255 one to one (Lua strings).
 *
 * <p>Buffer invariant: while reading, {@code buf[pos..limit)} are bytes not yet consumed and the
 * backend's offset is just past {@code limit}; while writing, {@code buf[0..count)} are bytes not yet
 * written and belong at the backend's offset. The logical position is offset - (limit - pos) when
 * reading and offset + count when writing.
 */
public final class LuaFile {
  /** setvbuf modes. */
  public enum Buffering { NO, FULL, LINE }

  /** How the file is closed: standard files refuse, pipes wait for their command. */
  public enum Kind { STANDARD, PIPE, FILE }

  private static final int BUFFER_SIZE = 8192;
  private static final int IDLE = 0;
  private static final int READING = 1;
  private static final int WRITING = 2;

  private final Backend backend;
  private final boolean readable;
  private final boolean writable;
  private final boolean append;
  public final Kind kind;
  private byte[] buf = new byte[BUFFER_SIZE];
  private int pos;
  private int limit;
  private int count;
  private int state = IDLE;
  private Buffering buffering;
  private BooleanSupplier lineByDefault; // stdout: line buffered when it is a terminal
  private Runnable beforeFill; // stdin: flush line-buffered stdout before waiting for input
  private boolean eof;
  private boolean error;
  private volatile boolean closed;

  /** The file's channel, for record locks (lfs.lock); null for pipes and stream-backed files. */
  public java.nio.channels.FileChannel channel() {
    return backend.channel();
  }

  LuaFile(Backend backend, boolean readable, boolean writable, boolean append, Kind kind) {
    this.backend = backend;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
    this.kind = kind;
    this.buffering = Buffering.FULL;
  }

  // ---- opening ---------------------------------------------------------------------------------

  /** A standard stream (stdin, stdout, stderr). */
  public static LuaFile standard(Backend backend, boolean readable, boolean writable, Buffering buffering) {
    LuaFile f = new LuaFile(backend, readable, writable, false, Kind.STANDARD);
    f.buffering = buffering;
    return f;
  }

  /** stdout's default: line buffered while {@code terminal} says so, fully buffered otherwise. */
  public void lineBufferedWhen(BooleanSupplier terminal) {
    this.lineByDefault = terminal;
  }

  /** Runs before this (input) file waits for more bytes: C flushes line-buffered output then. */
  public void beforeFill(Runnable action) {
    this.beforeFill = action;
  }

  /**
   * fopen(name, mode) with glibc's reading of the mode: r, w or a, then up to six characters of which
   * '+' (update) and 'x' (exclusive create) matter and the others are ignored. An invalid mode fails
   * with EINVAL.
   */
  public static LuaFile open(String name, String mode) throws IOException {
    if (mode.isEmpty()) throw new ErrnoException(jlua.api.Errno.EINVAL);
    char kind = mode.charAt(0);
    if (kind != 'r' && kind != 'w' && kind != 'a') throw new ErrnoException(jlua.api.Errno.EINVAL);
    boolean update = false;
    boolean exclusive = false;
    for (int i = 1; i < 7 && i < mode.length(); i++) {
      char c = mode.charAt(i);
      if (c == '+') update = true;
      else if (c == 'x') exclusive = true;
      else if (c == ',') break; // ",ccs=" charset suffix: not for byte streams
    }
    Set<StandardOpenOption> options = EnumSet.noneOf(StandardOpenOption.class);
    boolean readable = kind == 'r' || update;
    boolean writable = kind != 'r' || update;
    if (readable) options.add(StandardOpenOption.READ);
    if (writable) options.add(StandardOpenOption.WRITE);
    if (kind == 'w') options.add(StandardOpenOption.TRUNCATE_EXISTING);
    if (kind != 'r') options.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
    Path path = jlua.lib.Platform.path(name);
    FileChannel channel = FileChannel.open(path, options);
    LuaFile f = new LuaFile(Backend.of(channel), readable, writable, kind == 'a', Kind.FILE);
    if (kind == 'a' && !update) channel.position(channel.size()); // glibc: "a" starts at the end, "a+" at 0
    return f;
  }

  /**
   * popen(command, mode): /bin/sh -c command with its stdout (mode "r") or stdin ("w") connected to
   * the file; glibc accepts exactly one of r and w, optionally with e.
   */
  public static LuaFile popen(String command, String mode) throws IOException {
    boolean read = false;
    boolean write = false;
    for (int i = 0; i < mode.length(); i++) {
      switch (mode.charAt(i)) {
        case 'r' -> read = true;
        case 'w' -> write = true;
        case 'e' -> { }
        default -> throw new ErrnoException(jlua.api.Errno.EINVAL);
      }
    }
    if (read == write) throw new ErrnoException(jlua.api.Errno.EINVAL);
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", jlua.lib.Platform.toJava(command))
        .directory(jlua.api.Cwd.get().toFile());
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    if (read) pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
    else pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    Process process = pb.start();
    return new LuaFile(new Backend.ProcessBackend(process, read), read, write, false, Kind.PIPE);
  }

  /** tmpfile(): a new file opened "w+", already unlinked so it disappears when closed. */
  public static LuaFile tmpfile() throws IOException {
    Path path = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir", "/tmp")), "lua_", null);
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    Files.deleteIfExists(path);
    return new LuaFile(Backend.of(channel), true, true, false, Kind.FILE);
  }

  // ---- state -------------------------------------------------------------------------------------

  public boolean isReadable() {
    return readable;
  }

  public boolean isClosed() {
    return closed;
  }

  /** clearerr: forgets end-of-file and error, as g_read does before reading. */
  public void clearError() {
    eof = false;
    error = false;
  }

  /** ferror. */
  public boolean hasError() {
    return error;
  }

  private IOException failed(IOException e) {
    error = true;
    return e;
  }

  private void startReading() throws IOException {
    if (state == READING) return;
    if (!readable) throw failed(new ErrnoException(jlua.api.Errno.EBADF));
    if (state == WRITING) flushBuffer();
    state = READING;
    pos = 0;
    limit = 0;
  }

  private void startWriting() throws IOException {
    if (state == WRITING) return;
    if (!writable) throw failed(new ErrnoException(jlua.api.Errno.EBADF));
    if (state == READING) dropReadBuffer();
    state = WRITING;
    count = 0;
  }

  /** Gives back unread buffered bytes by moving the descriptor to the logical position. */
  private void dropReadBuffer() throws IOException {
    if (limit - pos > 0) {
      try {
        backend.position(backend.position() - (limit - pos));
      } catch (IOException e) {
        // a pipe cannot give bytes back; they are lost, as with C
      }
    }
    pos = 0;
    limit = 0;
    state = IDLE;
  }

  // ---- reading -----------------------------------------------------------------------------------

  /** Refills an exhausted read buffer; false at end of file (which stays set until cleared). */
  private boolean fill() throws IOException {
    if (eof) return false;
    if (beforeFill != null) beforeFill.run();
    int n;
    try {
      n = backend.read(buf, 0, buffering == Buffering.NO ? 1 : buf.length);
    } catch (IOException e) {
      throw failed(e);
    }
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  /** getc: the next byte, or -1 at end of file. */
  public int getc() throws IOException {
    startReading();
    if (pos >= limit && !fill()) return -1;
    return buf[pos++] & 0xff;
  }

  /** ungetc of the byte getc just returned (-1 is ignored); clears end of file as C does. */
  public void ungetc(int c) {
    if (c < 0) return;
    buf[--pos] = (byte) c;
    eof = false;
  }

  /** test_eof: whether a byte can still be read, without consuming it. */
  public boolean atEnd() throws IOException {
    int c = getc();
    ungetc(c);
    return c < 0;
  }

  /** A line without its newline; null at end of file when nothing was read. */
  public String readLine() throws IOException {
    startReading();
    StringBuilder partial = null;
    for (;;) {
      if (pos >= limit && !fill()) {
        return partial == null || partial.length() == 0 ? null : partial.toString();
      }
      int start = pos;
      int end = limit;
      byte[] b = buf;
      int i = start;
      while (i < end && b[i] != '\n') i++;
      String piece = new String(b, start, i - start, StandardCharsets.ISO_8859_1);
      if (i < end) {
        pos = i + 1;
        return partial == null ? piece : partial.append(piece).toString();
      }
      pos = end;
      if (partial == null) partial = new StringBuilder(piece.length() * 2);
      partial.append(piece);
    }
  }

  /** Up to n bytes (fewer at end of file; n < 0 means no limit). */
  public String read(long n) throws IOException {
    startReading();
    if (n < 0) n = Long.MAX_VALUE;
    byte[] out = new byte[(int) Math.min(n, BUFFER_SIZE)];
    int len = 0;
    while (len < n) {
      if (pos >= limit && !fill()) break;
      int chunk = (int) Math.min(limit - pos, n - len);
      if (len + chunk > out.length) {
        long grown = Math.min(Math.max((long) out.length * 2, (long) len + chunk), Integer.MAX_VALUE - 8);
        if (grown < len + chunk) throw new OutOfMemoryError();
        out = java.util.Arrays.copyOf(out, (int) grown);
      }
      System.arraycopy(buf, pos, out, len, chunk);
      pos += chunk;
      len += chunk;
    }
    return new String(out, 0, len, StandardCharsets.ISO_8859_1);
  }

  // ---- writing -----------------------------------------------------------------------------------

  /** fwrite of a Lua string. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies the low bytes: exact here
  public void write(String s) throws IOException {
    startWriting();
    int n = s.length();
    int done = 0;
    while (done < n) {
      if (count == buf.length) flushBuffer();
      int chunk = Math.min(n - done, buf.length - count);
      s.getBytes(done, done + chunk, buf, count);
      count += chunk;
      done += chunk;
    }
    afterWrite(s.indexOf('\n') >= 0);
  }

  /** fwrite of raw bytes (print's path to stdout). */
  public void write(byte[] b, int off, int len) throws IOException {
    startWriting();
    int done = 0;
    while (done < len) {
      if (count == buf.length) flushBuffer();
      int chunk = Math.min(len - done, buf.length - count);
      System.arraycopy(b, off + done, buf, count, chunk);
      count += chunk;
      done += chunk;
    }
    boolean newline = false;
    for (int i = off; i < off + len && !newline; i++) newline = b[i] == '\n';
    afterWrite(newline);
  }

  private void afterWrite(boolean newline) throws IOException {
    Buffering mode = buffering;
    if (mode == Buffering.FULL && lineByDefault != null && lineByDefault.getAsBoolean()) mode = Buffering.LINE;
    if (mode == Buffering.NO || (mode == Buffering.LINE && newline)) flushBuffer();
  }

  /** Writes out the write buffer. */
  private void flushBuffer() throws IOException {
    if (state != WRITING || count == 0) return;
    try {
      if (append) backend.position(backend.size());
      backend.write(buf, 0, count);
      count = 0;
      backend.flush();
    } catch (IOException e) {
      count = 0; // glibc drops what it could not write
      throw failed(e);
    }
  }

  /** fflush: pending output is written; for a seekable input stream, read-ahead is given back. */
  public void flush() throws IOException {
    if (state == WRITING) {
      flushBuffer();
    } else if (state == READING) {
      dropReadBuffer();
    }
    try {
      backend.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** An OutputStream view (print writes through it, sharing stdout's buffer with io.write). */
  public OutputStream asOutputStream() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        LuaFile.this.write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        LuaFile.this.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        LuaFile.this.flush();
      }
    };
  }

  // ---- positioning -------------------------------------------------------------------------------

  /** fseek + ftell: whence is 0 (set), 1 (cur) or 2 (end); returns the new position. */
  public long seek(int whence, long offset) throws IOException {
    try {
      if (append && state == WRITING) flushBuffer(); // an appending write ends at the end of the file
      long backendPos = backend.position(); // ESPIPE for pipes and terminals
      long current = backendPos;
      if (state == READING) current -= limit - pos;
      else if (state == WRITING) current += count;
      long base = whence == 0 ? 0 : whence == 1 ? current : sizeAfterFlush();
      long target = base + offset;
      if (target < 0) throw new ErrnoException(jlua.api.Errno.EINVAL);
      eof = false;
      if (whence == 1 && offset == 0) return current; // ftell: nothing moves
      if (state == READING && target >= backendPos - limit && target <= backendPos) {
        pos = (int) (target - (backendPos - limit)); // still inside the buffer
      } else {
        if (state == WRITING) flushBuffer();
        pos = 0;
        limit = 0;
        state = IDLE;
        backend.position(target);
      }
      eof = false;
      return target;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private long sizeAfterFlush() throws IOException {
    if (state == WRITING) flushBuffer();
    return backend.size();
  }

  /** setvbuf(mode, size). */
  public void setBuffering(Buffering mode, long size) throws IOException {
    if (state == WRITING) flushBuffer();
    buffering = mode;
    lineByDefault = null;
    if (mode != Buffering.NO && size > 0 && size != buf.length && state != READING) {
      buf = new byte[(int) Math.min(size, 1 << 20)];
    }
  }

  // ---- closing -----------------------------------------------------------------------------------

  /** fclose / pclose: flushes, releases the descriptor; the first failure is reported. */
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    IOException failure = null;
    try {
      if (state == WRITING) flushBuffer();
    } catch (IOException e) {
      failure = e;
    }
    try {
      backend.close();
    } catch (IOException e) {
      if (failure == null) failure = e;
    }
    buf = new byte[1];
    pos = limit = count = 0;
    state = IDLE;
    if (failure != null) throw failure;
  }

  /** Flushes pending output, ignoring failures (exit and state close). */
  public synchronized void flushQuietly() {
    if (closed) return;
    try {
      if (state == WRITING) flushBuffer();
      backend.flush();
    } catch (IOException e) {
      // exit(3) ignores them too
    }
  }

  /** Closes without reporting (garbage collection, state close). */
  public void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // nobody to tell
    }
  }
}
