package jlua.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a child starts with, in place before its first instruction. {@code fds[i]} is the parent's
 * descriptor that becomes the child's descriptor i (so fds 0-2 are stdin, stdout, stderr); the child gets
 * no other. {@code path} is the program (absolute, or relative to {@code cwd}); {@code env} is the whole
 * environment as "NAME=value" strings. {@code identity}, {@code umask} null: the caller's. {@code limits}
 * set soft and hard limits ({soft, hard}, -1 = unlimited). {@code newSession}: setsid.
 */
public record SpawnSpec(
    String path,
    List<String> argv,
    List<String> env,
    Path cwd,
    int[] fds,
    Identity identity,
    Integer umask,
    Map<Rlimit, long[]> limits,
    boolean newSession) {

  public SpawnSpec {
    argv = List.copyOf(argv);
    env = List.copyOf(env);
    limits = Map.copyOf(limits);
    fds = fds.clone();
  }
}
