package jlua.lib;

import jlua.api.LuaError;

/**
 * A Lua 5.1 pattern (reference manual §5.4.1) matched against one subject string: the engine behind
 * find, match, gmatch and gsub.
 *
 * <p>The pattern is interpreted as written, left to right, like 5.1's matcher, so its errors surface at
 * the same moment (a malformed item is only reported once the matcher reaches it) and its backtracking
 * order, hence every result, is the same. Unlike 5.1 it never recurses: the alternatives left to try
 * live on an explicit stack of choice points, one per quantified item ({@code ? * + -}) on the current
 * path. Since a path visits each pattern position at most once, that stack is bounded by the pattern's
 * length, and capture changes are undone from a trail bounded by twice {@link #MAX_CAPTURES}.
 *
 * <p>Work is bounded two ways. Without back-references, whether the rest of a pattern matches from a
 * subject position does not depend on how it was reached, so once a match has backtracked a lot the
 * matcher starts remembering which (quantified item, position) states failed, and never explores them
 * again: this turns 5.1's quadratic scans such as {@code ("a"):rep(1e5):match(".-b")} into linear ones.
 * Exponential searches that memory cannot tame end with 5.2's error "pattern too complex" after
 * {@link #BACKTRACK_BUDGET} backtracking steps in one match attempt (5.1 would run for hours or crash
 * its C stack).
 *
 * <p>Invariant: a 5.1 pattern ends at its first NUL byte, so {@code pat} holds the pattern up to there
 * followed by NUL padding; reading {@code pat[p]} as 0 means "end of pattern".
 */
final class LuaPattern {
  static final int MAX_CAPTURES = 32; // LUA_MAXCAPTURES
  static final int CAP_UNFINISHED = -1;
  static final int CAP_POSITION = -2;

  /** Backtracking steps one match attempt may take before "pattern too complex". */
  static final long BACKTRACK_BUDGET = 200_000_000L;
  /** Memory the failure memo may use, in 64-bit words (32 MB). */
  private static final long MEMO_WORD_LIMIT = 4L << 20;
  private static final String SPECIALS = "^$*+?.([%-";

  // choice-point kinds; a choice point is {kind, p, ep, start, cur, top, trailHeight, next literal}
  private static final int QUEST = 0; // x? whose "with x" branch is running
  private static final int QUEST_LAST = 1; // x? whose "without x" branch is running
  private static final int STAR = 2; // x* / x+ trying cur = top, top-1, ..., start
  private static final int MIN = 3; // x- trying cur = start, start+1, ...
  private static final int CP_SIZE = 8;

  final String src;
  final int n;
  private final char[] pat;
  private final boolean memoAllowed; // no back-references: failures depend on (item, position) only

  private int level; // captures opened so far
  private final int[] capInit = new int[MAX_CAPTURES];
  private final int[] capLen = new int[MAX_CAPTURES];
  private final int[] trail = new int[2 * MAX_CAPTURES]; // undo log: l >= 0 reopens l, -L-1 sets level L
  private int trailTop;
  private int[] cps = new int[8 * CP_SIZE];
  private int sp; // choice points in use (times CP_SIZE)

  private long steps; // backtracking steps over the life of this matcher
  private long scanned; // characters skipped over by runs and literal searches, likewise
  private long memoThreshold; // steps + scanned beyond which the memo starts
  private boolean memoOn;
  private int[] memoSlot; // pattern position -> row of memo, or -1
  private long[][] memoRows;
  private int memoRowCount;
  private long memoWords;

  LuaPattern(String src, String pattern) {
    this.src = src;
    this.n = src.length();
    int end = pattern.indexOf('\0');
    if (end < 0) end = pattern.length();
    this.pat = new char[end + 4];
    pattern.getChars(0, end, pat, 0);
    this.memoAllowed = !hasBackReference(pat);
    this.memoThreshold = 2L * n + 10_000;
  }

  /** Starts remembering failed states at once instead of after much backtracking (for tests). */
  LuaPattern memoFromStart() {
    memoThreshold = -1;
    return this;
  }

