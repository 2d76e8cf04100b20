/* Prints an AST exactly as CPython 3.11's ast.dump(ast.parse(src)) does.
 * Hosted only: float repr needs snprintf/strtod. The walk is iterative (an
 * explicit stack on the heap), so any depth the parser accepts is safe. */
#include "ast_dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

typedef struct dumper {
    mp_dump_write write;
    void *ctx;
} dumper;

static void out(dumper *d, const char *s, size_t n) {
    d->write(d->ctx, s, n);
}

static void puts_(dumper *d, const char *s) {
    out(d, s, strlen(s));
}

/* ---- constants ---- */

static void repr_str(dumper *d, const char *s, size_t n) {
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    char buf[16];
    out(d, &quote, 1);
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n) {
            unsigned char c = (unsigned char)s[run];
            if (c < 0x20 || c >= 0x7F || c == '\\' || c == (unsigned char)quote)
                break;
            run++;
        }
        if (run > i) {
            out(d, s + i, run - i);
            i = run;
            if (i >= n)
                break;
        }
        uint32_t cp;
        int len = mp_utf8_decode((const unsigned char *)s + i, &cp);
        if (cp == '\\' || cp == (uint32_t)quote) {
            buf[0] = '\\';
            buf[1] = (char)cp;
            out(d, buf, 2);
        } else if (cp == '\t') {
            puts_(d, "\\t");
        } else if (cp == '\n') {
            puts_(d, "\\n");
        } else if (cp == '\r') {
            puts_(d, "\\r");
        } else if (cp < 0x20 || cp == 0x7F) {
            snprintf(buf, sizeof buf, "\\x%02x", cp);
            puts_(d, buf);
        } else if (mp_unicode_is_printable(cp)) {
            out(d, s + i, (size_t)len);
        } else if (cp <= 0xFF) {
            snprintf(buf, sizeof buf, "\\x%02x", cp);
            puts_(d, buf);
        } else if (cp <= 0xFFFF) {
            snprintf(buf, sizeof buf, "\\u%04x", cp);
            puts_(d, buf);
        } else {
            snprintf(buf, sizeof buf, "\\U%08x", cp);
            puts_(d, buf);
        }
        i += (size_t)len;
    }
    out(d, &quote, 1);
}

static void repr_bytes(dumper *d, const char *s, size_t n) {
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    char buf[8];
    out(d, "b", 1);
    out(d, &quote, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == (unsigned char)quote) {
            buf[0] = '\\';
            buf[1] = (char)c;
            out(d, buf, 2);
        } else if (c == '\t') {
            puts_(d, "\\t");
        } else if (c == '\n') {
            puts_(d, "\\n");
        } else if (c == '\r') {
            puts_(d, "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            puts_(d, buf);
        } else {
            out(d, (const char *)&c, 1);
        }
    }
    out(d, &quote, 1);
}

/* CPython's repr(float): shortest round-tripping digits, exponent form when
 * the decimal exponent is < -4 or >= 16. add_dot_0 distinguishes float from
 * complex formatting. */
