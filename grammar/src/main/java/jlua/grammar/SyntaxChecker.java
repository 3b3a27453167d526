package jlua.grammar;

import static jlua.grammar.Lua51Lexer.*;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Finds the first error of a chunk exactly as Lua 5.1 reports it: lparser.c's recursive descent
 * without the code generation, reading tokens lazily as llex does so that lexical and syntax
 * errors come in source order. Beyond the grammar it applies 5.1's own rules: ambiguous calls,
 * 'break' outside a loop, '...' outside a vararg function, assignments to non-variables, and
 * the limits on nesting, local variables, upvalues and assignment targets.
 *
 * <p>The ANTLR parser then only sees chunks accepted here, which keeps its prediction shallow (at
 * most 200 levels) and its error handling trivial. For it, the checker also gives each '(' that
 * opens call arguments the token type ARGS_OPEN: 5.1 decides by rule, not by grammar, that a '('
 * after a prefixexp is a call, and the mark spares ANTLR an unbounded lookahead at every call.
 * Methods are named after lparser.c's functions.
 */
final class SyntaxChecker {

  private static final int MAX_CALLS = 200;         // LUAI_MAXCCALLS
  private static final int MAX_LOCALS = 200;        // LUAI_MAXVARS
  private static final int MAX_UPVALUES = 60;       // LUAI_MAXUPVALUES
  private static final int UNARY_PRIORITY = 8;

  /** What an expression is, as far as assignment is concerned (lparser's expkind, coarsely). */
  private static final int EXP_OTHER = 0;
  private static final int EXP_VARIABLE = 1;
  private static final int EXP_CALL = 2;

  private final TokenReader in;
  private int calls;              // ls->L->nCcalls
  private FunctionScope fs;

  private SyntaxChecker(TokenReader in, int callDepth) {
    this.in = in;
    this.calls = callDepth;
  }

  /**
   * Throws the LuaSyntaxError lua5.1 would report for these tokens (which end with EOF), or returns.
   * {@code callDepth} is lua5.1's C-call depth (nCcalls) when the parser starts.
   */
  static void check(List<Token> tokens, String chunkId, int callDepth, int sourceLength) {
    new SyntaxChecker(new TokenReader(tokens, chunkId, sourceLength), callDepth).mainFunction();
  }

  // luaY_parser: the main function is vararg
  private void mainFunction() {
    fs = new FunctionScope(null, 0);
    fs.vararg = true;
    chunk();
    check(EOF);
  }

  // ---- errors ----

  private void syntaxError(String message) {
    throw in.syntaxError(message);
  }

  private void errorExpected(int type) {
    syntaxError("'" + TokenText.name(type) + "' expected");
  }

  /** luaY_checklimit: the message names the function {@code scope} whose limit is exceeded. */
  private void checkLimit(FunctionScope scope, int value, int limit, String what) {
    if (value <= limit) {
      return;
    }
    String message = scope.lineDefined == 0
        ? "main function has more than " + limit + " " + what
        : "function at line " + scope.lineDefined + " has more than " + limit + " " + what;
    throw in.error(in.lineNumber(), message, null);
  }

  private void checkCondition(boolean condition, String message) {
    if (!condition) {
      syntaxError(message);
    }
  }

  private boolean testNext(int type) {
    if (in.type() != type) {
      return false;
    }
    in.next();
    return true;
  }

  private void check(int type) {
    if (in.type() != type) {
      errorExpected(type);
    }
  }

  private void checkNext(int type) {
    check(type);
    in.next();
  }

  private void checkMatch(int what, int who, int where) {
    if (testNext(what)) {
      return;
    }
    if (where == in.lineNumber()) {
      errorExpected(what);
    }
    syntaxError("'" + TokenText.name(what) + "' expected (to close '" + TokenText.name(who)
        + "' at line " + where + ")");
  }

  private String strCheckName() {
    check(NAME);
    String name = in.token().getText();
    in.next();
    return name;
  }

  // ---- scopes ----

  private void enterLevel() {
    if (++calls > MAX_CALLS) {
      throw in.error(in.lineNumber(), "chunk has too many syntax levels", null);
    }
  }

