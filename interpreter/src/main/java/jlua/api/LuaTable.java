package jlua.api;

import java.util.Arrays;

/**
 * A Lua table, laid out exactly as Lua 5.1's ltable.c lays it out, so that {@code #t} picks the same
 * border and {@code next}/{@code pairs} visit string and number keys in the same order as lua5.1.
 *
 * <p>Invariants:
 * <ul>
 *   <li>The array part holds keys 1..array.length. The hash part is a chained scatter table of
 *       2^k nodes ({@code nodeKeys/nodeValues/nodeNext}) with Brent's variation: a key lives in its
 *       main position unless that position is taken by a key that belongs there.
 *   <li>Main positions use 5.1's hash functions: numbers hash the two 32-bit halves of the double
 *       (0 and -0 to node 0), strings use 5.1's string hash, booleans 0/1, other values their
 *       (pseudo-)address.
 *   <li>A node whose value is nil keeps its key (so {@code next} stays valid while fields are cleared
 *       during a traversal); such a node is reused by a new key whose main position it is.
 *   <li>A new key that finds no free node triggers 5.1's rehash: the array part becomes the largest
 *       power of two n with more than n/2 slots in use, the hash part takes the rest.
 *   <li>A table with no hash part uses the shared "dummy node" state: {@code nodeKeys.length == 0}.
 *   <li>Numbers are stored as {@link Double}; nil is {@code null}.
 * </ul>
 */
public final class LuaTable extends LuaRef {
  private static final Object[] EMPTY = {};
  private static final int[] NO_NEXT = {};
  private static final int MAX_BITS = 26; // 5.1's MAXBITS: sizes are at most 2^26
  private static final int MAX_ARRAY_SIZE = 1 << MAX_BITS;