void mp_format_float_repr(double v, bool add_dot_0, char *res, size_t size) {
    if (v != v) {
        snprintf(res, size, "nan");
        return;
    }
    if (v == 1.0 / 0.0 || v == -1.0 / 0.0) {
        snprintf(res, size, v < 0 ? "-inf" : "inf");
        return;
    }
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    /* tmp: [-]d[.ddd]e[+-]xx */
    char digits[40];
    int nd = 0, exp10;
    const char *q = tmp;
    bool neg = false;
    if (*q == '-') {
        neg = true;
        q++;
    }
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    char *o = res;
    char *end = res + size - 1;
#define PUT(c) do { if (o < end) *o++ = (c); } while (0)
    if (neg)
        PUT('-');
    if (exp10 < -4 || exp10 >= 16) {
        PUT(digits[0]);
        if (nd > 1) {
            PUT('.');
            for (int i = 1; i < nd; i++)
                PUT(digits[i]);
        }
        char e[24];
        snprintf(e, sizeof e, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
        for (char *c = e; *c; c++)
            PUT(*c);
    } else if (exp10 >= 0) {
        for (int i = 0; i <= exp10; i++)
            PUT(i < nd ? digits[i] : '0');
        if (nd > exp10 + 1) {
            PUT('.');
            for (int i = exp10 + 1; i < nd; i++)
                PUT(digits[i]);
        } else if (add_dot_0) {
            PUT('.');
            PUT('0');
        }
    } else {
        PUT('0');
        PUT('.');
        for (int i = 0; i < -exp10 - 1; i++)
            PUT('0');
        for (int i = 0; i < nd; i++)
            PUT(digits[i]);
    }
    *o = 0;
#undef PUT
}

static void repr_constant(dumper *d, const mp_constant *c) {
    char buf[64];
    switch (c->kind) {
    case MP_CONST_NONE: puts_(d, "None"); break;
    case MP_CONST_TRUE: puts_(d, "True"); break;
    case MP_CONST_FALSE: puts_(d, "False"); break;
    case MP_CONST_ELLIPSIS: puts_(d, "Ellipsis"); break;
    case MP_CONST_INT:
        snprintf(buf, sizeof buf, "%lld", (long long)c->u.i);
        puts_(d, buf);
        break;
    case MP_CONST_BIGINT: out(d, c->u.s.data, c->u.s.len); break;
    case MP_CONST_FLOAT:
        mp_format_float_repr(c->u.f, true, buf, sizeof buf);
        puts_(d, buf);
        break;
    case MP_CONST_COMPLEX:
        mp_format_float_repr(c->u.f, false, buf, sizeof buf);
        puts_(d, buf);
        puts_(d, "j");
        break;
    case MP_CONST_STR: repr_str(d, c->u.s.data, c->u.s.len); break;
    case MP_CONST_BYTES: repr_bytes(d, c->u.s.data, c->u.s.len); break;
    }
}

/* ---- nodes ----
 * Each node is first described as a name plus its fields in CPython's order
 * (omitting None optionals, as ast.dump does); the printer then walks the
 * descriptions with its own stack. */

typedef enum {
    V_RAW,        /* text printed as is: "Load()", "Add()", "[]" */
    V_INT,        /* an int field: conversion, level, simple, is_async */
    V_IDENT,      /* an identifier, printed as a str repr */
    V_CONST,      /* a Constant's value */
    V_EXPR, V_STMT, V_PATTERN, V_ARG, V_ARGUMENTS, V_KEYWORD, V_COMPREHENSION,
    V_WITHITEM, V_HANDLER, V_MATCH_CASE, V_ALIAS,
    V_CMPOP       /* list element only: an mp_cmpop */
} value_kind;

typedef struct value {
    uint8_t kind;      /* value_kind; for lists, the element kind */
    bool is_list;
    int count;         /* list length */
    int number;        /* V_INT */
    const void *ptr;   /* the node, text, constant, or the list's items */
} value;

typedef struct field {
    const char *name;
    value v;
} field;

#define MAX_FIELDS 7

typedef struct desc {
    const char *name;
    int n;
    field f[MAX_FIELDS];
} desc;

static void add(desc *ds, const char *name, value v) {
    ds->f[ds->n].name = name;
    ds->f[ds->n].v = v;
    ds->n++;
}

static value one(value_kind k, const void *ptr) {
    return (value){(uint8_t)k, false, 0, 0, ptr};
}

static value many(value_kind k, int count, const void *items) {
    return (value){(uint8_t)k, true, count, 0, items};
}

static value number(int n) {
    return (value){V_INT, false, 0, n, NULL};
}

#define LIST(k, seq) many(k, (seq).count, (seq).items)
#define OPT(ds, name, k, p) do { if (p) add(ds, name, one(k, p)); } while (0)

static const char *const operator_names[] = {"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                             "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()",
                                             "FloorDiv()"};
static const char *const unary_names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
static const char *const cmp_names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()",
                                        "In()", "NotIn()"};

static value ctx_of(const mp_expr *e) {
    return one(V_RAW, e->ctx == MP_STORE ? "Store()" : e->ctx == MP_DEL ? "Del()" : "Load()");
}

