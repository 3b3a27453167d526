package jlua.api;

/**
 * A Lua table: an array part for keys 1..n and a hash part for every other key.
 *
 * <p>Invariants, as in Lua 5.1's ltable.c:
 * <ul>
 *   <li>The array part holds keys 1..array.length; any such key never lives in the hash part.
 *   <li>The sizes follow 5.1's rehash rule (array size = largest power of two n with more than n/2 of
 *       1..n in use; hash capacity = the remaining key count rounded up to a power of two), and a rehash
 *       happens exactly when 5.1's would: a new key arrives while the hash part is full. That makes
 *       {@code #t} give 5.1's border for tables with holes.
 *   <li>The hash part is open addressing with linear probing over {@code 2 * hashSize} slots, so probes
 *       stay short although 5.1's logical capacity may be completely full.
 *   <li>Assigning nil keeps the key in its slot (a dead key), so {@code next} stays valid while fields are
 *       cleared during a traversal; dead keys disappear at the next rehash.
 *   <li>Numbers are stored as {@link Double}; a key of -0 is stored as 0, and integral number keys are
 *       the same key whatever their double representation.
 * </ul>
 */
public final class LuaTable extends LuaRef {
  private static final Object[] EMPTY = {};
  private static final int MAX_ARRAY_BITS = 26; // as 5.1's MAXBITS: the array part never exceeds 2^26

  Object[] array = EMPTY;
  private Object[] hashKeys = EMPTY; // null = never used slot
  private Object[] hashValues = EMPTY; // null = nil (dead key when hashKeys[i] != null)
  private int hashSize; // 5.1's logical node count: 0 or a power of two
  private int hashUsed; // keys placed in the hash part since the last rehash, dead ones included
  private LuaTable metatable;
  /** Bit i set: metamethod i is known to be absent from this table (when used as a metatable). */
  public byte absentMetamethods;
  private byte weakMode; // WEAK_KEYS | WEAK_VALUES when the metatable's __mode asks for it

  static final byte WEAK_KEYS = 1;
  static final byte WEAK_VALUES = 2;

  public LuaTable() {}

  /** A table presized like 5.1's {@code lua_createtable(narray, nhash)}. */
  public LuaTable(int narray, int nhash) {
    if (narray > 0) array = new Object[narray];
    if (nhash > 0) allocateHash(ceilPowerOfTwo(nhash));
  }

  // ---- metatable -------------------------------------------------------------------------------

  public LuaTable getMetatable() {
    return metatable;
  }

