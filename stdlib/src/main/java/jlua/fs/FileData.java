package jlua.fs;

import java.io.IOException;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Set;
import jlua.api.Args;
import jlua.sys.AtomicFile;
import jlua.sys.CreationMode;
import jlua.sys.FileStatus;
import jlua.sys.Metadata;
import jlua.sys.Mode;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.QuickCalls;
import jlua.sys.SysPath;
import jlua.sys.Umask;
import jlua.vm.Values;

/** fs.read, fs.write (plain, appending, or atomic), fs.touch and fs.mktemp: files and their contents. */
final class FileData {
  private FileData() {}

  private static final Set<OpenOption> TRUNCATE =
      Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
  private static final Set<OpenOption> APPEND =
      Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  // fs.read (path) -> contents
  static Object read(Args args) {
    return OsError.call(() -> {
      SysPath file = SysPath.arg(args, 1);
      try {
        byte[] b = Files.readAllBytes(file.path());
        return Values.string(b, 0, b.length);
      } catch (IOException e) {
        throw file.error(e);
      }
    });
  }

  // fs.write (path, data [, {append, mode, atomic}]) -> true
  static Object write(Args args) {
    String name = args.checkString(1);
    byte[] data = Values.bytes(args.checkString(2));
    Options o = Options.of(args, 3, "append", "atomic", "mode");
    boolean append = o.flag("append");
    boolean atomic = o.flag("atomic");
    Mode mode = o.has("mode") ? Fs.modeOption(o) : null;
    if (append && atomic) throw o.misuse("append", "cannot be combined with atomic");
    return OsError.succeed(() -> {
      SysPath file = SysPath.of(name);
      if (atomic) {
        writeAtomically(file, data, mode);
        return;
      }
      boolean existed = mode != null && QuickCalls.exists(file.path()); // a mode is for a new file only
      try (OutputStream out = openForWriting(file.path(), append)) {
        out.write(data);
        if (mode != null && !existed) Metadata.setMode(file.path(), mode.apply(0666 & ~Umask.get(), false, Umask.get()), true);
      } catch (IOException e) {
        throw file.error(e);
      }
    });
  }

  /**
   * open(2) with O_CREAT and O_TRUNC or O_APPEND, mode 0666 less the umask. java.io's stream does it in
   * one JNI call; its FileNotFoundException only words the failure, so NIO opens again to name it.
   */
  private static OutputStream openForWriting(Path file, boolean append) throws IOException {
    try {
      return new FileOutputStream(file.toString(), append);
    } catch (FileNotFoundException e) {
      return Channels.newOutputStream(FileChannel.open(file, append ? APPEND : TRUNCATE));
    }
  }

  /**
   * Writes a temporary file beside the target, syncs it and renames it over the target, so readers
   * see the old or the new contents, never a part. A link is written through (its target replaced);
   * a replaced file's mode and owner carry over unless {@code mode} says otherwise.
   */
  private static void writeAtomically(SysPath file, byte[] data, Mode mode) throws OsError {
    SysPath target = file;
    if (Files.isSymbolicLink(file.path())) {
      try {
        target = new SysPath(file.name(), file.path().toRealPath());
      } catch (IOException e) {
        // a dangling link is replaced by the file
      }
    }
    FileStatus old = Files.exists(target.path(), LinkOption.NOFOLLOW_LINKS) ? FileStatus.of(target, false) : null;
    SysPath temporary = AtomicFile.temporaryFor(target, "write");
    try (FileChannel out = FileChannel.open(temporary.path(), StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
      writeAll(out, data);
      out.force(true);
      int umask = Umask.get();
      if (mode != null) {
        Metadata.setMode(temporary.path(), mode.apply(old != null ? old.permissions() : 0666 & ~umask, false, umask), true);
      } else if (old != null) {
        Metadata.setMode(temporary.path(), old.permissions(), true);
      }
      if (old != null) keepOwner(temporary.path(), old);
    } catch (IOException e) {
      Remover.removeQuietly(temporary);
      throw target.error(e);
    }
    Copier.replace(temporary, target);
  }

  private static void keepOwner(Path file, FileStatus old) throws IOException {
    try {
      Metadata.setOwner(file, old.uid(), old.gid(), false);
    } catch (IOException e) {
      // a user may replace a file it cannot give away; the new file is then theirs, as with any write
    }
  }

  private static void writeAll(FileChannel out, byte[] data) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(data);
    while (buf.hasRemaining()) out.write(buf);
  }

  // fs.touch (path [, mtime]) -> true: creates a missing file; sets access and modification times
  static Object touch(Args args) {
    String name = args.checkString(1);
    double time = args.isNoneOrNil(2) ? System.currentTimeMillis() / 1000.0 : args.checkNumber(2);
    return OsError.succeed(() -> {
      SysPath file = SysPath.of(name);
      try {
        try {
          Files.createFile(file.path());
        } catch (FileAlreadyExistsException e) {
          // exists: only the times change
        }
        Metadata.setTimes(file.path(), time, time, true);
      } catch (IOException e) {
        throw file.error(e);
      }
    });
  }

  // fs.mktemp ([{dir, prefix, directory}]) -> path of a new file (0600) or directory (0700)
  static Object mktemp(Args args) {
    Options o = Options.of(args, 1, "dir", "directory", "prefix");
    String tmp = System.getenv("TMPDIR");
    String dir = o.string("dir", tmp == null || tmp.isEmpty() ? "/tmp" : tmp);
    String prefix = o.string("prefix", "tmp.");
    boolean directory = o.flag("directory");
    return OsError.call(() -> {
      SysPath parent = SysPath.of(dir);
      for (int attempt = 0; ; attempt++) {
        SysPath made = parent.child(prefix + randomSuffix());
        try {
          if (directory) {
            Files.createDirectory(made.path(), CreationMode.of(0700));
          } else {
            Files.createFile(made.path(), CreationMode.of(0600));
          }
          return made.name();
        } catch (FileAlreadyExistsException e) {
          if (attempt > 100) throw made.error(e);
        } catch (IOException e) {
          throw parent.error(e);
        }
      }
    });
  }

  private static String randomSuffix() {
    char[] c = new char[10];
    for (int i = 0; i < c.length; i++) c[i] = LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())); // O_EXCL makes it safe
    return new String(c);
  }
}
