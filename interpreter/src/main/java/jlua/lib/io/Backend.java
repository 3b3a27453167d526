package jlua.lib.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import jlua.lib.OsErrors;
import jlua.lib.OsErrors.ErrnoException;

/**
 * What a {@link LuaFile} reads from and writes to, unbuffered: the file descriptor under a C FILE.
 * Regular files are seekable channels; standard streams given as Java streams and pipes are not.
 */
public interface Backend {
  /** Reads at most len bytes; -1 at end of file. */
  int read(byte[] b, int off, int len) throws IOException;

  void write(byte[] b, int off, int len) throws IOException;

  /** Pushes written bytes to the operating system (for streams that buffer themselves). */
  default void flush() throws IOException {}

  /** The file offset; ESPIPE when the backend cannot seek. */
  long position() throws IOException;

  void position(long p) throws IOException;

  long size() throws IOException;

  /** Releases the descriptor; for a pipe to a command also waits for it. */
  void close() throws IOException;

  /** The underlying file channel (for record locks by lfs), or null for streams and pipes. */
  default FileChannel channel() {
    return null;
  }

  /** A file channel (a regular file or a standard descriptor). */
  static Backend of(FileChannel channel) {
    return new ChannelBackend(channel);
  }

  /** Java streams (either may be null): never seekable. */
  static Backend of(InputStream in, OutputStream out) {
    return new StreamBackend(in, out);
  }

  /** A seekable file channel. */
  final class ChannelBackend implements Backend {
    private final FileChannel channel;

    ChannelBackend(FileChannel channel) {
      this.channel = channel;
    }

    @Override
    public FileChannel channel() {
      return channel;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return channel.read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
      while (buffer.hasRemaining()) channel.write(buffer);
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public void position(long p) throws IOException {
      channel.position(p);
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  /** Java streams: standard streams handed in by an embedder, and pipes. */
  class StreamBackend implements Backend {
    private final InputStream in;
    private final OutputStream out;

    StreamBackend(InputStream in, OutputStream out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (in == null) throw new ErrnoException(jlua.api.Errno.EBADF);
      return in.read(b, off, len);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (out == null) throw new ErrnoException(jlua.api.Errno.EBADF);
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw brokenPipe(e);
      }
    }

    @Override
    public void flush() throws IOException {
      if (out == null) return;
      try {
        out.flush();
      } catch (IOException e) {
        throw brokenPipe(e);
      }
    }

    private static IOException brokenPipe(IOException e) {
      String m = e.getMessage();
      if (m != null && (m.contains("Broken pipe") || m.contains("Stream closed"))) {
        return new ErrnoException(jlua.api.Errno.EPIPE);
      }
      return e;
    }

    @Override
    public long position() throws IOException {
      throw new ErrnoException(jlua.api.Errno.ESPIPE);
    }

    @Override
    public void position(long p) throws IOException {
      throw new ErrnoException(jlua.api.Errno.ESPIPE);
    }

    @Override
    public long size() throws IOException {
      throw new ErrnoException(jlua.api.Errno.ESPIPE);
    }

    @Override
    public void close() throws IOException {
      IOException failure = null;
      try {
        if (in != null) in.close();
      } catch (IOException e) {
        failure = e;
      }
      try {
        if (out != null) out.close();
      } catch (IOException e) {
        if (failure == null) failure = e;
      }
      if (failure != null) throw failure;
    }
  }

  /** The pipe of io.popen: closing it waits for the command, as pclose does. */
  final class ProcessBackend extends StreamBackend {
    private final Process process;

    ProcessBackend(Process process, boolean reading) {
      super(reading ? process.getInputStream() : null, reading ? null : process.getOutputStream());
      this.process = process;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } catch (IOException e) {
        // a command that stopped reading: pclose still reaps it
      }
      boolean interrupted = false;
      for (;;) {
        try {
          process.waitFor();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