static void describe_expr(desc *ds, const mp_expr *e) {
    switch ((mp_expr_kind)e->kind) {
    case MP_EXPR_BOOLOP:
        ds->name = "BoolOp";
        add(ds, "op", one(V_RAW, e->v.BoolOp.op == MP_AND ? "And()" : "Or()"));
        add(ds, "values", LIST(V_EXPR, e->v.BoolOp.values));
        break;
    case MP_EXPR_NAMEDEXPR:
        ds->name = "NamedExpr";
        add(ds, "target", one(V_EXPR, e->v.NamedExpr.target));
        add(ds, "value", one(V_EXPR, e->v.NamedExpr.value));
        break;
    case MP_EXPR_BINOP:
        ds->name = "BinOp";
        add(ds, "left", one(V_EXPR, e->v.BinOp.left));
        add(ds, "op", one(V_RAW, operator_names[e->v.BinOp.op]));
        add(ds, "right", one(V_EXPR, e->v.BinOp.right));
        break;
    case MP_EXPR_UNARYOP:
        ds->name = "UnaryOp";
        add(ds, "op", one(V_RAW, unary_names[e->v.UnaryOp.op]));
        add(ds, "operand", one(V_EXPR, e->v.UnaryOp.operand));
        break;
    case MP_EXPR_LAMBDA:
        ds->name = "Lambda";
        add(ds, "args", one(V_ARGUMENTS, e->v.Lambda.args));
        add(ds, "body", one(V_EXPR, e->v.Lambda.body));
        break;
    case MP_EXPR_IFEXP:
        ds->name = "IfExp";
        add(ds, "test", one(V_EXPR, e->v.IfExp.test));
        add(ds, "body", one(V_EXPR, e->v.IfExp.body));
        add(ds, "orelse", one(V_EXPR, e->v.IfExp.orelse));
        break;
    case MP_EXPR_DICT:
        ds->name = "Dict";
        add(ds, "keys", LIST(V_EXPR, e->v.Dict.keys));
        add(ds, "values", LIST(V_EXPR, e->v.Dict.values));
        break;
    case MP_EXPR_SET:
        ds->name = "Set";
        add(ds, "elts", LIST(V_EXPR, e->v.Set.elts));
        break;
    case MP_EXPR_LISTCOMP:
    case MP_EXPR_SETCOMP:
    case MP_EXPR_GENERATOREXP:
        ds->name = e->kind == MP_EXPR_LISTCOMP ? "ListComp" : e->kind == MP_EXPR_SETCOMP ? "SetComp" : "GeneratorExp";
        add(ds, "elt", one(V_EXPR, e->v.ListComp.elt));
        add(ds, "generators", LIST(V_COMPREHENSION, e->v.ListComp.generators));
        break;
    case MP_EXPR_DICTCOMP:
        ds->name = "DictComp";
        add(ds, "key", one(V_EXPR, e->v.DictComp.key));
        add(ds, "value", one(V_EXPR, e->v.DictComp.value));
        add(ds, "generators", LIST(V_COMPREHENSION, e->v.DictComp.generators));
        break;
    case MP_EXPR_AWAIT:
        ds->name = "Await";
        add(ds, "value", one(V_EXPR, e->v.Await.value));
        break;
    case MP_EXPR_YIELD:
        ds->name = "Yield";
        OPT(ds, "value", V_EXPR, e->v.Yield.value);
        break;
    case MP_EXPR_YIELDFROM:
        ds->name = "YieldFrom";
        add(ds, "value", one(V_EXPR, e->v.YieldFrom.value));
        break;
    case MP_EXPR_COMPARE:
        ds->name = "Compare";
        add(ds, "left", one(V_EXPR, e->v.Compare.left));
        add(ds, "ops", many(V_CMPOP, e->v.Compare.ops.count, e->v.Compare.ops.items));
        add(ds, "comparators", LIST(V_EXPR, e->v.Compare.comparators));
        break;
    case MP_EXPR_CALL:
        ds->name = "Call";
        add(ds, "func", one(V_EXPR, e->v.Call.func));
        add(ds, "args", LIST(V_EXPR, e->v.Call.args));
        add(ds, "keywords", LIST(V_KEYWORD, e->v.Call.keywords));
        break;
    case MP_EXPR_FORMATTEDVALUE:
        ds->name = "FormattedValue";
        add(ds, "value", one(V_EXPR, e->v.FormattedValue.value));
        add(ds, "conversion", number(e->v.FormattedValue.conversion));
        OPT(ds, "format_spec", V_EXPR, e->v.FormattedValue.format_spec);
        break;
    case MP_EXPR_JOINEDSTR:
        ds->name = "JoinedStr";
        add(ds, "values", LIST(V_EXPR, e->v.JoinedStr.values));
        break;
    case MP_EXPR_CONSTANT:
        ds->name = "Constant";
        add(ds, "value", one(V_CONST, &e->v.Constant.value));
        OPT(ds, "kind", V_IDENT, e->v.Constant.kind);
        break;
    case MP_EXPR_ATTRIBUTE:
        ds->name = "Attribute";
        add(ds, "value", one(V_EXPR, e->v.Attribute.value));
        add(ds, "attr", one(V_IDENT, e->v.Attribute.attr));
        add(ds, "ctx", ctx_of(e));
        break;
    case MP_EXPR_SUBSCRIPT:
        ds->name = "Subscript";
        add(ds, "value", one(V_EXPR, e->v.Subscript.value));
        add(ds, "slice", one(V_EXPR, e->v.Subscript.slice));
        add(ds, "ctx", ctx_of(e));
        break;
    case MP_EXPR_STARRED:
        ds->name = "Starred";
        add(ds, "value", one(V_EXPR, e->v.Starred.value));
        add(ds, "ctx", ctx_of(e));
        break;
    case MP_EXPR_NAME:
        ds->name = "Name";
        add(ds, "id", one(V_IDENT, e->v.Name.id));
        add(ds, "ctx", ctx_of(e));
        break;
    case MP_EXPR_LIST:
    case MP_EXPR_TUPLE:
        ds->name = e->kind == MP_EXPR_LIST ? "List" : "Tuple";
        add(ds, "elts", LIST(V_EXPR, e->v.List.elts));
        add(ds, "ctx", ctx_of(e));
        break;
    case MP_EXPR_SLICE:
        ds->name = "Slice";
        OPT(ds, "lower", V_EXPR, e->v.Slice.lower);
        OPT(ds, "upper", V_EXPR, e->v.Slice.upper);
        OPT(ds, "step", V_EXPR, e->v.Slice.step);
        break;
    default:
        ds->name = "Invalid";
        break;
    }
}

