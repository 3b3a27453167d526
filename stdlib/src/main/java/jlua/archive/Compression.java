package jlua.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import jlua.api.Errno;
import jlua.sys.AtomicFile;
import jlua.sys.FileStatus;
import jlua.sys.Metadata;
import jlua.sys.OsError;
import jlua.sys.SysPath;

/** The three compressions (gzip, bzip2, xz): streams, detection, and whole-file (de)compression. */
final class Compression {
  private Compression() {}

  static OutputStream compressor(String method, OutputStream out) throws IOException {
    return switch (method) {
      case "gzip" -> new GzipCompressorOutputStream(out);
      case "bzip2" -> new BZip2CompressorOutputStream(out);
      case "xz" -> new XZCompressorOutputStream(out);
      default -> out;
    };
  }

  static InputStream decompressor(String method, InputStream in) throws IOException {
    return switch (method) {
      case "gzip" -> new GzipCompressorInputStream(in, true);
      case "bzip2" -> new BZip2CompressorInputStream(in, true);
      case "xz" -> new XZCompressorInputStream(in, true);
      default -> in;
    };
  }

  /** The stream decompressed by whatever compression its first bytes show (or as it is). */
  static InputStream detecting(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 65536);
    try {
      String kind = CompressorStreamFactory.detect(in);
      return switch (kind) {
        case CompressorStreamFactory.GZIP -> decompressor("gzip", in);
        case CompressorStreamFactory.BZIP2 -> decompressor("bzip2", in);
        case CompressorStreamFactory.XZ -> decompressor("xz", in);
        default -> throw new IOException("unsupported compression " + kind);
      };
    } catch (CompressorException e) {
      return in; // not compressed
    }
  }

  private static String suffix(String method) {
    return switch (method) {
      case "gzip" -> ".gz";
      case "bzip2" -> ".bz2";
      default -> ".xz";
    };
  }

  /** gzip(1) and kin: file -> file.gz (same mode and times); the original goes unless kept. */
  static String compressFile(SysPath file, String method, boolean keep) throws OsError {
    SysPath out = file.sibling(file.fileName() + suffix(method));
    convert(file, out, keep, in -> in, o -> compressor(method, o));
    return out.name();
  }

  /** gunzip(1) and kin: file.gz -> file (.tgz, .tbz2, .txz -> .tar). */
  static String decompressFile(SysPath file, String method, boolean keep) throws OsError {
    String name = file.fileName();
    String suffix = suffix(method);
    String shortSuffix = switch (method) {
      case "gzip" -> ".tgz";
      case "bzip2" -> ".tbz2";
      default -> ".txz";
    };
    String plain;
    if (name.endsWith(suffix) && name.length() > suffix.length()) {
      plain = name.substring(0, name.length() - suffix.length());
    } else if (name.endsWith(shortSuffix) && name.length() > shortSuffix.length()) {
      plain = name.substring(0, name.length() - shortSuffix.length()) + ".tar";
    } else {
      throw OsError.detailed(file.name(), Errno.EINVAL, "unknown suffix (expected " + suffix + ")");
    }
    SysPath out = file.sibling(plain);
    convert(file, out, keep, in -> decompressor(method, in), o -> o);
    return out.name();
  }

  private interface Wrap<T> {
    T apply(T stream) throws IOException;
  }

  /** Streams {@code from} into a new file {@code to} (refusing to overwrite), then drops {@code from}. */
  private static void convert(SysPath from, SysPath to, boolean keep, Wrap<InputStream> input, Wrap<OutputStream> output)
      throws OsError {
    FileStatus st = FileStatus.of(from, true);
    if (!st.isFile()) throw from.error(st.isDirectory() ? Errno.EISDIR : Errno.EINVAL);
    if (Files.exists(to.path(), LinkOption.NOFOLLOW_LINKS)) throw to.error(Errno.EEXIST);
    SysPath temporary = AtomicFile.temporaryFor(to, "archive");
    try {
      try (InputStream in = input.apply(Files.newInputStream(from.path()))) {
        try (OutputStream out = output.apply(Files.newOutputStream(temporary.path(), StandardOpenOption.CREATE_NEW))) {
          in.transferTo(out);
        }
      } catch (IOException e) {
        throw e instanceof java.nio.file.FileSystemException f && f.getFile() != null
            && f.getFile().equals(temporary.path().toString()) ? to.error(e) : from.error(e);
      }
      try {
        AtomicFile.fsync(temporary.path());
        Metadata.setMode(temporary.path(), st.permissions(), true);
        Metadata.setTimes(temporary.path(), st.atime(), st.mtime(), true);
      } catch (IOException e) {
        throw to.error(e);
      }
      AtomicFile.rename(temporary, to);
    } catch (OsError e) {
      deleteQuietly(temporary);
      throw e;
    }
    if (!keep) {
      try {
        Files.delete(from.path());
      } catch (IOException e) {
        throw from.error(e);
      }
    }
  }

  static void deleteQuietly(SysPath file) {
    try {
      Files.deleteIfExists(file.path());
    } catch (IOException e) {
      // cleaning up after a failure already reported
    }
  }
}
