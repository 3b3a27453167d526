package jlua.initd.process;

/** The signals jinit sends to daemons, with their Linux numbers. */
public enum UnixSignal {
  HUP(1), INT(2), KILL(9), TERM(15), CONT(18), STOP(19);

  private final int number;

  UnixSignal(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }
}