static void describe_pattern(desc *ds, const mp_pattern *p) {
    switch ((mp_pattern_kind)p->kind) {
    case MP_PAT_MATCHVALUE:
        ds->name = "MatchValue";
        add(ds, "value", one(V_EXPR, p->v.MatchValue.value));
        break;
    case MP_PAT_MATCHSINGLETON:
        ds->name = "MatchSingleton";
        add(ds, "value", one(V_RAW, p->v.MatchSingleton.value == MP_CONST_NONE ? "None"
                                    : p->v.MatchSingleton.value == MP_CONST_TRUE ? "True" : "False"));
        break;
    case MP_PAT_MATCHSEQUENCE:
        ds->name = "MatchSequence";
        add(ds, "patterns", LIST(V_PATTERN, p->v.MatchSequence.patterns));
        break;
    case MP_PAT_MATCHMAPPING:
        ds->name = "MatchMapping";
        add(ds, "keys", LIST(V_EXPR, p->v.MatchMapping.keys));
        add(ds, "patterns", LIST(V_PATTERN, p->v.MatchMapping.patterns));
        OPT(ds, "rest", V_IDENT, p->v.MatchMapping.rest);
        break;
    case MP_PAT_MATCHCLASS:
        ds->name = "MatchClass";
        add(ds, "cls", one(V_EXPR, p->v.MatchClass.cls));
        add(ds, "patterns", LIST(V_PATTERN, p->v.MatchClass.patterns));
        add(ds, "kwd_attrs", LIST(V_IDENT, p->v.MatchClass.kwd_attrs));
        add(ds, "kwd_patterns", LIST(V_PATTERN, p->v.MatchClass.kwd_patterns));
        break;
    case MP_PAT_MATCHSTAR:
        ds->name = "MatchStar";
        OPT(ds, "name", V_IDENT, p->v.MatchStar.name);
        break;
    case MP_PAT_MATCHAS:
        ds->name = "MatchAs";
        OPT(ds, "pattern", V_PATTERN, p->v.MatchAs.pattern);
        OPT(ds, "name", V_IDENT, p->v.MatchAs.name);
        break;
    case MP_PAT_MATCHOR:
        ds->name = "MatchOr";
        add(ds, "patterns", LIST(V_PATTERN, p->v.MatchOr.patterns));
        break;
    default:
        ds->name = "Invalid";
        break;
    }
}

