package jlua.vm;

/**
 * A variable captured by a closure (5.1's UpVal). While the declaring function runs it is "open" and
 * refers to the register in the coroutine's stack; when the variable goes out of scope it is "closed":
 * the value moves here, so every closure that shares it keeps sharing it.
 */
public final class UpVal {
  Coroutine thread; // non-null while open
  int index; // stack slot while open
  Object value; // closed value; Values.NUM means "number in num"
  double num;
  UpVal next; // next open upvalue of the same coroutine, lower stack index

  UpVal(Coroutine thread, int index) {
    this.thread = thread;
    this.index = index;
  }

  /** A closed upvalue holding {@code v} (boxed form), for closures built outside the VM. */
  public static UpVal closedWith(Object v) {
    UpVal u = new UpVal(null, 0);
    u.set(v);
    return u;
  }

  /** The value in boxed form (numbers as Double). */
  public Object get() {
    Coroutine t = thread;
    if (t != null) {
      Object v = t.stack[index];
      return v == Values.NUM ? (Object) t.nums[index] : v;
    }
    return value == Values.NUM ? (Object) num : value;
  }

  /** Sets the value from boxed form. */
  public void set(Object v) {
    Coroutine t = thread;
    if (t != null) {
      t.setBoxed(index, v);
    } else if (v instanceof Double d) {
      value = Values.NUM;
      num = d;
    } else {
      value = v;
    }
  }

  void close() {
    Coroutine t = thread;
    value = t.stack[index];
    num = t.nums[index];
    thread = null;
  }
}
