/* The Python AST: the contract between the frontend and every later stage.
 * Node kinds and field names follow CPython 3.11's `ast` module. Every node
 * that has a location in CPython carries one here (file, 1-based line, 0-based
 * UTF-8 byte column, like CPython's lineno/col_offset/end_lineno/end_col_offset);
 * like CPython, withitem, comprehension, match_case and arguments have none. All nodes and sequences live in
 * the mp_arena the parser was given. */
#ifndef MPYC_FRONTEND_AST_H
#define MPYC_FRONTEND_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct mp_loc {
    int32_t line, col, end_line, end_col;
    const char *file;   /* the name given in mp_parse_options (shared, not copied); may be NULL */
} mp_loc;

typedef struct mp_expr mp_expr;
typedef struct mp_stmt mp_stmt;
typedef struct mp_pattern mp_pattern;
typedef struct mp_arg mp_arg;
typedef struct mp_arguments mp_arguments;
typedef struct mp_keyword mp_keyword;
typedef struct mp_alias mp_alias;
typedef struct mp_withitem mp_withitem;
typedef struct mp_match_case mp_match_case;
typedef struct mp_comprehension mp_comprehension;
typedef struct mp_excepthandler mp_excepthandler;

/* Sequences: count + array, both in the arena. */
#define MP_SEQ(T) struct { int count; T **items; }
typedef MP_SEQ(mp_expr) mp_expr_seq;
typedef MP_SEQ(mp_stmt) mp_stmt_seq;
typedef MP_SEQ(mp_pattern) mp_pattern_seq;
typedef MP_SEQ(mp_arg) mp_arg_seq;
typedef MP_SEQ(mp_keyword) mp_keyword_seq;
typedef MP_SEQ(mp_alias) mp_alias_seq;
typedef MP_SEQ(mp_withitem) mp_withitem_seq;
typedef MP_SEQ(mp_match_case) mp_match_case_seq;
typedef MP_SEQ(mp_comprehension) mp_comprehension_seq;
typedef MP_SEQ(mp_excepthandler) mp_excepthandler_seq;
typedef MP_SEQ(const char) mp_ident_seq;   /* NUL-terminated identifiers */
typedef struct { int count; int *items; } mp_int_seq;

typedef enum { MP_LOAD, MP_STORE, MP_DEL } mp_expr_context;
typedef enum { MP_AND, MP_OR } mp_boolop;
typedef enum {
    MP_ADD, MP_SUB, MP_MULT, MP_MATMULT, MP_DIV, MP_MOD, MP_POW,
    MP_LSHIFT, MP_RSHIFT, MP_BITOR, MP_BITXOR, MP_BITAND, MP_FLOORDIV
} mp_operator;
typedef enum { MP_INVERT, MP_NOT, MP_UADD, MP_USUB } mp_unaryop;
typedef enum {
    MP_EQ, MP_NOTEQ, MP_LT, MP_LTE, MP_GT, MP_GTE, MP_IS, MP_ISNOT, MP_IN, MP_NOTIN
} mp_cmpop;

typedef enum {
    MP_CONST_NONE, MP_CONST_TRUE, MP_CONST_FALSE, MP_CONST_ELLIPSIS,
    MP_CONST_INT,       /* fits int64: .i */
    MP_CONST_BIGINT,    /* decimal digits in .s (no sign, no leading zeros) */
    MP_CONST_FLOAT,     /* .f */
    MP_CONST_COMPLEX,   /* imaginary part in .f (real part is 0) */
    MP_CONST_STR,       /* UTF-8 in .s */
    MP_CONST_BYTES      /* raw bytes in .s */
} mp_const_kind;

typedef struct mp_constant {
    mp_const_kind kind;
    union {
        int64_t i;
        double f;
        struct { const char *data; size_t len; } s;
    } u;
} mp_constant;