static void describe_stmt(desc *ds, const mp_stmt *s) {
    switch ((mp_stmt_kind)s->kind) {
    case MP_STMT_FUNCTIONDEF:
    case MP_STMT_ASYNCFUNCTIONDEF:
        ds->name = s->kind == MP_STMT_FUNCTIONDEF ? "FunctionDef" : "AsyncFunctionDef";
        add(ds, "name", one(V_IDENT, s->v.FunctionDef.name));
        add(ds, "args", one(V_ARGUMENTS, s->v.FunctionDef.args));
        add(ds, "body", LIST(V_STMT, s->v.FunctionDef.body));
        add(ds, "decorator_list", LIST(V_EXPR, s->v.FunctionDef.decorator_list));
        OPT(ds, "returns", V_EXPR, s->v.FunctionDef.returns);
        break;
    case MP_STMT_CLASSDEF:
        ds->name = "ClassDef";
        add(ds, "name", one(V_IDENT, s->v.ClassDef.name));
        add(ds, "bases", LIST(V_EXPR, s->v.ClassDef.bases));
        add(ds, "keywords", LIST(V_KEYWORD, s->v.ClassDef.keywords));
        add(ds, "body", LIST(V_STMT, s->v.ClassDef.body));
        add(ds, "decorator_list", LIST(V_EXPR, s->v.ClassDef.decorator_list));
        break;
    case MP_STMT_RETURN:
        ds->name = "Return";
        OPT(ds, "value", V_EXPR, s->v.Return.value);
        break;
    case MP_STMT_DELETE:
        ds->name = "Delete";
        add(ds, "targets", LIST(V_EXPR, s->v.Delete.targets));
        break;
    case MP_STMT_ASSIGN:
        ds->name = "Assign";
        add(ds, "targets", LIST(V_EXPR, s->v.Assign.targets));
        add(ds, "value", one(V_EXPR, s->v.Assign.value));
        break;
    case MP_STMT_AUGASSIGN:
        ds->name = "AugAssign";
        add(ds, "target", one(V_EXPR, s->v.AugAssign.target));
        add(ds, "op", one(V_RAW, operator_names[s->v.AugAssign.op]));
        add(ds, "value", one(V_EXPR, s->v.AugAssign.value));
        break;
    case MP_STMT_ANNASSIGN:
        ds->name = "AnnAssign";
        add(ds, "target", one(V_EXPR, s->v.AnnAssign.target));
        add(ds, "annotation", one(V_EXPR, s->v.AnnAssign.annotation));
        OPT(ds, "value", V_EXPR, s->v.AnnAssign.value);
        add(ds, "simple", number(s->v.AnnAssign.simple ? 1 : 0));
        break;
    case MP_STMT_FOR:
    case MP_STMT_ASYNCFOR:
        ds->name = s->kind == MP_STMT_FOR ? "For" : "AsyncFor";
        add(ds, "target", one(V_EXPR, s->v.For.target));
        add(ds, "iter", one(V_EXPR, s->v.For.iter));
        add(ds, "body", LIST(V_STMT, s->v.For.body));
        add(ds, "orelse", LIST(V_STMT, s->v.For.orelse));
        break;
    case MP_STMT_WHILE:
    case MP_STMT_IF:
        ds->name = s->kind == MP_STMT_WHILE ? "While" : "If";
        add(ds, "test", one(V_EXPR, s->v.While.test));
        add(ds, "body", LIST(V_STMT, s->v.While.body));
        add(ds, "orelse", LIST(V_STMT, s->v.While.orelse));
        break;
    case MP_STMT_WITH:
    case MP_STMT_ASYNCWITH:
        ds->name = s->kind == MP_STMT_WITH ? "With" : "AsyncWith";
        add(ds, "items", LIST(V_WITHITEM, s->v.With.items));
        add(ds, "body", LIST(V_STMT, s->v.With.body));
        break;
    case MP_STMT_MATCH:
        ds->name = "Match";
        add(ds, "subject", one(V_EXPR, s->v.Match.subject));
        add(ds, "cases", LIST(V_MATCH_CASE, s->v.Match.cases));
        break;
    case MP_STMT_RAISE:
        ds->name = "Raise";
        OPT(ds, "exc", V_EXPR, s->v.Raise.exc);
        OPT(ds, "cause", V_EXPR, s->v.Raise.cause);
        break;
    case MP_STMT_TRY:
    case MP_STMT_TRYSTAR:
        ds->name = s->kind == MP_STMT_TRY ? "Try" : "TryStar";
        add(ds, "body", LIST(V_STMT, s->v.Try.body));
        add(ds, "handlers", LIST(V_HANDLER, s->v.Try.handlers));
        add(ds, "orelse", LIST(V_STMT, s->v.Try.orelse));
        add(ds, "finalbody", LIST(V_STMT, s->v.Try.finalbody));
        break;
    case MP_STMT_ASSERT:
        ds->name = "Assert";
        add(ds, "test", one(V_EXPR, s->v.Assert.test));
        OPT(ds, "msg", V_EXPR, s->v.Assert.msg);
        break;
    case MP_STMT_IMPORT:
        ds->name = "Import";
        add(ds, "names", LIST(V_ALIAS, s->v.Import.names));
        break;
    case MP_STMT_IMPORTFROM:
        ds->name = "ImportFrom";
        OPT(ds, "module", V_IDENT, s->v.ImportFrom.module);
        add(ds, "names", LIST(V_ALIAS, s->v.ImportFrom.names));
        add(ds, "level", number(s->v.ImportFrom.level));
        break;
    case MP_STMT_GLOBAL:
    case MP_STMT_NONLOCAL:
        ds->name = s->kind == MP_STMT_GLOBAL ? "Global" : "Nonlocal";
        add(ds, "names", LIST(V_IDENT, s->v.Global.names));
        break;
    case MP_STMT_EXPR:
        ds->name = "Expr";
        add(ds, "value", one(V_EXPR, s->v.Expr.value));
        break;
    case MP_STMT_PASS: ds->name = "Pass"; break;
    case MP_STMT_BREAK: ds->name = "Break"; break;
    case MP_STMT_CONTINUE: ds->name = "Continue"; break;
    default: ds->name = "Invalid"; break;
    }
}

