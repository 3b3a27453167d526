package jlua.unix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jlua.testing.LuaFiles;
import org.junit.jupiter.api.Test;

/** unix.users and unix.groups against /etc/passwd and /etc/group. */
class UnixTest extends LuaFiles {
  @Test
  void usersByNameAndNumber() {
    assertEquals(List.of("root", 0.0, 0.0, "/root"),
        List.of(run("local u = unix.users.root return u.name, u.uid, u.gid, u.home")));
    assertEquals(true, value("return unix.users[0] == unix.users.root"));
    assertEquals("nobody", value("return unix.users[65534].name"));
    assertEquals(true, value("return type(unix.users.root.shell) == 'string' and type(unix.users.root.gecos) == 'string'"));
    assertNull(value("return unix.users['no-such-user-x']"));
    assertNull(value("return unix.users[123456]"));
  }

  @Test
  void groupsWithMembers() throws IOException {
    assertEquals(List.of("nogroup", 65534.0), List.of(run("local g = unix.groups.nogroup return g.name, g.gid")));
    assertEquals(true, value("return unix.groups[0] == unix.groups.root"));
    String withMembers = Files.readAllLines(Path.of("/etc/group")).stream()
        .filter(l -> l.split(":", -1).length == 4 && !l.split(":", -1)[3].isEmpty()).findFirst().orElse(null);
    if (withMembers != null) {
      String[] f = withMembers.split(":", -1);
      assertEquals((double) f[3].split(",").length, value("return #unix.groups['" + f[0] + "'].members"));
      assertEquals(f[3].split(",")[0], value("return unix.groups['" + f[0] + "'].members[1]"));
    }
    assertEquals(0.0, value("return #unix.groups.nogroup.members"));
  }

  @Test
  void pairsListsEveryEntryOnceByName() throws IOException {
    long users = Files.readAllLines(Path.of("/etc/passwd")).stream().filter(l -> l.contains(":")).map(l -> l.split(":")[0])
        .distinct().count();
    assertEquals((double) users, value("local n = 0 for name, u in pairs(unix.users) do assert(u.name == name) n = n + 1 end return n"));
    long groups = Files.readAllLines(Path.of("/etc/group")).stream().filter(l -> l.contains(":")).map(l -> l.split(":")[0])
        .distinct().count();
    assertEquals((double) groups, value("local n = 0 for name, g in pairs(unix.groups) do n = n + 1 end return n"));
    assertTrue(groups > 1);
  }
}