  private void leaveLevel() {
    calls--;
  }

  private void newLocalVar(String name, int n) {
    checkLimit(fs, fs.activeLocals + n + 1, MAX_LOCALS, "local variables");
    fs.declareLocal(name, n);
  }

  // singlevar: resolving a name may give the enclosing functions new upvalues
  private void singleVar() {
    String name = strCheckName();
    singleVarAux(fs, name, true);
  }

  /** Returns kind << 32 | index, with kind one of FunctionScope's GLOBAL, LOCAL, UPVALUE. */
  private long singleVarAux(FunctionScope scope, String name, boolean base) {
    if (scope == null) {
      return (long) FunctionScope.GLOBAL << 32;
    }
    int register = scope.findLocal(name);
    if (register >= 0) {
      return ((long) FunctionScope.LOCAL << 32) | register;
    }
    long outer = singleVarAux(scope.parent, name, false);
    int kind = (int) (outer >>> 32);
    if (kind == FunctionScope.GLOBAL) {
      return outer;
    }
    return ((long) FunctionScope.UPVALUE << 32) | indexUpvalue(scope, kind, (int) outer);
  }

  private int indexUpvalue(FunctionScope scope, int kind, int index) {
    int existing = scope.findUpvalue(kind, index);
    if (existing >= 0) {
      return existing;
    }
    checkLimit(scope, scope.upvalueCount() + 1, MAX_UPVALUES, "upvalues");
    return scope.addUpvalue(kind, index);
  }

  // ---- rules (lparser.c) ----

  private static boolean blockFollow(int type) {
    return type == ELSE || type == ELSEIF || type == END || type == UNTIL || type == EOF;
  }

  // chunk -> { stat [';'] }
  private void chunk() {
    enterLevel();
    boolean last = false;
    while (!last && !blockFollow(in.type())) {
      last = statement();
      testNext(SEMI);
    }
    leaveLevel();
  }

  // block -> chunk
  private void block() {
    fs.enterBlock(false);
    chunk();
    fs.leaveBlock();
  }

  /** Returns whether the statement must be the last one of its block. */
  private boolean statement() {
    int line = in.lineNumber();
    switch (in.type()) {
      case IF: ifStat(line); return false;
      case WHILE: whileStat(line); return false;
      case DO:
        in.next();
        block();
        checkMatch(END, DO, line);
        return false;
      case FOR: forStat(line); return false;
      case REPEAT: repeatStat(line); return false;
      case FUNCTION: funcStat(line); return false;
      case LOCAL:
        in.next();
        if (testNext(FUNCTION)) {
          localFunc();
        } else {
          localStat();
        }
        return false;
      case RETURN:
        in.next();
        retStat();
        return true;
      case BREAK:
        in.next();
        breakStat();
        return true;
      default:
        exprStat();
        return false;
    }
  }

  // test_then_block -> [IF | ELSEIF] cond THEN block
  private void testThenBlock() {
    in.next();
    expr();
    checkNext(THEN);
    block();
  }

  // ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END
  private void ifStat(int line) {
    testThenBlock();
    while (in.type() == ELSEIF) {
      testThenBlock();
    }
    if (testNext(ELSE)) {
      block();
    }
    checkMatch(END, IF, line);
  }

  // whilestat -> WHILE cond DO block END
  private void whileStat(int line) {
    in.next();
    expr();
    fs.enterBlock(true);
    checkNext(DO);
    block();
    checkMatch(END, WHILE, line);
    fs.leaveBlock();
  }

  // repeatstat -> REPEAT block UNTIL cond  (the condition sees the block's locals)
  private void repeatStat(int line) {
    fs.enterBlock(true);
    fs.enterBlock(false);
    in.next();
    chunk();
    checkMatch(UNTIL, REPEAT, line);
    expr();
    fs.leaveBlock();
    fs.leaveBlock();
  }

  // forstat -> FOR (fornum | forlist) END
  private void forStat(int line) {
    fs.enterBlock(true);
    in.next();
    String name = strCheckName();
    switch (in.type()) {
      case ASSIGN: forNum(name); break;
      case COMMA: case IN: forList(name); break;
      default: syntaxError("'=' or 'in' expected");
    }
    checkMatch(END, FOR, line);
    fs.leaveBlock();
  }