static void describe(desc *ds, value_kind k, const void *node) {
    ds->n = 0;
    switch (k) {
    case V_EXPR: describe_expr(ds, node); break;
    case V_STMT: describe_stmt(ds, node); break;
    case V_PATTERN: describe_pattern(ds, node); break;
    case V_ARG: {
        const mp_arg *a = node;
        ds->name = "arg";
        add(ds, "arg", one(V_IDENT, a->arg));
        OPT(ds, "annotation", V_EXPR, a->annotation);
        break;
    }
    case V_ARGUMENTS: {
        const mp_arguments *a = node;
        ds->name = "arguments";
        add(ds, "posonlyargs", LIST(V_ARG, a->posonlyargs));
        add(ds, "args", LIST(V_ARG, a->args));
        OPT(ds, "vararg", V_ARG, a->vararg);
        add(ds, "kwonlyargs", LIST(V_ARG, a->kwonlyargs));
        add(ds, "kw_defaults", LIST(V_EXPR, a->kw_defaults));
        OPT(ds, "kwarg", V_ARG, a->kwarg);
        add(ds, "defaults", LIST(V_EXPR, a->defaults));
        break;
    }
    case V_KEYWORD: {
        const mp_keyword *kw = node;
        ds->name = "keyword";
        OPT(ds, "arg", V_IDENT, kw->arg);
        add(ds, "value", one(V_EXPR, kw->value));
        break;
    }
    case V_COMPREHENSION: {
        const mp_comprehension *c = node;
        ds->name = "comprehension";
        add(ds, "target", one(V_EXPR, c->target));
        add(ds, "iter", one(V_EXPR, c->iter));
        add(ds, "ifs", LIST(V_EXPR, c->ifs));
        add(ds, "is_async", number(c->is_async ? 1 : 0));
        break;
    }
    case V_WITHITEM: {
        const mp_withitem *w = node;
        ds->name = "withitem";
        add(ds, "context_expr", one(V_EXPR, w->context_expr));
        OPT(ds, "optional_vars", V_EXPR, w->optional_vars);
        break;
    }
    case V_HANDLER: {
        const mp_excepthandler *h = node;
        ds->name = "ExceptHandler";
        OPT(ds, "type", V_EXPR, h->type);
        OPT(ds, "name", V_IDENT, h->name);
        add(ds, "body", LIST(V_STMT, h->body));
        break;
    }
    case V_MATCH_CASE: {
        const mp_match_case *c = node;
        ds->name = "match_case";
        add(ds, "pattern", one(V_PATTERN, c->pattern));
        OPT(ds, "guard", V_EXPR, c->guard);
        add(ds, "body", LIST(V_STMT, c->body));
        break;
    }
    case V_ALIAS: {
        const mp_alias *a = node;
        ds->name = "alias";
        add(ds, "name", one(V_IDENT, a->name));
        OPT(ds, "asname", V_IDENT, a->asname);
        break;
    }
    default:
        ds->name = "Invalid";
        break;
    }
}