typedef enum {
    MP_EXPR_BOOLOP, MP_EXPR_NAMEDEXPR, MP_EXPR_BINOP, MP_EXPR_UNARYOP, MP_EXPR_LAMBDA,
    MP_EXPR_IFEXP, MP_EXPR_DICT, MP_EXPR_SET, MP_EXPR_LISTCOMP, MP_EXPR_SETCOMP,
    MP_EXPR_DICTCOMP, MP_EXPR_GENERATOREXP, MP_EXPR_AWAIT, MP_EXPR_YIELD,
    MP_EXPR_YIELDFROM, MP_EXPR_COMPARE, MP_EXPR_CALL, MP_EXPR_FORMATTEDVALUE,
    MP_EXPR_JOINEDSTR, MP_EXPR_CONSTANT, MP_EXPR_ATTRIBUTE, MP_EXPR_SUBSCRIPT,
    MP_EXPR_STARRED, MP_EXPR_NAME, MP_EXPR_LIST, MP_EXPR_TUPLE, MP_EXPR_SLICE,
    /* Parser-internal: `x as y` inside parentheses, valid only as a with item.
     * Never present in a tree the parser returns. */
    MP_EXPR_WITH_AS_
} mp_expr_kind;

struct mp_expr {
    uint8_t kind;      /* mp_expr_kind */
    uint8_t ctx;       /* mp_expr_context, for Attribute/Subscript/Starred/Name/List/Tuple */
    uint8_t parens;    /* how many parentheses directly enclose it (saturating) */
    uint8_t reserved_;
    uint32_t depth;    /* 1 + depth of the deepest child; bounds every recursive walk */
    mp_loc loc;
    union {
        struct { mp_boolop op; mp_expr_seq values; } BoolOp;
        struct { mp_expr *target, *value; } NamedExpr;
        struct { mp_expr *left; mp_operator op; mp_expr *right; } BinOp;
        struct { mp_unaryop op; mp_expr *operand; } UnaryOp;
        struct { mp_arguments *args; mp_expr *body; } Lambda;
        struct { mp_expr *test, *body, *orelse; } IfExp;
        struct { mp_expr_seq keys, values; } Dict;   /* a NULL key is `**value` */
        struct { mp_expr_seq elts; } Set;
        struct { mp_expr *elt; mp_comprehension_seq generators; } ListComp;
        struct { mp_expr *elt; mp_comprehension_seq generators; } SetComp;
        struct { mp_expr *key, *value; mp_comprehension_seq generators; } DictComp;
        struct { mp_expr *elt; mp_comprehension_seq generators; } GeneratorExp;
        struct { mp_expr *value; } Await;
        struct { mp_expr *value; } Yield;   /* value may be NULL */
        struct { mp_expr *value; } YieldFrom;
        struct { mp_expr *left; mp_int_seq ops; mp_expr_seq comparators; } Compare;
        struct { mp_expr *func; mp_expr_seq args; mp_keyword_seq keywords; } Call;
        /* conversion: -1, 's', 'r' or 'a'; format_spec NULL or a JoinedStr */
        struct { mp_expr *value; int conversion; mp_expr *format_spec; } FormattedValue;
        struct { mp_expr_seq values; } JoinedStr;
        struct { mp_constant value; const char *kind; } Constant;   /* kind: NULL or "u" */
        struct { mp_expr *value; const char *attr; } Attribute;
        struct { mp_expr *value, *slice; } Subscript;
        struct { mp_expr *value; } Starred;
        struct { const char *id; } Name;
        struct { mp_expr_seq elts; } List;
        struct { mp_expr_seq elts; } Tuple;
        struct { mp_expr *lower, *upper, *step; } Slice;   /* each may be NULL */
        struct { mp_expr *context_expr, *optional_vars; } WithAs_;
    } v;
};

typedef enum {
    MP_STMT_FUNCTIONDEF, MP_STMT_ASYNCFUNCTIONDEF, MP_STMT_CLASSDEF, MP_STMT_RETURN,
    MP_STMT_DELETE, MP_STMT_ASSIGN, MP_STMT_AUGASSIGN, MP_STMT_ANNASSIGN, MP_STMT_FOR,
    MP_STMT_ASYNCFOR, MP_STMT_WHILE, MP_STMT_IF, MP_STMT_WITH, MP_STMT_ASYNCWITH,
    MP_STMT_MATCH, MP_STMT_RAISE, MP_STMT_TRY, MP_STMT_TRYSTAR, MP_STMT_ASSERT,
    MP_STMT_IMPORT, MP_STMT_IMPORTFROM, MP_STMT_GLOBAL, MP_STMT_NONLOCAL, MP_STMT_EXPR,
    MP_STMT_PASS, MP_STMT_BREAK, MP_STMT_CONTINUE
} mp_stmt_kind;

