package jlua.sys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import jlua.api.Errno;
import jlua.vm.Values;

/**
 * The user and group database: /etc/passwd and /etc/group, read into immutable snapshots that are
 * re-read when a file changes (size, time or inode). Names are Lua strings (bytes). Lookups accept a
 * name or a number, as chown(1) does: a name first, then a decimal number.
 * (No NSS: users that only LDAP or similar know are found by number only.)
 *
 * <p>A lookup that finds its answer trusts a snapshot checked within the last {@link #TRUSTED_NANOS}
 * without a stat of the file; one that finds nothing always checks, so a user added a moment ago is
 * found. Only a rename or removal in that last second can go unseen (nscd trusts its answers for ten
 * minutes). A loop that stats or chowns files looked the files up on every call: 3 of its 49 system
 * calls a round on the maintenance benchmark. Listings ({@link #users()}, {@link #groups()}) always check.
 */
public final class Accounts {
  private Accounts() {}

  /** A passwd entry. */
  public record User(String name, int uid, int gid, String gecos, String home, String shell) {}

  /** A group entry; {@code members} are the names listed in /etc/group. */
  public record Group(String name, int gid, List<String> members) {}

  private static final Path PASSWD = Path.of("/etc/passwd");
  private static final Path GROUP = Path.of("/etc/group");

  /** How long a snapshot answers lookups that find something before its file is checked again. */
  static final long TRUSTED_NANOS = 1_000_000_000L;

  private static final Database<User> USERS = new Database<>(PASSWD, 7,
      f -> new User(f[0], number(f[2]), number(f[3]), f[4], f[5], f[6]));
  private static final Database<Group> GROUPS = new Database<>(GROUP, 4,
      f -> new Group(f[0], number(f[2]), f[3].isEmpty() ? List.of() : List.of(f[3].split(","))));

  /** A file's entries as read when it had these attributes (null: unreadable, so no entries). */
  private record Snapshot<T>(BasicFileAttributes version, List<T> entries) {
    /**
     * Whether the file is still that version: size, modification time and inode alike. (Compared by
     * hand: a record's equals is bootstrapped through invokedynamic at first use, ~3 ms.)
     */
    boolean isCurrent(BasicFileAttributes now) {
      if (version == null || now == null) return version == now;
      return now.size() == version.size() && now.lastModifiedTime().equals(version.lastModifiedTime())
          && Objects.equals(now.fileKey(), version.fileKey());
    }
  }

  /** One of the two files: its latest snapshot, and when the file was last checked for a change. */
  private static final class Database<T> {
    private final Path file;
    private final int fields;
    private final Function<String[], T> entry;
    private Snapshot<T> snapshot;
    private long checked;

    Database(Path file, int fields, Function<String[], T> entry) {
      this.file = file;
      this.fields = fields;
      this.entry = entry;
    }

    /** The entries; {@code check}: whatever the snapshot's age, see whether the file changed. */
    synchronized List<T> entries(boolean check) {
      long now = System.nanoTime();
      if (snapshot != null && !check && now - checked < TRUSTED_NANOS) return snapshot.entries;
      BasicFileAttributes version = version(file);
      if (snapshot == null || !snapshot.isCurrent(version)) {
        List<T> list = new ArrayList<>();
        for (String[] f : records(file, fields)) list.add(entry.apply(f));
        snapshot = new Snapshot<>(version, List.copyOf(list));
      }
      checked = now;
      return snapshot.entries;
    }

    /** What {@code query} finds in the trusted snapshot, else in the file as it is now; null: nothing. */
    <R> R find(Function<List<T>, R> query) {
      R found = query.apply(entries(false));
      return found != null ? found : query.apply(entries(true));
    }
  }

  /** Every user, in file order. */
  public static List<User> users() {
    return USERS.entries(true);
  }

  /** Every group, in file order. */
  public static List<Group> groups() {
    return GROUPS.entries(true);
  }

  /** The user named or numbered by a Lua value (string or number); null when there is none. */
  public static User user(Object key) {
    return USERS.find(all -> findUser(all, key));
  }

  private static User findUser(List<User> all, Object key) {
    for (User u : all) {
      if (u.name.equals(key)) return u;
    }
    Integer id = id(key);
    if (id == null) return null;
    for (User u : all) {
      if (u.uid == id) return u;
    }
    return null;
  }

  /** The group named or numbered by a Lua value; null when there is none. */
  public static Group group(Object key) {
    return GROUPS.find(all -> findGroup(all, key));
  }

  private static Group findGroup(List<Group> all, Object key) {
    for (Group g : all) {
      if (g.name.equals(key)) return g;
    }
    Integer id = id(key);
    if (id == null) return null;
    for (Group g : all) {
      if (g.gid == id) return g;
    }
    return null;
  }

  /** A user id from a name or number; a number need not be in the database (as for chown). */
  public static int uid(Object key) throws OsError {
    User u = user(key);
    if (u != null) return u.uid;
    Integer id = id(key);
    if (id != null) return id;
    throw OsError.detailed(Values.toDisplayString(key), Errno.EINVAL, "no such user");
  }

  /** A group id from a name or number; a number need not be in the database. */
  public static int gid(Object key) throws OsError {
    Group g = group(key);
    if (g != null) return g.gid;
    Integer id = id(key);
    if (id != null) return id;
    throw OsError.detailed(Values.toDisplayString(key), Errno.EINVAL, "no such group");
  }

  /** The name of a user id, or null. */
  public static String userName(int uid) {
    return USERS.find(all -> {
      for (User u : all) {
        if (u.uid == uid) return u.name;
      }
      return null;
    });
  }

  /** The name of a group id, or null. */
  public static String groupName(int gid) {
    return GROUPS.find(all -> {
      for (Group g : all) {
        if (g.gid == gid) return g.name;
      }
      return null;
    });
  }

  /** An id given as a Lua number or a decimal string (not above 0xFFFFFFFE, which is -1); else null. */
  public static Integer id(Object key) {
    if (key instanceof Double d && d >= 0 && d <= 0xFFFFFFFEL && d == Math.floor(d)) return (int) d.longValue();
    if (key instanceof String s) {
      String digits = s.startsWith("+") ? s.substring(1) : s;
      if (Digits.only(digits, 10)) {
        long n = Long.parseLong(digits);
        if (n <= 0xFFFFFFFEL) return (int) n;
      }
    }
    return null;
  }

  private static BasicFileAttributes version(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  /** The well-formed lines of a colon-separated file, split into exactly {@code fields} fields. */
  private static List<String[]> records(Path file, int fields) {
    List<String[]> out = new ArrayList<>();
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return out;
    }
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) continue;
      String[] f = line.split(":", -1);
      if (f.length < fields || !Digits.only(f[2], 10)) continue;
      if (fields == 7 && !Digits.only(f[3], 10)) continue;
      out.add(f);
    }
    return out;
  }

  private static int number(String s) {
    return (int) Long.parseLong(s);
  }
}
