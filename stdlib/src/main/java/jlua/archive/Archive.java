package jlua.archive;

import jlua.api.Args;
import jlua.api.Lua;
import jlua.api.LuaTable;
import jlua.sys.OsError;
import jlua.sys.Options;
import jlua.sys.SysPath;

/**
 * The {@code archive} module's function table. The work is done by classes that use Commons Compress
 * ({@link ArchiveWriter}, {@link ArchiveReader}, {@link Extractor}, {@link Compression}); this class
 * names none of its types, so requiring the module loads none of them.
 *
 * <p>Compressing single files: {@code gzip}/{@code gunzip} (.gz), {@code bzip2}/{@code bunzip2} (.bz2),
 * {@code xz}/{@code unxz} (.xz). Like the commands, each replaces the file with the (de)compressed one,
 * keeping mode and times, unless {@code {keep = true}}; each returns the new file's path.
 */
final class Archive {
  private Archive() {}

  static LuaTable open(Lua lua) {
    return lua.library("archive",
        lua.function("bunzip2", a -> decompress(a, "bzip2")),
        lua.function("bzip2", a -> compress(a, "bzip2")),
        lua.function("create", Archive::create),
        lua.function("extract", Archive::extract),
        lua.function("gunzip", a -> decompress(a, "gzip")),
        lua.function("gzip", a -> compress(a, "gzip")),
        lua.function("list", Archive::list),
        lua.function("unxz", a -> decompress(a, "xz")),
        lua.function("xz", a -> compress(a, "xz")));
  }

  // archive.create (path, files [, {base}]) -> true
  private static Object create(Args args) {
    String name = args.checkString(1);
    LuaTable files = args.checkTable(2);
    String base = Options.of(args, 3, "base").string("base", null);
    String format = ArchiveWriter.formatOf(name);
    if (format == null) {
      throw args.argError(1, "unknown archive format (expected .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz or .zip)");
    }
    String[] paths = new String[files.length()];
    for (int i = 0; i < paths.length; i++) {
      if (!(files.rawget(i + 1) instanceof String s)) throw args.argError(2, "array of file names expected");
      paths[i] = s;
    }
    return OsError.succeed(() -> ArchiveWriter.create(SysPath.of(name), format, paths, base));
  }

  // archive.extract (path, dir) -> true
  private static Object extract(Args args) {
    String name = args.checkString(1);
    String dir = args.checkString(2);
    return OsError.succeed(() -> Extractor.extract(SysPath.of(name), SysPath.of(dir)));
  }

  // archive.list (path) -> array of {name, type, size, mode, mtime, ...}
  private static Object list(Args args) {
    return OsError.call(() -> ArchiveReader.list(SysPath.arg(args, 1)));
  }

  // archive.gzip (path [, {keep}]) -> path .. ".gz", and bzip2, xz alike
  private static Object compress(Args args, String method) {
    String name = args.checkString(1);
    boolean keep = Options.of(args, 2, "keep").flag("keep");
    return OsError.call(() -> Compression.compressFile(SysPath.of(name), method, keep));
  }

  // archive.gunzip (path [, {keep}]) -> path without ".gz", and bunzip2, unxz alike
  private static Object decompress(Args args, String method) {
    String name = args.checkString(1);
    boolean keep = Options.of(args, 2, "keep").flag("keep");
    return OsError.call(() -> Compression.decompressFile(SysPath.of(name), method, keep));
  }
}