  public void setMetatable(LuaTable mt) {
    metatable = mt;
    byte mode = 0;
    if (mt != null && mt.rawget("__mode") instanceof String s) {
      if (s.indexOf('k') >= 0) mode |= WEAK_KEYS;
      if (s.indexOf('v') >= 0) mode |= WEAK_VALUES;
    }
    if (mode != weakMode) changeWeakMode(mode);
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** t[key] without metamethods; null is nil. */
  public Object rawget(Object key) {
    if (key instanceof Double d) return rawget(d.doubleValue());
    if (key instanceof String s) return rawget(s);
    if (key == null) return null;
    return hashGet(key);
  }

  /** t[n] without metamethods. */
  public Object rawget(double n) {
    int i = (int) n;
    if (i == n) return rawget(i);
    return Double.isNaN(n) ? null : hashGetNumber(n);
  }

  /** t[i] without metamethods. */
  public Object rawget(int i) {
    Object[] a = array;
    if (i - 1 >= 0 && i - 1 < a.length) {
      Object v = a[i - 1];
      return weakMode == 0 ? v : Weak.deref(v);
    }
    if (hashSize == 0) return null;
    return hashGetNumber(i);
  }

  private Object hashGetNumber(double n) {
    int slot = findNumberSlot(n);
    if (slot < 0) return null;
    Object v = hashValues[slot];
    return weakMode == 0 ? v : Weak.deref(v);
  }

  /** t[s] without metamethods. */
  public Object rawget(String key) {
    Object[] keys = hashKeys;
    if (keys.length == 0) return null;
    int mask = keys.length - 1;
    for (int slot = mix(key.hashCode()) & mask; ; slot = slot + 1 & mask) {
      Object k = keys[slot];
      if (k == null) return null;
      if (k == key || k instanceof String && key.equals(k)) {
        Object v = hashValues[slot];
        return weakMode == 0 ? v : Weak.deref(v);
      }
    }
  }

  private Object hashGet(Object key) {
    int slot = findSlot(key);
    if (slot < 0) return null;
    Object v = hashValues[slot];
    return weakMode == 0 ? v : Weak.deref(v);
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * t[key] = value without metamethods.
   *
   * @throws LuaError for a nil or NaN key, worded as 5.1 does
   */
  public void rawset(Object key, Object value) {
    if (key instanceof Double d) {
      rawset(d.doubleValue(), value);
    } else if (key instanceof String s) {
      rawset(s, value);
    } else {
      if (key == null) throw new LuaError("table index is nil");
      hashSet(key, value);
    }
  }

  public void rawset(double n, Object value) {
    int i = (int) n;
    if (i == n) {
      rawset(i, value);
    } else {
      if (Double.isNaN(n)) throw new LuaError("table index is NaN");
      hashSet(Double.valueOf(n), value);
    }
  }

  public void rawset(int i, Object value) {
    Object[] a = array;
    if (i - 1 >= 0 && i - 1 < a.length) {
      a[i - 1] = weakMode == 0 ? value : Weak.wrapValue(value, weakMode);
    } else {
      hashSet(Double.valueOf(i), value); // (double) i: an int key 0 is stored as +0
    }
  }

  public void rawset(String key, Object value) {
    absentMetamethods = 0; // this table may be a metatable: forget cached "no __index" facts
    hashSet(key, value);
  }

  private void hashSet(Object key, Object value) {
    int slot = findSlot(key);
    if (slot >= 0) {
      hashValues[slot] = wrap(value);
      return;
    }
    if (value == null) return; // assigning nil to an absent key changes nothing
    if (hashUsed >= hashSize) {
      rehash(key);
      if (key instanceof Double d) { // the rehash may have made room for it in the array part
        int i = (int) d.doubleValue();
        if (i == d && i - 1 >= 0 && i - 1 < array.length) {
          array[i - 1] = weakMode == 0 ? value : Weak.wrapValue(value, weakMode);
          return;
        }
      }
    }
    insertNew(key, value);
  }

  private Object wrap(Object value) {
    return weakMode == 0 ? value : Weak.wrapValue(value, weakMode);
  }

  private void insertNew(Object key, Object value) {
    Object[] keys = hashKeys;
    int mask = keys.length - 1;
    int slot = hashOf(key) & mask;
    while (keys[slot] != null) slot = slot + 1 & mask;
    keys[slot] = (weakMode & WEAK_KEYS) != 0 ? Weak.wrapKey(key) : key;
    hashValues[slot] = wrap(value);
    hashUsed++;
  }

  /** The slot holding {@code key} (live or dead), or -1. */
  private int findSlot(Object key) {
    Object[] keys = hashKeys;
    if (keys.length == 0) return -1;
    int mask = keys.length - 1;
    if (key instanceof Double d) return findNumberSlot(d);
    boolean weakKeys = (weakMode & WEAK_KEYS) != 0;
    for (int slot = hashOf(key) & mask; ; slot = slot + 1 & mask) {
      Object k = keys[slot];
      if (k == null) return -1;
      if (weakKeys) k = Weak.deref(k);
      if (k == key || (k instanceof String && k.equals(key)) || (k instanceof Boolean && k.equals(key))) {
        return slot;
      }
    }
  }

  private int findNumberSlot(double n) {
    Object[] keys = hashKeys;
    if (keys.length == 0) return -1;
    int mask = keys.length - 1;
    for (int slot = numberHash(n) & mask; ; slot = slot + 1 & mask) {
      Object k = keys[slot];
      if (k == null) return -1;
      if (k instanceof Double kd && kd == n) return slot; // -0 == 0: one key
    }
  }

  private static int numberHash(double n) {
    int i = (int) n;
    return mix(i == n ? i : Double.hashCode(n));
  }

  static int hashOf(Object key) {
    int h;
    if (key instanceof Double d) {
      return numberHash(d);
    } else if (key instanceof String || key instanceof Boolean) {
      h = key.hashCode();
    } else {
      h = System.identityHashCode(key);
    }
    return mix(h);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  // ---- 5.1's rehash: choose the array size that keeps more than half of it in use -------------

  private void rehash(Object newKey) {
    int[] counts = new int[MAX_ARRAY_BITS + 1]; // counts[b]: integer keys k with 2^(b-1) < k <= 2^b
    int arrayKeys = countArrayKeys(counts);
    int totalKeys = arrayKeys;
    int[] hashTotals = countHashKeys(counts);
    arrayKeys += hashTotals[0];
    totalKeys += hashTotals[1];
    if (integerKey(newKey) > 0) {
      counts[ceilLog2(integerKey(newKey))]++;
      arrayKeys++;
    }
    totalKeys++;
    int[] sizes = computeArraySize(counts, arrayKeys);
    resize(sizes[0], totalKeys - sizes[1]);
  }

  private int countArrayKeys(int[] counts) {
    int total = 0;
    int i = 1;
    for (int bit = 0, limit = 1; bit <= MAX_ARRAY_BITS; bit++, limit *= 2) {
      int inSlice = 0;
      int last = Math.min(limit, array.length);
      for (; i <= last; i++) {
        if (liveValue(array[i - 1]) != null) inSlice++;
      }
      counts[bit] += inSlice;
      total += inSlice;
      if (last == array.length) break;
    }
    return total;
  }

  /** Returns {integer keys that could go to the array part, all live keys} of the hash part. */
  private int[] countHashKeys(int[] counts) {
    int integers = 0;
    int total = 0;
    for (int slot = 0; slot < hashKeys.length; slot++) {
      Object k = hashKeys[slot];
      if (k == null || liveValue(hashValues[slot]) == null) continue;
      if ((weakMode & WEAK_KEYS) != 0 && Weak.deref(k) == null) continue;
      total++;
      int ik = integerKey(k);
      if (ik > 0) {
        counts[ceilLog2(ik)]++;
        integers++;
      }
    }
    return new int[] {integers, total};
  }

  private Object liveValue(Object v) {
    return weakMode == 0 ? v : Weak.deref(v);
  }

  /** Returns {optimal array size, number of keys that will live in it}. */
  private static int[] computeArraySize(int[] counts, int integerKeys) {
    int accumulated = 0;
    int inArray = 0;
    int size = 0;
    for (int bit = 0, twoToBit = 1; bit <= MAX_ARRAY_BITS && twoToBit / 2 < integerKeys; bit++, twoToBit *= 2) {
      if (counts[bit] > 0) {
        accumulated += counts[bit];
        if (accumulated > twoToBit / 2) {
          size = twoToBit;
          inArray = accumulated;
        }
      }
    }
    return new int[] {size, inArray};
  }

  private static int integerKey(Object key) {
    if (key instanceof Double d) {
      double n = d;
      int i = (int) n;
      if (i == n && i >= 1 && i <= 1 << MAX_ARRAY_BITS) return i;
    }
    return 0;
  }

  static int ceilLog2(int x) { // smallest b with 2^b >= x, for x >= 1
    return 32 - Integer.numberOfLeadingZeros(x - 1);
  }

  private static int ceilPowerOfTwo(int n) {
    return n <= 1 ? 1 : 1 << ceilLog2(n);
  }

  /** Gives the table exactly these part sizes, moving every live entry (5.1's luaH_resize). */
  void resize(int newArraySize, int newHashCount) {
    Object[] oldArray = array;
    Object[] oldKeys = hashKeys;
    Object[] oldValues = hashValues;
    array = newArraySize == 0 ? EMPTY : java.util.Arrays.copyOf(oldArray, newArraySize);
    allocateHash(newHashCount <= 0 ? 0 : ceilPowerOfTwo(newHashCount));
    for (int i = newArraySize; i < oldArray.length; i++) { // shrinking: re-insert the cut-off tail
      if (liveValue(oldArray[i]) != null) rawsetUnwrapped(i + 1, oldArray[i]);
    }
    for (int slot = 0; slot < oldKeys.length; slot++) {
      Object k = oldKeys[slot];
      Object v = oldValues[slot];
      if (k == null || liveValue(v) == null) continue;
      if ((weakMode & WEAK_KEYS) != 0) {
        k = Weak.deref(k);
        if (k == null) continue;
      }
      int ik = integerKey(k);
      if (ik > 0 && ik <= array.length) {
        array[ik - 1] = v;
      } else {
        reinsert(k, v);
      }
    }
  }

  private void rawsetUnwrapped(int i, Object storedValue) {
    reinsert(Double.valueOf(i), storedValue);
  }

  /** Inserts an entry during a resize: the capacity is known to suffice; values stay as stored. */
  private void reinsert(Object key, Object storedValue) {
    Object[] keys = hashKeys;
    int mask = keys.length - 1;
    int slot = hashOf(key) & mask;
    while (keys[slot] != null) slot = slot + 1 & mask;
    keys[slot] = (weakMode & WEAK_KEYS) != 0 ? Weak.wrapKey(key) : key;
    hashValues[slot] = storedValue;
    hashUsed++;
  }

  private void allocateHash(int logicalSize) {
    hashSize = logicalSize;
    hashUsed = 0;
    if (logicalSize == 0) {
      hashKeys = EMPTY;
      hashValues = EMPTY;
    } else {
      hashKeys = new Object[logicalSize * 2];
      hashValues = new Object[logicalSize * 2];
    }
  }

  /** Grows the array part to at least {@code n} slots (5.1's luaH_resizearray, used by SETLIST). */
  public void ensureArray(int n) {
    if (n > array.length) resize(n, liveHashCount());
  }

  private int liveHashCount() {
    int total = 0;
    for (int slot = 0; slot < hashKeys.length; slot++) {
      if (hashKeys[slot] != null && liveValue(hashValues[slot]) != null) total++;
    }
    return total;
  }

  // ---- length: 5.1's border rule ---------------------------------------------------------------

  /** The length operator {@code #t} without metamethods: a border, chosen as 5.1's luaH_getn does. */
  public int length() {
    Object[] a = array;
    int j = a.length;
    if (j > 0 && liveValue(a[j - 1]) == null) {
      int i = 0; // binary search for a border inside the array part
      while (j - i > 1) {
        int m = (i + j) >>> 1;
        if (liveValue(a[m - 1]) == null) j = m;
        else i = m;
      }
      return i;
    }
    if (hashSize == 0) return j;
    return unboundSearch(j);
  }

  private int unboundSearch(int j) {
    long i = j;
    long hi = j + 1L;
    while (rawget((double) hi) != null) {
      i = hi;
      hi *= 2;
      if (hi > Integer.MAX_VALUE) { // pathological table: linear search, as 5.1 does
        int k = 1;
        while (rawget(k) != null) k++;
        return k - 1;
      }
    }
    while (hi - i > 1) {
      long m = (i + hi) / 2;
      if (rawget((double) m) == null) hi = m;
      else i = m;
    }
    return (int) i;
  }

  /** The largest positive integer key with a non-nil value (table.maxn). */
  public double maxn() {
    double max = 0;
    for (int i = array.length; i > 0; i--) {
      if (liveValue(array[i - 1]) != null) {
        max = i;
        break;
      }
    }
    for (int slot = 0; slot < hashKeys.length; slot++) {
      Object k = liveKey(slot);
      if (k instanceof Double d && liveValue(hashValues[slot]) != null && d > max) max = d;
    }
    return max;
  }

  // ---- traversal ---------------------------------------------------------------------------------

  /**
   * The position after {@code key} in traversal order (array part, then hash slots), or -1 at the end.
   * Positions are 0..array.length-1 for the array and array.length+slot for the hash part.
   *
   * @throws LuaError "invalid key to 'next'" when key is not in the table
   */
  public int nextPosition(Object key) {
    int start;
    if (key == null) {
      start = 0;
    } else {
      int ik = key instanceof Double d && d == (int) d.doubleValue() ? (int) d.doubleValue() : 0;
      if (ik >= 1 && ik <= array.length) {
        start = ik;
      } else {
        int slot = findSlot(key);
        if (slot < 0) throw new LuaError("invalid key to 'next'");
        start = array.length + slot + 1;
      }
    }
    for (int i = start; i < array.length; i++) {
      if (liveValue(array[i]) != null) return i;
    }
    for (int slot = Math.max(0, start - array.length); slot < hashKeys.length; slot++) {
      if (hashKeys[slot] != null && liveValue(hashValues[slot]) != null && liveKey(slot) != null) {
        return array.length + slot;
      }
    }
    return -1;
  }

  /** The key at a traversal position returned by {@link #nextPosition}. */
  public Object keyAt(int position) {
    if (position < array.length) return Double.valueOf(position + 1);
    return liveKey(position - array.length);
  }

  /** The value at a traversal position returned by {@link #nextPosition}. */
  public Object valueAt(int position) {
    if (position < array.length) return liveValue(array[position]);
    return liveValue(hashValues[position - array.length]);
  }

  private Object liveKey(int slot) {
    Object k = hashKeys[slot];
    return (weakMode & WEAK_KEYS) != 0 ? Weak.deref(k) : k;
  }

  /** Number of slots of the array part (for presizing decisions and the debug view). */
  public int arrayCapacity() {
    return array.length;
  }

  // ---- weak tables -------------------------------------------------------------------------------

  private void changeWeakMode(byte mode) {
    Object[] oldArray = array;
    Object[] oldKeys = hashKeys;
    Object[] oldValues = hashValues;
    byte oldMode = weakMode;
    for (int i = 0; i < oldArray.length; i++) {
      oldArray[i] = Weak.rewrap(Weak.derefMode(oldArray[i], oldMode), mode, false);
    }
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] == null) continue;
      Object k = (oldMode & WEAK_KEYS) != 0 ? Weak.deref(oldKeys[slot]) : oldKeys[slot];
      oldKeys[slot] = k == null ? Weak.DEAD_KEY : Weak.rewrap(k, mode, true);
      oldValues[slot] = Weak.rewrap(Weak.derefMode(oldValues[slot], oldMode), mode, false);
    }
    weakMode = mode;
  }

  @Override
  public String typeName() {
    return "table";
  }
}