  // fornum -> NAME = exp1,exp1[,exp1] forbody
  private void forNum(String name) {
    newLocalVar("(for index)", 0);
    newLocalVar("(for limit)", 1);
    newLocalVar("(for step)", 2);
    newLocalVar(name, 3);
    checkNext(ASSIGN);
    expr();
    checkNext(COMMA);
    expr();
    if (testNext(COMMA)) {
      expr();
    }
    forBody(1);
  }

  // forlist -> NAME {,NAME} IN explist1 forbody
  private void forList(String name) {
    int nvars = 0;
    newLocalVar("(for generator)", nvars++);
    newLocalVar("(for state)", nvars++);
    newLocalVar("(for control)", nvars++);
    newLocalVar(name, nvars++);
    while (testNext(COMMA)) {
      newLocalVar(strCheckName(), nvars++);
    }
    checkNext(IN);
    explist();
    forBody(nvars - 3);
  }

  // forbody -> DO block
  private void forBody(int nvars) {
    fs.activateLocals(3);
    checkNext(DO);
    fs.enterBlock(false);
    fs.activateLocals(nvars);
    block();
    fs.leaveBlock();
  }

  // funcstat -> FUNCTION funcname body
  private void funcStat(int line) {
    in.next();
    boolean needSelf = funcName();
    body(needSelf, line);
  }

  // funcname -> NAME {field} [':' NAME]
  private boolean funcName() {
    singleVar();
    while (in.type() == DOT) {
      field();
    }
    if (in.type() == COLON) {
      field();
      return true;
    }
    return false;
  }

  // localfunc -> NAME body  (5.1 takes the function's line from the token after the name)
  private void localFunc() {
    newLocalVar(strCheckName(), 0);
    fs.activateLocals(1);
    body(false, in.lineNumber());
  }

  // localstat -> LOCAL NAME {',' NAME} ['=' explist1]
  private void localStat() {
    int nvars = 0;
    do {
      newLocalVar(strCheckName(), nvars++);
    } while (testNext(COMMA));
    if (testNext(ASSIGN)) {
      explist();
    }
    fs.activateLocals(nvars);
  }

  // retstat -> RETURN [explist1]
  private void retStat() {
    if (!blockFollow(in.type()) && in.type() != SEMI) {
      explist();
    }
  }

  private void breakStat() {
    if (!fs.inLoop()) {
      syntaxError("no loop to break");
    }
  }

  // stat -> func | assignment
  private void exprStat() {
    int kind = primaryExp();
    if (kind != EXP_CALL) {
      restAssign(kind, 1);
    }
  }

  // assignment -> ',' primaryexp assignment | '=' explist1
  private void restAssign(int kind, int nvars) {
    checkCondition(kind == EXP_VARIABLE, "syntax error");
    if (testNext(COMMA)) {
      int next = primaryExp();
      checkLimit(fs, nvars, MAX_CALLS - calls, "variables in assignment");
      restAssign(next, nvars + 1);
    } else {
      checkNext(ASSIGN);
      explist();
    }
  }

  // body -> '(' parlist ')' chunk END
  private void body(boolean needSelf, int line) {
    fs = new FunctionScope(fs, line);
    checkNext(LPAREN);
    if (needSelf) {
      newLocalVar("self", 0);
      fs.activateLocals(1);
    }
    parList();
    checkNext(RPAREN);
    chunk();
    checkMatch(END, FUNCTION, line);
    fs = fs.parent;
  }

  // parlist -> [ param { ',' param } ]  (a vararg function gets the local 'arg', LUA_COMPAT_VARARG)
  private void parList() {
    int nparams = 0;
    if (in.type() != RPAREN) {
      do {
        switch (in.type()) {
          case NAME:
            newLocalVar(strCheckName(), nparams++);
            break;
          case DOTS:
            in.next();
            newLocalVar("arg", nparams++);
            fs.vararg = true;
            break;
          default:
            syntaxError("<name> or '...' expected");
        }
      } while (!fs.vararg && testNext(COMMA));
    }
    fs.activateLocals(nparams);
  }