  Object[] array = EMPTY;
  /**
   * The result of length()'s binary search over the array part (when its last slot is nil), kept
   * until the array part is stored into or resized; -1 when unknown. Loops test {@code #t} often.
   */
  private int arrayBorder = -1;
  private Object[] nodeKeys = EMPTY;
  private Object[] nodeValues = EMPTY;
  private int[] nodeNext = NO_NEXT; // index of the next node in the chain, -1 at the end
  private int lastFree; // nodes at or above lastFree are known to be in use
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
    if (nhash > 0) allocateNodes(nhash);
  }

  @Override
  public String typeName() {
    return "table";
  }

  // ---- metatable -------------------------------------------------------------------------------

  public LuaTable getMetatable() {
    return metatable;
  }

  public void setMetatable(LuaTable mt) {
    metatable = mt;
    byte mode = 0;
    if (mt != null && jlua.vm.MetaOps.fromMetatable(mt, jlua.vm.MetaOps.TM_MODE) instanceof String s) {
      if (s.indexOf('k') >= 0) mode |= WEAK_KEYS;
      if (s.indexOf('v') >= 0) mode |= WEAK_VALUES;
    }
    if (mode != weakMode) changeWeakMode(mode);
  }

  // ---- the embedding view: Java values in, Lua values out -------------------------------------

  /** t[key] without metamethods, for Java callers: numeric keys of any Java type are accepted. */
  public Object get(Object key) {
    return rawget(jlua.vm.Values.fromJava(key));
  }

  /** t[key] = value without metamethods, converting Java values (Integer, Long, ...) to Lua values. */
  public void set(Object key, Object value) {
    rawset(jlua.vm.Values.fromJava(key), jlua.vm.Values.fromJava(value));
  }

  // ---- hashing (5.1's mainposition) -------------------------------------------------------------

  /**
   * Recently hashed strings. PUC Lua hashes a string once, when it is created; Java strings have no
   * room for our hash, so this two-way cache (indexed by a mix of Java's own cached hashCode, which
   * clusters for similar short strings, and matched by identity) keeps runtime-built keys from being
   * rehashed at every lookup. Entries are immutable, so racing writers are harmless.
   */
  private static final HashedString[] HASH_CACHE = new HashedString[8192];

  private record HashedString(String text, int hash) {}

  /** 5.1's string hash (luaS_hash): seeded with the length, sampling at most ~32 chars. */
  public static int stringHash(String s) {
    if (s.length() < 4) return computeStringHash(s); // as cheap as a cache probe
    int mixed = s.hashCode() * 0x9E3779B9;
    int slot = (mixed ^ (mixed >>> 15)) & (HASH_CACHE.length - 2);
    HashedString first = HASH_CACHE[slot];
    if (first != null && first.text == s) return first.hash;
    HashedString second = HASH_CACHE[slot + 1];
    if (second != null && second.text == s) return second.hash;
    int h = computeStringHash(s);
    HASH_CACHE[slot + 1] = first; // the older entry of the pair is the one replaced
    HASH_CACHE[slot] = new HashedString(s, h);
    return h;
  }

  private static int computeStringHash(String s) {
    int l = s.length();
    int h = l;
    int step = (l >> 5) + 1;
    for (int l1 = l; l1 >= step; l1 -= step) h ^= (h << 5) + (h >>> 2) + (s.charAt(l1 - 1) & 0xFF);
    return h;
  }

  private int mainPosition(Object key) {
    if (key instanceof Double d) return numberPosition(d);
    if (key instanceof String s) return stringHash(s) & (nodeKeys.length - 1);
    if (key instanceof Boolean b) return (b ? 1 : 0) & (nodeKeys.length - 1);
    return pointerPosition(key);
  }

  private int numberPosition(double n) {
    if (n == 0) return 0; // 0 and -0
    long bits = Double.doubleToRawLongBits(n);
    int sum = (int) bits + (int) (bits >>> 32);
    return Integer.remainderUnsigned(sum, (nodeKeys.length - 1) | 1);
  }

  private int pointerPosition(Object key) {
    int address = key instanceof LuaRef r ? (int) r.address() : System.identityHashCode(key);
    return Integer.remainderUnsigned(address, (nodeKeys.length - 1) | 1);
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** t[key] without metamethods; null is nil. */
  public Object rawget(Object key) {
    if (key instanceof Double d) return rawget(d.doubleValue());
    if (key instanceof String s) return rawget(s);
    if (key == null) return null;
    int n = findNode(key);
    return n < 0 ? null : live(nodeValues[n]);
  }

  /** t[n] without metamethods. */
  public Object rawget(double n) {
    int i = (int) n;
    if (i == n) return rawget(i);
    int node = findNumberNode(n);
    return node < 0 ? null : live(nodeValues[node]);
  }

  /** t[i] without metamethods. */
  public Object rawget(int i) {
    Object[] a = array;
    if (i - 1 >= 0 && i - 1 < a.length) {
      Object v = a[i - 1];
      return weakMode == 0 ? v : Weak.deref(v);
    }
    if (nodeKeys.length == 0) return null;
    int node = findNumberNode(i);
    return node < 0 ? null : live(nodeValues[node]);
  }

  /** t[s] without metamethods. */
  public Object rawget(String key) {
    return rawget(key, stringHash(key));
  }

  /** t[s] without metamethods, given s's precomputed {@link #stringHash} (constants cache it). */
  public Object rawget(String key, int hash) {
    Object[] keys = nodeKeys;
    if (keys.length == 0) return null;
    int n = hash & (keys.length - 1);
    do {
      Object k = keys[n];
      if (k == key || k instanceof String other && sameText(other, key)) return live(nodeValues[n]);
      n = nodeNext[n];
    } while (n >= 0);
    return null;
  }

  /**
   * Equal strings that are different objects (keys built at run time). Java caches each string's
   * hashCode, so colliding keys of a chain are told apart without comparing their characters.
   */
  private static boolean sameText(String a, String b) {
    return a.hashCode() == b.hashCode() && a.equals(b);
  }

  private Object live(Object stored) {
    return weakMode == 0 ? stored : Weak.deref(stored);
  }

  private int findNumberNode(double n) {
    if (nodeKeys.length == 0 || n != n) return -1;
    int node = numberPosition(n);
    do {
      if (nodeKeys[node] instanceof Double d && d == n) return node;
      node = nodeNext[node];
    } while (node >= 0);
    return -1;
  }

  /** The node holding {@code key} (any non-number, non-nil key), or -1. */
  private int findNode(Object key) {
    if (nodeKeys.length == 0) return -1;
    if (key instanceof Double d) return findNumberNode(d);
    int node = mainPosition(key);
    boolean weakKeys = (weakMode & WEAK_KEYS) != 0;
    do {
      Object k = nodeKeys[node];
      if (weakKeys) k = Weak.deref(k);
      if (k == key || (k instanceof String && k.equals(key)) || (k instanceof Boolean && k.equals(key))) {
        return node;
      }
      node = nodeNext[node];
    } while (node >= 0);
    return -1;
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * t[key] = value without metamethods.
   *
   * @throws LuaError "table index is nil" / "table index is NaN" (without position, as lua_rawset)
   */
  public void rawset(Object key, Object value) {
    if (key instanceof Double d) {
      rawset(d.doubleValue(), value);
    } else if (key instanceof String s) {
      rawset(s, value);
    } else {
      if (key == null) throw LuaError.raw("table index is nil");
      int n = findNode(key);
      if (n < 0) n = newKey(key);
      nodeValues[n] = wrapValue(value);
    }
  }

  public void rawset(double n, Object value) {
    int i = (int) n;
    if (i == n) {
      rawset(i, value);
      return;
    }
    if (n != n) throw LuaError.raw("table index is NaN");
    int node = findNumberNode(n);
    if (node < 0) node = newKey(n);
    nodeValues[node] = wrapValue(value);
  }

  public void rawset(int i, Object value) {
    Object[] a = array;
    if (i - 1 >= 0 && i - 1 < a.length) {
      a[i - 1] = weakMode == 0 ? value : Weak.wrapValue(value, weakMode);
      arrayBorder = -1;
      return;
    }
    int node = findNumberNode(i);
    if (node < 0) {
      node = newKey((double) i);
      if (node < 0) { // the rehash moved key i into the array part
        array[i - 1] = wrapValue(value);
        arrayBorder = -1;
        return;
      }
    }
    nodeValues[node] = wrapValue(value);
  }

  public void rawset(String key, Object value) {
    rawset(key, stringHash(key), value);
  }

  /** t[s] = value without metamethods, given s's precomputed {@link #stringHash}. */
  public void rawset(String key, int hash, Object value) {
    absentMetamethods = 0; // this table may be a metatable: forget cached "no __index" facts
    int n = -1;
    if (nodeKeys.length != 0) {
      n = hash & (nodeKeys.length - 1);
      do {
        Object k = nodeKeys[n];
        if (k == key || k instanceof String other && sameText(other, key)) break;
        n = nodeNext[n];
      } while (n >= 0);
    }
    if (n < 0) n = newKey(key);
    nodeValues[n] = wrapValue(value);
  }

  private Object wrapValue(Object value) {
    return weakMode == 0 ? value : Weak.wrapValue(value, weakMode);
  }

  /**
   * Inserts a key that is not present (5.1's newkey) and returns its node, or -1 when a rehash put an
   * integer key into the array part instead. Like 5.1, this happens even when the value is nil.
   */
  private int newKey(Object key) {
    int node = insertNode(key);
    if (node != NO_ROOM) return node;
    rehash(key);
    return insertAfterRehash(key);
  }

  private static final int NO_ROOM = -2;

  /**
   * 5.1's newkey up to its rehash: places a key that is not present in a node and returns it, or
   * NO_ROOM when no node is free. Kept apart from the rehash, which re-inserts through here, so the
   * JIT compiler does not inline the table's whole growth path into itself recursively.
   */
  private int insertNode(Object key) {
    if (nodeKeys.length == 0) return NO_ROOM;
    int mp = mainPosition(key);
    // a node with a nil value (or a collected weak key) is free for a key whose main position it is
    if (live(nodeValues[mp]) != null && liveKey(mp) != null) {
      int free = freePosition();
      if (free < 0) return NO_ROOM;
      int other = mainPosition(liveKey(mp));
      if (other != mp) { // the colliding node is out of its main position: move it to the free node
        while (nodeNext[other] != mp) other = nodeNext[other];
        nodeNext[other] = free;
        nodeKeys[free] = nodeKeys[mp];
        nodeValues[free] = nodeValues[mp];
        nodeNext[free] = nodeNext[mp];
        nodeNext[mp] = -1;
        nodeValues[mp] = null;
      } else { // the colliding node is in its main position: the new key goes to the free node
        nodeNext[free] = nodeNext[mp];
        nodeNext[mp] = free;
        mp = free;
      }
    }
    nodeKeys[mp] = (weakMode & WEAK_KEYS) != 0 ? Weak.wrapKey(key) : key;
    return mp;
  }

  /** After a rehash the (absent) key goes where luaH_set would put it: the array part or a new node. */
  private int insertAfterRehash(Object key) {
    if (key instanceof Double d) {
      int i = (int) d.doubleValue();
      if (i == d && i - 1 >= 0 && i - 1 < array.length) return -1;
    }
    int node = insertNode(key);
    return node != NO_ROOM ? node : newKey(key); // the rehash sized the table for it: not taken
  }

  /** 5.1's getfreepos: scans down from lastFree for a node with no key. */
  private int freePosition() {
    while (lastFree > 0) {
      lastFree--;
      if (nodeKeys[lastFree] == null) return lastFree;
    }
    return -1;
  }

  private Object liveKey(int node) {
    Object k = nodeKeys[node];
    return (weakMode & WEAK_KEYS) != 0 ? Weak.deref(k) : k;
  }

  // ---- 5.1's rehash ------------------------------------------------------------------------------

  private void rehash(Object newKey) {
    int[] counts = new int[MAX_BITS + 1]; // counts[b]: integer keys k with 2^(b-1) < k <= 2^b
    int arrayKeys = countArrayKeys(counts);
    int totalKeys = arrayKeys;
    for (int n = nodeKeys.length - 1; n >= 0; n--) {
      if (live(nodeValues[n]) == null) continue;
      Object k = liveKey(n);
      if (k == null) continue;
      arrayKeys += countInteger(k, counts);
      totalKeys++;
    }
    arrayKeys += countInteger(newKey, counts);
    totalKeys++;
    int[] sizes = computeSizes(counts, arrayKeys);
    resize(sizes[0], totalKeys - sizes[1]);
  }

  private int countArrayKeys(int[] counts) {
    int total = 0;
    int i = 1;
    for (int bit = 0, limit = 1; bit <= MAX_BITS; bit++, limit *= 2) {
      int last = limit;
      if (last > array.length) {
        last = array.length;
        if (i > last) break;
      }
      int inSlice = 0;
      for (; i <= last; i++) {
        if (live(array[i - 1]) != null) inSlice++;
      }
      counts[bit] += inSlice;
      total += inSlice;
    }
    return total;
  }

  private static int countInteger(Object key, int[] counts) {
    if (key instanceof Double d) {
      double n = d;
      int k = (int) n;
      if (k == n && k > 0 && k <= MAX_ARRAY_SIZE) {
        counts[ceilLog2(k)]++;
        return 1;
      }
    }
    return 0;
  }

  /** 5.1's computesizes: returns {array size, keys that go to the array part}. */
  private static int[] computeSizes(int[] counts, int integerKeys) {
    int a = 0;
    int inArray = 0;
    int size = 0;
    for (int bit = 0, twoToBit = 1; twoToBit / 2 < integerKeys; bit++, twoToBit *= 2) {
      if (counts[bit] > 0) {
        a += counts[bit];
        if (a > twoToBit / 2) {
          size = twoToBit;
          inArray = a;
        }
      }
      if (a == integerKeys) break;
    }
    return new int[] {size, inArray};
  }

  static int ceilLog2(int x) { // smallest b with 2^b >= x, for x >= 1
    return 32 - Integer.numberOfLeadingZeros(x - 1);
  }

  private void allocateNodes(int size) {
    if (size == 0) {
      nodeKeys = EMPTY;
      nodeValues = EMPTY;
      nodeNext = NO_NEXT;
      lastFree = 0;
      return;
    }
    int lsize = ceilLog2(size);
    if (lsize > MAX_BITS) throw new LuaError("table overflow");
    int n = 1 << lsize;
    nodeKeys = new Object[n];
    nodeValues = new Object[n];
    nodeNext = new int[n];
    Arrays.fill(nodeNext, -1);
    lastFree = n;
  }

  /** 5.1's resize: new part sizes, then the shrunk-away array tail and old nodes are re-inserted. */
  private void resize(int newArraySize, int newHashSize) {
    Object[] oldArray = array;
    Object[] oldKeys = nodeKeys;
    arrayBorder = -1;
    Object[] oldValues = nodeValues;
    if (newArraySize > oldArray.length) array = Arrays.copyOf(oldArray, newArraySize);
    allocateNodes(newHashSize);
    if (newArraySize < oldArray.length) {
      array = Arrays.copyOf(oldArray, newArraySize);
      for (int i = newArraySize; i < oldArray.length; i++) {
        if (live(oldArray[i]) != null) storeRaw((double) (i + 1), oldArray[i]);
      }
    }
    for (int n = oldKeys.length - 1; n >= 0; n--) {
      Object v = oldValues[n];
      if (live(v) == null) continue;
      Object k = (weakMode & WEAK_KEYS) != 0 ? Weak.deref(oldKeys[n]) : oldKeys[n];
      if (k != null) storeRaw(k, v);
    }
  }

  /**
   * Re-inserts an already stored (possibly weak-wrapped) value during a resize. The keys are distinct
   * and the new parts are sized for them all, so nothing is looked up and nothing grows.
   */
  private void storeRaw(Object key, Object storedValue) {
    if (key instanceof Double d) {
      int i = (int) d.doubleValue();
      if (i == d && i - 1 >= 0 && i - 1 < array.length) {
        array[i - 1] = storedValue;
        return;
      }
    }
    int node = insertNode(key);
    if (node == NO_ROOM) node = newKey(key); // not taken: the sizes leave room
    if (node < 0) {
      array[(int) ((Double) key).doubleValue() - 1] = storedValue;
      return;
    }
    nodeValues[node] = storedValue;
  }


  /** 5.1's luaH_resizearray (used by SETLIST): the array part gets exactly n slots. */
  public void ensureArray(int n) {
    if (n > array.length) resize(n, nodeKeys.length);
  }

  // ---- length: 5.1's border rule ---------------------------------------------------------------

  /** The length operator {@code #t} without metamethods: 5.1's luaH_getn. */
  public int length() {
    Object[] a = array;
    int j = a.length;
    if (j > 0 && live(a[j - 1]) == null) {
      if (arrayBorder >= 0) return arrayBorder;
      int i = 0; // binary search for a border inside the array part
      while (j - i > 1) {
        int m = (i + j) >>> 1;
        if (live(a[m - 1]) == null) j = m;
        else i = m;
      }
      if (weakMode == 0) arrayBorder = i; // weak slots can empty without a store
      return i;
    }
    if (nodeKeys.length == 0) return j;
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

  /** The largest positive number key with a non-nil value (table.maxn). */
  public double maxn() {
    double max = 0;
    for (int i = array.length; i > 0; i--) {
      if (live(array[i - 1]) != null) {
        max = i;
        break;
      }
    }
    for (int n = 0; n < nodeKeys.length; n++) {
      if (liveKey(n) instanceof Double d && live(nodeValues[n]) != null && d > max) max = d;
    }
    return max;
  }

  // ---- traversal ---------------------------------------------------------------------------------

  /**
   * The position after {@code key} in 5.1's traversal order (array part, then nodes), or -1 at the
   * end. Positions are 0..array.length-1 for the array and array.length+node for the hash part.
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
        int node = findNode(key);
        if (node < 0) throw LuaError.raw("invalid key to 'next'"); // raised inside next: no position
        start = array.length + node + 1;
      }
    }
    for (int i = start; i < array.length; i++) {
      if (live(array[i]) != null) return i;
    }
    for (int n = Math.max(0, start - array.length); n < nodeKeys.length; n++) {
      if (live(nodeValues[n]) != null && liveKey(n) != null) return array.length + n;
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
    if (position < array.length) return live(array[position]);
    return live(nodeValues[position - array.length]);
  }

  /** Number of slots of the array part. */
  public int arrayCapacity() {
    return array.length;
  }

  // ---- weak tables -------------------------------------------------------------------------------

  private void changeWeakMode(byte mode) {
    byte oldMode = weakMode;
    arrayBorder = -1;
    for (int i = 0; i < array.length; i++) {
      array[i] = Weak.rewrap(Weak.derefMode(array[i], oldMode), mode, false);
    }
    for (int n = 0; n < nodeKeys.length; n++) {
      if (nodeKeys[n] == null) continue;
      Object k = (oldMode & WEAK_KEYS) != 0 ? Weak.deref(nodeKeys[n]) : nodeKeys[n];
      nodeKeys[n] = k == null ? Weak.DEAD_KEY : Weak.rewrap(k, mode, true);
      nodeValues[n] = Weak.rewrap(Weak.derefMode(nodeValues[n], oldMode), mode, false);
    }
    weakMode = mode;
  }
}
