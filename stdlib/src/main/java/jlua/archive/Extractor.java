package jlua.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jlua.api.Errno;
import jlua.sys.Accounts;
import jlua.sys.FileStatus;
import jlua.sys.Metadata;
import jlua.sys.Native;
import jlua.sys.OsError;
import jlua.sys.SysPath;
import jlua.sys.Syscalls;

/**
 * archive.extract: unpacks into a directory and nowhere else. Before anything is written, every member
 * is checked: an absolute name, a ".." component, or a name that passes through a symbolic link the
 * archive itself made earlier refuses the whole archive, naming the member. While writing, every
 * directory on the way is checked on disk too (no symbolic link may stand in for one), an existing
 * file is replaced rather than written through, and hard links must point inside.
 * Modes and times are restored; owners too where permitted (by name where the name exists here).
 */
final class Extractor {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final SysPath archive;
  private final SysPath dir;
  private Path root;
  private final Set<String> links = new HashSet<>();
  private final Deque<Object[]> directories = new ArrayDeque<>(); // {path, entry}: attributes set last

  private Extractor(SysPath archive, SysPath dir) {
    this.archive = archive;
    this.dir = dir;
  }

  static void extract(SysPath archive, SysPath dir) throws OsError {
    Extractor x = new Extractor(archive, dir);
    ArchiveReader.read(archive, (e, in) -> x.check(e));
    try {
      Files.createDirectories(dir.path());
      x.root = dir.path().toRealPath();
    } catch (IOException e) {
      throw dir.error(e);
    }
    ArchiveReader.read(archive, x::write);
    while (!x.directories.isEmpty()) {
      Object[] d = x.directories.pop(); // deepest first: a read-only directory is sealed after its contents
      x.attributes((SysPath) d[0], (Entry) d[1]);
    }
  }

  /** The member name as components, refusing absolute names and ".."; empty for the top itself. */
  private List<String> components(String member, String name) throws OsError {
    if (name.startsWith("/")) throw refuse(member, "would land outside '" + dir.name() + "' (absolute name)");
    List<String> parts = new ArrayList<>();
    for (String p : name.split("/")) {
      if (p.equals("..")) throw refuse(member, "would land outside '" + dir.name() + "' (\"..\" in its name)");
      if (!p.isEmpty() && !p.equals(".")) parts.add(p);
    }
    return parts;
  }

  private OsError refuse(String member, String why) {
    return OsError.detailed(archive.name(), Errno.EINVAL, "entry '" + member + "' " + why);
  }

  /** Pass 1: names only. A member below a link the archive made would be written through that link. */
  private void check(Entry e) throws OsError {
    List<String> parts = components(e.name(), e.name());
    for (int i = 1; i < parts.size(); i++) {
      String prefix = String.join("/", parts.subList(0, i));
      if (links.contains(prefix)) throw refuse(e.name(), "would be written through the symbolic link '" + prefix + "'");
    }
    String joined = String.join("/", parts);
    if (e.type().equals("link")) {
      links.add(joined);
    } else {
      links.remove(joined);
    }
    if (e.type().equals("hardlink")) {
      List<String> target = components(e.name(), e.target());
      for (int i = 1; i <= target.size(); i++) {
        String prefix = String.join("/", target.subList(0, i));
        if (i < target.size() && links.contains(prefix)) {
          throw refuse(e.name(), "would link through the symbolic link '" + prefix + "'");
        }
      }
    }
  }

