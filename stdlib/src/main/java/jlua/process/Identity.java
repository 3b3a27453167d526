package jlua.process;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import jlua.api.Errno;
import jlua.sys.Accounts;
import jlua.sys.OsError;
import jlua.vm.Values;

/**
 * Who a child runs as: uid, gid and the supplementary groups, as initgroups(3) would make them (the
 * primary group plus every group of /etc/group that lists the user). A null uid keeps the caller's user.
 */
public record Identity(Integer uid, int gid, int[] groups) {
  /**
   * The identity of {@code user} (a name or number) with {@code group} as primary group, or the user's
   * own group when {@code group} is null. Unknown names fail as {@code unknown user 'x'}.
   */
  public static Identity of(Object user, Object group) throws OsError {
    Integer uid = null;
    Integer gid = null;
    String userName = null;
    if (user != null) {
      Accounts.User u = Accounts.user(user);
      if (u != null) {
        uid = u.uid();
        gid = u.gid();
        userName = u.name();
      } else {
        uid = Accounts.id(user);
        if (uid == null) throw OsError.detailed(null, Errno.EINVAL, "unknown user '" + Values.toDisplayString(user) + "'");
      }
    }
    if (group != null) {
      Accounts.Group g = Accounts.group(group);
      if (g != null) gid = g.gid();
      else {
        gid = Accounts.id(group);
        if (gid == null) throw OsError.detailed(null, Errno.EINVAL, "unknown group '" + Values.toDisplayString(group) + "'");
      }
    }
    if (uid == null && gid == null) return null;
    if (gid == null) gid = uid; // a bare uid without a passwd entry: its group of the same number
    Set<Integer> groups = new LinkedHashSet<>();
    groups.add(gid);
    if (userName != null) {
      for (Accounts.Group g : Accounts.groups()) {
        if (g.members().contains(userName)) groups.add(g.gid());
      }
    }
    return new Identity(uid, gid, groups.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Identity i && java.util.Objects.equals(uid, i.uid) && gid == i.gid && Arrays.equals(groups, i.groups);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(uid, gid, Arrays.hashCode(groups));
  }

  @Override
  public String toString() {
    return "Identity[uid=" + uid + ", gid=" + gid + ", groups=" + Arrays.toString(groups) + "]";
  }
}