/* Prints a value that has no children; returns false for a node, which the caller pushes. */
static bool print_leaf(dumper *d, value_kind k, const void *ptr, int number) {
    char buf[16];
    switch (k) {
    case V_RAW: puts_(d, ptr); return true;
    case V_INT:
        snprintf(buf, sizeof buf, "%d", number);
        puts_(d, buf);
        return true;
    case V_IDENT: repr_str(d, ptr, strlen(ptr)); return true;
    case V_CONST: repr_constant(d, ptr); return true;
    default: return false;
    }
}

typedef struct frame {
    desc ds;
    int field;   /* the field being printed */
    int elem;    /* within a list field: the next element; -1 before the field starts */
} frame;

void mp_ast_dump_module(const mp_module *m, mp_dump_write write, void *ctx) {
    dumper dd = {write, ctx}, *d = &dd;
    size_t cap = 64, sp = 0;
    frame *stack = malloc(cap * sizeof *stack);
    if (!stack) {
        puts_(d, "<out of memory>");
        return;
    }
    frame *root = &stack[sp++];
    root->ds.name = "Module";
    root->ds.n = 0;
    add(&root->ds, "body", LIST(V_STMT, m->body));
    add(&root->ds, "type_ignores", one(V_RAW, "[]"));
    root->field = 0;
    root->elem = -1;
    puts_(d, "Module(");
    while (sp > 0) {
        frame *fr = &stack[sp - 1];
        if (fr->field == fr->ds.n) {
            puts_(d, ")");
            sp--;
            continue;
        }
        field *f = &fr->ds.f[fr->field];
        value_kind k = (value_kind)f->v.kind;
        const void *child = NULL;
        if (fr->elem < 0) {
            if (fr->field > 0)
                puts_(d, ", ");
            puts_(d, f->name);
            puts_(d, "=");
            if (f->v.is_list) {
                puts_(d, "[");
                fr->elem = 0;
                continue;
            }
            fr->field++;
            if (print_leaf(d, k, f->v.ptr, f->v.number))
                continue;
            child = f->v.ptr;
        } else {
            if (fr->elem == f->v.count) {
                puts_(d, "]");
                fr->elem = -1;
                fr->field++;
                continue;
            }
            int i = fr->elem++;
            if (i > 0)
                puts_(d, ", ");
            if (k == V_CMPOP) {
                puts_(d, cmp_names[((const int *)f->v.ptr)[i]]);
                continue;
            }
            child = ((const void *const *)f->v.ptr)[i];
            if (!child) {
                puts_(d, "None");
                continue;
            }
            if (print_leaf(d, k, child, 0))
                continue;
        }
        if (sp == cap) {
            frame *bigger = realloc(stack, 2 * cap * sizeof *stack);
            if (!bigger) {
                puts_(d, "<out of memory>");
                break;
            }
            stack = bigger;
            cap *= 2;
        }
        frame *next = &stack[sp++];
        describe(&next->ds, k, child);
        next->field = 0;
        next->elem = -1;
        puts_(d, next->ds.name);
        puts_(d, "(");
    }
    free(stack);
}