  /** Pass 2: creates one member. */
  private void write(Entry e, InputStream contents) throws IOException, OsError {
    List<String> parts = components(e.name(), e.name());
    if (parts.isEmpty()) return;
    String rel = String.join("/", parts);
    SysPath file = dir.child(rel);
    Path target = root.resolve(SysPath.decode(rel));
    makeParents(e, target.getParent());
    boolean exists = Files.exists(target, NOFOLLOW);
    if (exists && !(e.type().equals("directory") && Files.isDirectory(target, NOFOLLOW))) {
      if (Files.isDirectory(target, NOFOLLOW)) throw file.error(Errno.EISDIR);
      delete(file);
    }
    switch (e.type()) {
      case "directory" -> {
        if (!Files.isDirectory(target, NOFOLLOW)) create(file, () -> Files.createDirectory(target));
        directories.push(new Object[] {new SysPath(file.name(), target), e});
        return;
      }
      case "link" -> Syscalls.symlink(e.target(), new SysPath(file.name(), target));
      case "hardlink" -> hardLink(e, file, target);
      case "fifo", "char", "block" -> node(e, new SysPath(file.name(), target));
      default -> create(file, () -> {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW)) {
          contents.transferTo(out);
        }
      });
    }
    if (!e.type().equals("hardlink")) attributes(new SysPath(file.name(), target), e);
  }

  private interface Creation {
    void run() throws IOException;
  }

  private static void create(SysPath file, Creation c) throws OsError {
    try {
      c.run();
    } catch (IOException e) {
      throw file.error(e);
    }
  }

  private static void delete(SysPath file) throws OsError {
    create(file, () -> Files.delete(file.path()));
  }

  /** Every directory between the top and a member must be a real directory (made if missing). */
  private void makeParents(Entry e, Path parent) throws OsError {
    if (parent.equals(root)) return;
    makeParents(e, parent.getParent());
    if (Files.isSymbolicLink(parent)) {
      throw refuse(e.name(), "would be written through the symbolic link '" + SysPath.text(root.relativize(parent)) + "'");
    }
    if (!Files.exists(parent, NOFOLLOW)) {
      create(dir.child(SysPath.text(root.relativize(parent))), () -> Files.createDirectory(parent));
    } else if (!Files.isDirectory(parent, NOFOLLOW)) {
      throw dir.child(SysPath.text(root.relativize(parent))).error(Errno.ENOTDIR);
    }
  }

  private void hardLink(Entry e, SysPath file, Path target) throws OsError {
    String rel = String.join("/", components(e.name(), e.target()));
    Path existing = root.resolve(SysPath.decode(rel));
    try {
      Path real = existing.getParent().toRealPath();
      if (!real.startsWith(root)) throw refuse(e.name(), "would link to a file outside '" + dir.name() + "'");
      Files.createLink(target, existing);
    } catch (IOException x) {
      throw file.error(x);
    }
  }

  private static void node(Entry e, SysPath file) throws OsError {
    int kind = switch (e.type()) {
      case "fifo" -> FileStatus.S_IFIFO;
      case "char" -> FileStatus.S_IFCHR;
      default -> FileStatus.S_IFBLK;
    };
    long major = e.devMajor();
    long minor = e.devMinor();
    long dev = ((major & 0xfff) << 8) | ((major & ~0xfffL) << 32) | (minor & 0xff) | ((minor & ~0xffL) << 12);
    Native.check(Native.libc().mknod(SysPath.cString(file.path()), kind | (e.mode() & 0777), dev), file.name());
  }

  /** Owner (where permitted), mode, modification time. */
  private void attributes(SysPath file, Entry e) throws OsError {
    boolean link = e.type().equals("link");
    try {
      int uid = owner(e.user() != null ? Accounts.user(e.user()) : null, e.uid());
      int gid = group(e.group() != null ? Accounts.group(e.group()) : null, e.gid());
      try {
        Metadata.setOwner(file.path(), uid, gid, false);
      } catch (IOException x) {
        if (Errno.of(x) != Errno.EPERM) throw x;
      }
      if (!link) Metadata.setMode(file.path(), e.mode(), true);
      Metadata.setTimes(file.path(), e.mtime(), e.mtime(), !link);
    } catch (IOException x) {
      throw file.error(x);
    }
  }

  private static int owner(Accounts.User byName, long id) {
    return byName != null ? byName.uid() : id < 0 ? -1 : (int) id;
  }

  private static int group(Accounts.Group byName, long id) {
    return byName != null ? byName.gid() : id < 0 ? -1 : (int) id;
  }
}