struct mp_stmt {
    uint8_t kind;   /* mp_stmt_kind */
    uint32_t depth; /* 1 + depth of the deepest nested statement; bounds recursive walks */
    mp_loc loc;
    union {
        /* FunctionDef and AsyncFunctionDef */
        struct { const char *name; mp_arguments *args; mp_stmt_seq body;
                 mp_expr_seq decorator_list; mp_expr *returns; } FunctionDef;
        struct { const char *name; mp_expr_seq bases; mp_keyword_seq keywords;
                 mp_stmt_seq body; mp_expr_seq decorator_list; } ClassDef;
        struct { mp_expr *value; } Return;
        struct { mp_expr_seq targets; } Delete;
        struct { mp_expr_seq targets; mp_expr *value; } Assign;
        struct { mp_expr *target; mp_operator op; mp_expr *value; } AugAssign;
        struct { mp_expr *target, *annotation, *value; int simple; } AnnAssign;
        /* For and AsyncFor */
        struct { mp_expr *target, *iter; mp_stmt_seq body, orelse; } For;
        struct { mp_expr *test; mp_stmt_seq body, orelse; } While;
        struct { mp_expr *test; mp_stmt_seq body, orelse; } If;
        /* With and AsyncWith */
        struct { mp_withitem_seq items; mp_stmt_seq body; } With;
        struct { mp_expr *subject; mp_match_case_seq cases; } Match;
        struct { mp_expr *exc, *cause; } Raise;
        /* Try and TryStar */
        struct { mp_stmt_seq body; mp_excepthandler_seq handlers;
                 mp_stmt_seq orelse, finalbody; } Try;
        struct { mp_expr *test, *msg; } Assert;
        struct { mp_alias_seq names; } Import;
        struct { const char *module; mp_alias_seq names; int level; } ImportFrom;
        struct { mp_ident_seq names; } Global;
        struct { mp_ident_seq names; } Nonlocal;
        struct { mp_expr *value; } Expr;
    } v;
};

typedef enum {
    MP_PAT_MATCHVALUE, MP_PAT_MATCHSINGLETON, MP_PAT_MATCHSEQUENCE, MP_PAT_MATCHMAPPING,
    MP_PAT_MATCHCLASS, MP_PAT_MATCHSTAR, MP_PAT_MATCHAS, MP_PAT_MATCHOR
} mp_pattern_kind;

struct mp_pattern {
    uint8_t kind;   /* mp_pattern_kind */
    uint8_t parens;
    mp_loc loc;
    union {
        struct { mp_expr *value; } MatchValue;
        struct { mp_const_kind value; } MatchSingleton;   /* NONE, TRUE or FALSE */
        struct { mp_pattern_seq patterns; } MatchSequence;
        struct { mp_expr_seq keys; mp_pattern_seq patterns; const char *rest; } MatchMapping;
        struct { mp_expr *cls; mp_pattern_seq patterns; mp_ident_seq kwd_attrs;
                 mp_pattern_seq kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;           /* name may be NULL */
        struct { mp_pattern *pattern; const char *name; } MatchAs;   /* both may be NULL */
        struct { mp_pattern_seq patterns; } MatchOr;
    } v;
};

struct mp_arg {
    mp_loc loc;
    const char *arg;
    mp_expr *annotation;   /* may be NULL */
};

struct mp_arguments {
    mp_arg_seq posonlyargs, args;
    mp_arg *vararg;           /* may be NULL */
    mp_arg_seq kwonlyargs;
    mp_expr_seq kw_defaults;  /* one per kwonlyarg; NULL = no default */
    mp_arg *kwarg;            /* may be NULL */
    mp_expr_seq defaults;
};

struct mp_keyword {
    mp_loc loc;
    const char *arg;   /* NULL for **value */
    mp_expr *value;
};

struct mp_alias {
    mp_loc loc;
    const char *name, *asname;   /* asname may be NULL */
};

struct mp_withitem {
    mp_expr *context_expr, *optional_vars;   /* optional_vars may be NULL */
};

struct mp_match_case {
    mp_pattern *pattern;
    mp_expr *guard;   /* may be NULL */
    mp_stmt_seq body;
};

struct mp_comprehension {
    mp_expr *target, *iter;
    mp_expr_seq ifs;
    int is_async;
};

struct mp_excepthandler {
    mp_loc loc;
    mp_expr *type;      /* may be NULL */
    const char *name;   /* may be NULL */
    mp_stmt_seq body;
};

typedef struct mp_module {
    mp_stmt_seq body;
} mp_module;

#endif