  /** Whether a find pattern has none of 5.1's special characters (up to its first NUL): a plain search. */
  static boolean isPlain(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == 0) break;
      if (SPECIALS.indexOf(c) >= 0) return false;
    }
    return true;
  }

  /** Whether the pattern starts with '^' (find, match and gsub anchor; gmatch reads it literally). */
  boolean anchored() {
    return pat[0] == '^';
  }

  /**
   * The first position at or after {@code from} where a match starting at pattern position {@code p}
   * may begin, or -1 when none can: when the pattern starts with a plain character, only where that
   * character occurs.
   */
  int nextCandidate(int from, int p) {
    int item = leadingItem(p);
    if (item < 0) return from;
    if (from >= n) return -1;
    int c = literalAt(item);
    if (c >= 0) return src.indexOf(c, from);
    int ep = leadingItemEnd;
    for (int s = from; s < n; s++) {
      if (singleMatch(src.charAt(s), item, ep)) return s;
    }
    return -1;
  }

  private int leadingItemFrom = -1; // the pattern position leadingItem was worked out for
  private int leadingItem;
  private int leadingItemEnd;

  /**
   * The single-character item every match from pattern position p must match first (after any
   * opening captures), unquantified or with '+', or -1. A start position where it does not match
   * fails there in 5.1 too, before any later item could raise an error, so skipping it is unseen.
   */
  private int leadingItem(int p) {
    if (leadingItemFrom == p) return leadingItem;
    leadingItemFrom = p;
    leadingItem = -1;
    int q = p;
    for (int opened = 0; pat[q] == '('; opened++) {
      if (opened == MAX_CAPTURES) return -1; // match reports "too many captures" wherever it starts
      q += pat[q + 1] == ')' ? 2 : 1;
    }
    char c = pat[q];
    char next = pat[q + 1];
    if (c == 0 || c == ')' || c == '(' || (c == '$' && next == 0)) return -1;
    if (c == '%' && (next == 'b' || next == 'f' || next == 0 || isDigit(next))) return -1;
    int ep;
    try {
      ep = classEnd(q);
    } catch (LuaError malformed) {
      return -1; // match raises it at the first start position, as 5.1 does
    }
    char quantifier = pat[ep];
    if (quantifier == '?' || quantifier == '*' || quantifier == '-') return -1;
    leadingItemEnd = ep;
    leadingItem = q;
    return q;
  }

  // ---- the matcher -----------------------------------------------------------------------------

  /**
   * Matches the pattern from position p against the subject from position s (both 0-based) and
   * returns the end of the match, or -1. Captures are left in this object.
   */
  int match(int s, int p) {
    level = 0;
    trailTop = 0;
    sp = 0;
    long budget = steps + BACKTRACK_BUDGET;
    for (;;) {
      advance:
      {
        switch (pat[p]) {
          case '(':
            if (level >= MAX_CAPTURES) throw new LuaError("too many captures");
            capInit[level] = s;
            if (pat[p + 1] == ')') {
              capLen[level] = CAP_POSITION;
              p += 2;
            } else {
              capLen[level] = CAP_UNFINISHED;
              p++;
            }
            trail[trailTop++] = -level - 1;
            level++;
            continue;
          case ')': {
            int l = captureToClose();
            capLen[l] = s - capInit[l];
            trail[trailTop++] = l;
            p++;
            continue;
          }
          case 0:
            return s;
          case '$':
            if (pat[p + 1] == 0) {
              if (s == n) return s;
              break advance;
            }
            break; // a literal '$'
          case '%':
            switch (pat[p + 1]) {
              case 'b':
                s = matchBalance(s, p + 2);
                if (s < 0) break advance;
                p += 4;
                continue;
              case 'f': {
                p += 2;
                if (pat[p] != '[') throw new LuaError("missing '[' after '%f' in pattern");
                int ep = classEnd(p);
                int previous = s == 0 ? 0 : src.charAt(s - 1);
                int current = s < n ? src.charAt(s) : 0;
                if (matchBracket(previous, p, ep - 1) || !matchBracket(current, p, ep - 1)) break advance;
                p = ep;
                continue;
              }
              default:
                if (isDigit(pat[p + 1])) {
                  s = matchBackReference(s, pat[p + 1]);
                  if (s < 0) break advance;
                  p += 2;
                  continue;
                }
                break; // a class such as %a
            }
            break;
          default:
            break;
        }
        // a single-character item, perhaps quantified
        int ep = classEnd(p);
        boolean m = s < n && singleMatch(src.charAt(s), p, ep);
        switch (pat[ep]) {
          case '?':
            if (m) {
              if (memoOn && memoFailed(p, s)) break advance;
              push(QUEST, p, ep, s, s, -1);
              s++;
            }
            p = ep + 1;
            continue;
          case '+':
            if (!m) break advance;
            s = expand(s + 1, p, ep);
            if (s < 0) break advance;
            p = ep + 1;
            continue;
          case '*':
            s = expand(s, p, ep);
            if (s < 0) break advance;
            p = ep + 1;
            continue;
          case '-': {
            if (memoOn && memoFailed(p, s)) break advance;
            int lit = literalAt(ep + 1);
            int cur = minNext(s, p, ep, lit);
            if (cur < 0) {
              if (memoOn) memoMark(p, s, -cur - 1);
              break advance;
            }
            push(MIN, p, ep, s, cur, lit);
            s = cur;
            p = ep + 1;
            continue;
          }
          default:
            if (!m) break advance;
            s++;
            p = ep;
            continue;
        }
      }
      // the current path failed: resume the most recent choice point that has an alternative left
      for (;;) {
        if (sp == 0) return -1;
        if (++steps > budget) throw new LuaError("pattern too complex");
        if (!memoOn && steps + scanned > memoThreshold) startMemo();
        int[] c = cps;
        int top = sp - CP_SIZE;
        undoTo(c[top + 6]);
        int kind = c[top];
        int ip = c[top + 1];
        int ep = c[top + 2];
        int start = c[top + 3];
        int cur = c[top + 4];
        if (kind == QUEST) {
          if (memoOn) c[top] = QUEST_LAST;
          else sp = top;
          s = start;
          p = ep + 1;
          break;
        } else if (kind == STAR) {
          cur = starNext(cur - 1, start, c[top + 7]);
          if (cur >= 0) {
            c[top + 4] = cur;
            s = cur;
            p = ep + 1;
            break;
          }
          if (memoOn) memoMark(ip, start, c[top + 5]);
        } else if (kind == MIN) {
          if (cur < n && singleMatch(src.charAt(cur), ip, ep)) {
            cur = minNext(cur + 1, ip, ep, c[top + 7]);
            if (cur >= 0 && !(memoOn && memoFailed(ip, cur))) { // a known failure at cur covers the rest
              c[top + 4] = cur;
              s = cur;
              p = ep + 1;
              break;
            }
            cur = cur >= 0 ? cur : -cur - 1;
          }
          if (memoOn) memoMark(ip, start, cur);
        } else if (memoOn) { // QUEST_LAST: both branches failed
          memoMark(ip, start, start);
        }
        sp = top;
      }
    }
  }

  /**
   * x* from s (x+ after its first x): takes the longest run, leaving a choice point to give it back one
   * character at a time; returns the end of the run, or -1 when the state is known to fail.
   */
  private int expand(int s, int p, int ep) {
    if (memoOn && memoFailed(p, s)) return -1;
    int e = s;
    if (memoOn) {
      // a state (p, e) known to fail covers every alternative from e on: stop the run before it
      while (e < n && singleMatch(src.charAt(e), p, ep)) {
        if (memoFailed(p, ++e)) {
          e--;
          break;
        }
      }
    } else if (pat[p] == '.') {
      e = n;
    } else {
      while (e < n && singleMatch(src.charAt(e), p, ep)) e++;
    }
    int lit = literalAt(ep + 1);
    work(e - s);
    int cur = starNext(e, s, lit);
    if (cur < 0) {
      if (memoOn) memoMark(p, s, e);
      return -1;
    }
    push(STAR, p, ep, s, cur, e, lit);
    return cur;
  }

  /**
   * The next alternative of a x* choice point at or below {@code cur} (and at or above {@code start}),
   * or -1: when the rest of the pattern starts with the plain character {@code lit}, only the positions
   * holding it.
   */
  private int starNext(int cur, int start, int lit) {
    if (lit >= 0 && cur >= start) {
      int at = src.lastIndexOf(lit, Math.min(cur, n - 1));
      work(cur - Math.max(at, start));
      cur = at;
    }
    return cur >= start ? cur : -1;
  }

  /**
   * The next alternative of a x- choice point from {@code cur} on, or -(stop + 1) when none is left (the
   * run of x ended at stop); like starNext it skips positions where a plain character {@code lit} that
   * must come next is absent.
   */
  private int minNext(int cur, int p, int ep, int lit) {
    if (lit < 0) return cur;
    int from = cur;
    if (pat[p] == '.') {
      int at = cur < n ? src.indexOf(lit, cur) : -1;
      cur = at >= 0 ? at : n;
    } else {
      while (cur < n && src.charAt(cur) != lit && singleMatch(src.charAt(cur), p, ep)) cur++;
    }
    work(cur - from);
    return cur < n && src.charAt(cur) == lit ? cur : -cur - 1;
  }

  /** Counts scanning work, so that repeated long scans also switch the memo on. */
  private void work(int characters) {
    scanned += characters;
    if (!memoOn && steps + scanned > memoThreshold) startMemo();
  }

  /**
   * The character that a match from p must start with when the item there is a plain character that
   * must occur once (so that a position without it fails at once, without side effects), else -1.
   */
  private int literalAt(int p) {
    char c = pat[p];
    switch (c) {
      case 0, '(', ')', '%', '.', '[':
        return -1;
      case '$':
        if (pat[p + 1] == 0) return -1;
        break;
      default:
        break;
    }
    char q = pat[p + 1];
    return q == '?' || q == '*' || q == '-' ? -1 : c;
  }

  private void push(int kind, int p, int ep, int start, int cur, int lit) {
    push(kind, p, ep, start, cur, cur, lit);
  }

  private void push(int kind, int p, int ep, int start, int cur, int top, int lit) {
    if (sp + CP_SIZE > cps.length) cps = java.util.Arrays.copyOf(cps, cps.length * 2);
    int[] c = cps;
    int i = sp;
    c[i] = kind;
    c[i + 1] = p;
    c[i + 2] = ep;
    c[i + 3] = start;
    c[i + 4] = cur;
    c[i + 5] = top;
    c[i + 6] = trailTop;
    c[i + 7] = lit;
    sp = i + CP_SIZE;
  }

  /** Restores the captures to what they were when the trail had {@code height} entries. */
  private void undoTo(int height) {
    while (trailTop > height) {
      int t = trail[--trailTop];
      if (t >= 0) capLen[t] = CAP_UNFINISHED;
      else level = -t - 1;
    }
  }

  private int captureToClose() {
    for (int l = level - 1; l >= 0; l--) {
      if (capLen[l] == CAP_UNFINISHED) return l;
    }
    throw new LuaError("invalid pattern capture");
  }

  /** %b xy at s: the end of the balanced run, or -1. */
  private int matchBalance(int s, int p) {
    char open = pat[p];
    char close = pat[p + 1];
    if (open == 0 || close == 0) throw new LuaError("unbalanced pattern");
    if (s >= n || src.charAt(s) != open) return -1;
    int depth = 1;
    while (++s < n) {
      char c = src.charAt(s);
      if (c == close) {
        if (--depth == 0) return s + 1;
      } else if (c == open) {
        depth++;
      }
    }
    return -1;
  }

  /** %1-%9 at s: the end of the repeated text, or -1. */
  private int matchBackReference(int s, char digit) {
    int l = checkCapture(digit);
    int len = capLen[l];
    if (len == CAP_POSITION) return -1; // 5.1 compares a huge unsigned length: never matches
    if (n - s >= len && src.regionMatches(capInit[l], src, s, len)) return s + len;
    return -1;
  }

  private int checkCapture(char digit) {
    int l = digit - '1';
    if (l < 0 || l >= level || capLen[l] == CAP_UNFINISHED) throw new LuaError("invalid capture index");
    return l;
  }

  // ---- single-character classes ----------------------------------------------------------------

  /** The position just after the single-character class at p (a char, %x, . or a [set]). */
  private int classEnd(int p) {
    char c = pat[p++];
    if (c == '%') {
      if (pat[p] == 0) throw new LuaError("malformed pattern (ends with '%')");
      return p + 1;
    }
    if (c == '[') {
      if (pat[p] == '^') p++;
      do { // the first ']' of a set is a member, not its end
        if (pat[p] == 0) throw new LuaError("malformed pattern (missing ']')");
        if (pat[p++] == '%' && pat[p] != 0) p++;
      } while (pat[p] != ']');
      return p + 1;
    }
    return p;
  }

  /** Whether byte c matches the class that spans p..ep-1. */
  private boolean singleMatch(int c, int p, int ep) {
    switch (pat[p]) {
      case '.':
        return true;
      case '%':
        return CharClass.matches(c, pat[p + 1]);
      case '[':
        return matchBracket(c, p, ep - 1);
      default:
        return pat[p] == c;
    }
  }

  /** Whether byte c is in the set [ ... ] from p (the '[') to end (the ']'). */
  private boolean matchBracket(int c, int p, int end) {
    boolean member = true;
    if (pat[p + 1] == '^') {
      member = false;
      p++;
    }
    while (++p < end) {
      char x = pat[p];
      if (x == '%') {
        p++;
        if (CharClass.matches(c, pat[p])) return member;
      } else if (pat[p + 1] == '-' && p + 2 < end) {
        p += 2;
        if (x <= c && c <= pat[p]) return member;
      } else if (x == c) {
        return member;
      }
    }
    return !member;
  }

  // ---- captures --------------------------------------------------------------------------------

  /**
   * Capture i of the last match from s to e: a string, a position (Double), or the whole match when
   * the pattern has no captures and i is 0.
   */
  Object capture(int i, int s, int e) {
    if (i >= level) {
      if (i == 0) return src.substring(s, e);
      throw new LuaError("invalid capture index");
    }
    int len = capLen[i];
    if (len == CAP_UNFINISHED) throw new LuaError("unfinished capture");
    if (len == CAP_POSITION) return (double) (capInit[i] + 1);
    return src.substring(capInit[i], capInit[i] + len);
  }

  /** All captures of the last match (the whole match when there are none and {@code whole}). */
  Object[] captures(int s, int e, boolean whole) {
    int count = level == 0 && whole ? 1 : level;
    Object[] r = new Object[count];
    for (int i = 0; i < count; i++) r[i] = capture(i, s, e);
    return r;
  }

  // ---- the failure memo ------------------------------------------------------------------------

  private void startMemo() {
    memoThreshold = Long.MAX_VALUE;
    if (!memoAllowed) return;
    memoOn = true;
    memoSlot = new int[pat.length];
    java.util.Arrays.fill(memoSlot, -1);
    memoRows = new long[4][];
  }

  private boolean memoFailed(int p, int s) {
    int slot = memoSlot[p];
    return slot >= 0 && (memoRows[slot][s >>> 6] & (1L << s)) != 0;
  }

  /** Records that states (p, from..to) fail. */
  private void memoMark(int p, int from, int to) {
    int slot = memoSlot[p];
    if (slot < 0) {
      int words = (n >>> 6) + 1;
      if (memoWords + words > MEMO_WORD_LIMIT) return;
      memoWords += words;
      if (memoRowCount == memoRows.length) memoRows = java.util.Arrays.copyOf(memoRows, memoRowCount * 2);
      slot = memoRowCount++;
      memoRows[slot] = new long[words];
      memoSlot[p] = slot;
    }
    long[] row = memoRows[slot];
    for (int i = from; i <= to; i++) row[i >>> 6] |= 1L << i; // ranges are short once the memo is on
  }

  private static boolean hasBackReference(char[] pat) {
    for (int i = 0; pat[i] != 0; i++) {
      if (pat[i] == '%') {
        if (isDigit(pat[i + 1])) return true;
        if (pat[i + 1] != 0) i++;
      }
    }
    return false;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
