/*
 * The syntax of Lua 5.1 (reference manual §8), one rule per production of the manual's BNF where
 * ANTLR allows, with every decision made on the next one or two tokens:
 *  - var, prefixexp and functioncall are mutually left-recursive in the manual. Here prefixexp is
 *    directly left-recursive and its labels say what each suffix makes of the prefix: a var is a
 *    prefixexp whose outermost alternative is nameExp, indexExp or fieldExp, a functioncall one
 *    that is a callExp or methodCallExp.
 *  - An assignment and a call statement both start with a prefixexp, which is parsed first
 *    (exprStat), as lparser.c does.
 *  - binop is spread over the alternatives of exp so that ANTLR's precedence climbing applies
 *    5.1's priorities: or < and < comparison < .. (right) < + - < * / % < unary < ^ (right).
 *
 * The parser only ever sees chunks that SyntaxChecker accepted, so it needs no error handling,
 * and 5.1's rules beyond the grammar live there: which prefixexps may be assigned or called,
 * ambiguous calls, 'break' outside a loop, '...' outside a vararg function, nesting limits.
 * The checker also settles the one ambiguity of the manual's grammar as 5.1 does, "a '(' after a
 * prefixexp always opens call arguments", by giving those parentheses the token type ARGS_OPEN.
 */
parser grammar Lua51Parser;

options { tokenVocab = Lua51Lexer; }

// chunk ::= block <eof>
chunk
    : block EOF
    ;

// block ::= {stat [';']} [laststat [';']]
block
    : (stat ';'?)* (laststat ';'?)?
    ;

stat
    // stat ::= varlist '=' explist | functioncall. Both start with a prefixexp, so it is parsed
    // first (lparser.c's exprstat): with an assignment it is the first var, alone a functioncall.
    : prefixexp assignment?                                      # exprStat
    | 'do' block 'end'                                           # doStat
    | 'while' exp 'do' block 'end'                               # whileStat
    | 'repeat' block 'until' exp                                 # repeatStat
    // exp(i) is the condition guarding block(i); a final extra block is the else part
    | 'if' exp 'then' block ('elseif' exp 'then' block)* ('else' block)? 'end'  # ifStat
    | 'for' NAME '=' exp ',' exp (',' exp)? 'do' block 'end'     # numericForStat
    | 'for' namelist 'in' explist 'do' block 'end'               # genericForStat
    | 'function' funcname funcbody                               # functionStat
    | 'local' 'function' NAME funcbody                           # localFunctionStat
    | 'local' namelist ('=' explist)?                            # localStat
    ;

laststat
    : 'return' explist?                                          # returnStat
    | 'break'                                                    # breakStat
    ;

// funcname ::= Name {'.' Name} [':' Name]
funcname
    : NAME ('.' NAME)* (':' method=NAME)?
    ;

// The rest of "varlist '=' explist" after its first var (varlist ::= var {',' var}).
assignment
    : (',' var)* '=' explist
    ;

// var ::= Name | prefixexp '[' exp ']' | prefixexp '.' Name
// A var is a prefixexp whose outermost alternative is nameExp, indexExp or fieldExp.
var
    : prefixexp
    ;

// namelist ::= Name {',' Name}
namelist
    : NAME (',' NAME)*
    ;

// explist ::= {exp ','} exp
explist
    : exp (',' exp)*
    ;

// exp ::= nil | false | true | Number | String | '...' | function | prefixexp |
//         tableconstructor | exp binop exp | unop exp
exp
    : 'nil'                                                      # nilExp
    | 'false'                                                    # falseExp
    | 'true'                                                     # trueExp
    | NUMBER                                                     # numberExp
    | STRING                                                     # stringExp
    | '...'                                                      # varargExp
    | function                                                   # functionExp
    | prefixexp                                                  # prefixExp
    | tableconstructor                                           # tableExp
    | <assoc = right> exp op = '^' exp                           # powerExp
    | unop exp                                                   # unaryExp
    | exp op = ('*' | '/' | '%') exp                             # mulExp
    | exp op = ('+' | '-') exp                                   # addExp
    | <assoc = right> exp op = '..' exp                          # concatExp
    | exp op = ('<' | '>' | '<=' | '>=' | '~=' | '==') exp       # compareExp
    | exp op = 'and' exp                                         # andExp
    | exp op = 'or' exp                                          # orExp
    ;

// prefixexp ::= var | functioncall | '(' exp ')'
// functioncall ::= prefixexp args | prefixexp ':' Name args  (callExp and methodCallExp)
prefixexp
    : NAME                                                       # nameExp
    | '(' exp ')'                                                # parenExp
    | prefixexp '[' exp ']'                                      # indexExp
    | prefixexp '.' NAME                                         # fieldExp
    | prefixexp args                                             # callExp
    | prefixexp ':' NAME args                                    # methodCallExp
    ;

// args ::= '(' [explist] ')' | tableconstructor | String
args
    : ARGS_OPEN explist? ')'                                     # parenArgs
    | tableconstructor                                           # tableArgs
    | STRING                                                     # stringArgs
    ;

// function ::= function funcbody
function
    : 'function' funcbody
    ;

// funcbody ::= '(' [parlist] ')' block end
funcbody
    : '(' parlist? ')' block 'end'
    ;

// parlist ::= namelist [',' '...'] | '...'
parlist
    : namelist (',' '...')?
    | '...'
    ;

// tableconstructor ::= '{' [fieldlist] '}'
tableconstructor
    : '{' fieldlist? '}'
    ;

// fieldlist ::= field {fieldsep field} [fieldsep]
fieldlist
    : field (fieldsep field)* fieldsep?
    ;

// field ::= '[' exp ']' '=' exp | Name '=' exp | exp
field
    : '[' exp ']' '=' exp                                        # keyedField
    | NAME '=' exp                                               # namedField
    | exp                                                        # positionalField
    ;

// fieldsep ::= ',' | ';'
fieldsep
    : ','
    | ';'
    ;

// unop ::= '-' | not | '#'
unop
    : '-'
    | 'not'
    | '#'
    ;