  // explist1 -> expr { ',' expr }
  private void explist() {
    expr();
    while (testNext(COMMA)) {
      expr();
    }
  }

  private void expr() {
    subExpr(0);
  }

  /**
   * subexpr -> (simpleexp | unop subexpr) { binop subexpr }, where a binop is taken while its left
   * priority exceeds {@code limit}. Returns the first operator left untreated.
   */
  private int subExpr(int limit) {
    enterLevel();
    if (in.type() == NOT || in.type() == MINUS || in.type() == HASH) {
      in.next();
      subExpr(UNARY_PRIORITY);
    } else {
      simpleExp();
    }
    int op = in.type();
    while (Priority.isBinary(op) && Priority.left(op) > limit) {
      in.next();
      op = subExpr(Priority.right(op));
    }
    leaveLevel();
    return op;
  }

  // simpleexp -> NUMBER | STRING | NIL | true | false | ... | constructor | FUNCTION body | primaryexp
  private void simpleExp() {
    switch (in.type()) {
      case NUMBER: case STRING: case NIL: case TRUE: case FALSE:
        in.next();
        return;
      case DOTS:
        checkCondition(fs.vararg, "cannot use '...' outside a vararg function");
        in.next();
        return;
      case LBRACE:
        constructor();
        return;
      case FUNCTION:
        in.next();
        body(false, in.lineNumber());
        return;
      default:
        primaryExp();
    }
  }

  // primaryexp -> prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }
  private int primaryExp() {
    int kind = prefixExp();
    while (true) {
      switch (in.type()) {
        case DOT:
          field();
          kind = EXP_VARIABLE;
          break;
        case LBRACKET:
          yIndex();
          kind = EXP_VARIABLE;
          break;
        case COLON:
          in.next();
          strCheckName();
          funcArgs();
          kind = EXP_CALL;
          break;
        case LPAREN: case STRING: case LBRACE:
          funcArgs();
          kind = EXP_CALL;
          break;
        default:
          return kind;
      }
    }
  }

  // prefixexp -> NAME | '(' expr ')'
  private int prefixExp() {
    switch (in.type()) {
      case LPAREN: {
        int line = in.lineNumber();
        in.next();
        expr();
        checkMatch(RPAREN, LPAREN, line);
        return EXP_OTHER;
      }
      case NAME:
        singleVar();
        return EXP_VARIABLE;
      default:
        syntaxError("unexpected symbol");
        return EXP_OTHER;
    }
  }

  // funcargs -> '(' [ explist1 ] ')' | constructor | STRING
  private void funcArgs() {
    int line = in.lineNumber();
    switch (in.type()) {
      case LPAREN:
        if (line != in.lastLine()) {
          syntaxError("ambiguous syntax (function call x new statement)");
        }
        in.markArgsOpen();
        in.next();
        if (in.type() != RPAREN) {
          explist();
        }
        checkMatch(RPAREN, LPAREN, line);
        return;
      case LBRACE:
        constructor();
        return;
      case STRING:
        in.next();
        return;
      default:
        syntaxError("function arguments expected");
    }
  }

  // field -> ['.' | ':'] NAME
  private void field() {
    in.next();
    strCheckName();
  }

  // index -> '[' expr ']'
  private void yIndex() {
    in.next();
    expr();
    checkNext(RBRACKET);
  }

  // constructor -> '{' [ field { fieldsep field } [ fieldsep ] ] '}'
  private void constructor() {
    int line = in.lineNumber();
    checkNext(LBRACE);
    do {
      if (in.type() == RBRACE) {
        break;
      }
      if (in.type() == LBRACKET || (in.type() == NAME && in.lookahead() == ASSIGN)) {
        recField();
      } else {
        expr();              // listfield
      }
    } while (testNext(COMMA) || testNext(SEMI));
    checkMatch(RBRACE, LBRACE, line);
  }

  // recfield -> (NAME | '[' exp1 ']') = exp1
  private void recField() {
    if (in.type() == NAME) {
      strCheckName();
    } else {
      yIndex();
    }
    checkNext(ASSIGN);
    expr();
  }
}
