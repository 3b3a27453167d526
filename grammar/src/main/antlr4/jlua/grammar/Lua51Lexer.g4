/*
 * The tokens of Lua 5.1 (reference manual §2.1), lexed the way llex.c reads them.
 * The source arrives with every newline sequence already turned into one '\n' (SourceText), so
 * ANTLR's line counting equals llex's. Lexical errors are not thrown here: they become error
 * tokens that the checker (LexicalCheck) reports when it reaches them, so they interleave with
 * syntax errors in source order exactly as in 5.1's one-pass parser.
 */
lexer grammar Lua51Lexer;

options { superClass = LuaLexerBase; }

// ARGS_OPEN is set by SyntaxChecker, not by the lexer: a '(' that opens the arguments of a call.
// The others are error tokens set by LuaLexerBase.
tokens { ARGS_OPEN, UNFINISHED_LONG_STRING, UNFINISHED_LONG_COMMENT, NESTED_LONG_BRACKET }

AND      : 'and';
BREAK    : 'break';
DO       : 'do';
ELSE     : 'else';
ELSEIF   : 'elseif';
END      : 'end';
FALSE    : 'false';
FOR      : 'for';
FUNCTION : 'function';
IF       : 'if';
IN       : 'in';
LOCAL    : 'local';
NIL      : 'nil';
NOT      : 'not';
OR       : 'or';
REPEAT   : 'repeat';
RETURN   : 'return';
THEN     : 'then';
TRUE     : 'true';
UNTIL    : 'until';
WHILE    : 'while';

PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
CARET    : '^';
HASH     : '#';
EQ       : '==';
NE       : '~=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
ASSIGN   : '=';
LPAREN   : '(';
RPAREN   : ')';
LBRACE   : '{';
RBRACE   : '}';
LBRACKET : '[';
RBRACKET : ']';
SEMI     : ';';
COLON    : ':';
COMMA    : ',';
DOT      : '.';
CONCAT   : '..';
DOTS     : '...';

NAME : [a-zA-Z_] [a-zA-Z_0-9]*;

// read_numeral: a run of digits and dots, an optional exponent mark with sign, then any
// alphanumerics; so '3x' and '1..2' are one token each. LexicalCheck rejects the text when
// LuaNumbers.parse does ("malformed number").
NUMBER : ( [0-9] | '.' [0-9] ) [0-9.]* ( [eE] [+-]? )? [a-zA-Z_0-9]*;

// Short strings keep their escapes undecoded (StringLiterals decodes them); long brackets are
// read by LuaLexerBase, which also retypes an unfinished or nested one as an error token.
STRING
    : '"' ( ESCAPE | ~["\\\n] )* '"'
    | '\'' ( ESCAPE | ~['\\\n] )* '\''
    | '[' '='* '[' { readLongBracket(false); }
    ;

// A short string cut by a newline or the end of the source.
UNFINISHED_STRING
    : '"' ( ESCAPE | ~["\\\n] )* '\\'?
    | '\'' ( ESCAPE | ~['\\\n] )* '\\'?
    ;

// '[' followed by '='s but not by a second '['.
INVALID_LONG_DELIMITER : '[' '='+;

LONG_COMMENT : '--[' '='* '[' { readLongBracket(true); };

// A '--' comment that does not open a long bracket runs to the end of the line.
COMMENT : '--' ( ~[[\n] ~[\n]* | '[' '='* ( ~[=[\n] ~[\n]* )? )? -> skip;

WHITESPACE : [ \t\u000B\f\n]+ -> skip;

// Any other character is a token of its own, which the parser reports as an unexpected symbol.
OTHER : .;

fragment ESCAPE : '\\' .;
