package jlua.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountsTest {
  @Test
  void usersByNameAndNumber() throws OsError {
    assertEquals(0, Accounts.user("root").uid());
    assertEquals("root", Accounts.user(0.0).name());
    assertEquals("root", Accounts.user("0").name());
    assertEquals("/root", Accounts.user("root").home());
    assertEquals(0, Accounts.uid("root"));
    assertEquals(4242, Accounts.uid(4242.0)); // numbers need no entry, as with chown
    assertNull(Accounts.user("no-such-user-here"));
    OsError e = assertThrows(OsError.class, () -> Accounts.uid("no-such-user-here"));
    assertEquals("no-such-user-here: no such user", e.getMessage());
  }

  @Test
  void groupsByNameAndNumber() throws OsError {
    assertEquals(0, Accounts.group("root").gid());
    assertEquals("root", Accounts.groupName(0));
    assertEquals(Accounts.group("root").gid(), Accounts.gid("root"));
    assertThrows(OsError.class, () -> Accounts.gid("no-such-group-here"));
    assertTrue(Accounts.groups().size() > 1);
  }
}
