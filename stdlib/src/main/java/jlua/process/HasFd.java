package jlua.process;

/** A Lua value's payload that stands for an open descriptor (a socket): spawn can hand it to a child. */
public interface HasFd {
  /** The descriptor, or -1 once closed. */
  int fd();
}
