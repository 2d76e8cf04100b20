/* Prints an AST exactly as CPython 3.11's ast.dump(ast.parse(src)) does.
 * Hosted only: float repr needs snprintf/strtod. Recursion depth is bounded
 * by the parser's limits (MP_MAX_EXPR_DEPTH, indentation and bracket depth). */
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

/* ---- nodes ---- */

static void expr(dumper *d, const mp_expr *e);
static void stmt(dumper *d, const mp_stmt *s);
static void pattern(dumper *d, const mp_pattern *p);

/* Node writer: NAME( then fields separated by ", " */
typedef struct node {
    dumper *d;
    int n;
} node;

static node open_node(dumper *d, const char *name) {
    puts_(d, name);
    puts_(d, "(");
    return (node){d, 0};
}

static void field(node *nd, const char *name) {
    if (nd->n++)
        puts_(nd->d, ", ");
    puts_(nd->d, name);
    puts_(nd->d, "=");
}

static void close_node(node *nd) {
    puts_(nd->d, ")");
}

static void ident(dumper *d, const char *s) {
    repr_str(d, s, strlen(s));
}

#define LIST(d, seq, fn)                                  \
    do {                                                  \
        puts_(d, "[");                                    \
        for (int i_ = 0; i_ < (seq).count; i_++) {        \
            if (i_) puts_(d, ", ");                       \
            if ((seq).items[i_]) fn(d, (seq).items[i_]);  \
            else puts_(d, "None");                        \
        }                                                 \
        puts_(d, "]");                                    \
    } while (0)

static void ctx(node *nd, const mp_expr *e) {
    field(nd, "ctx");
    puts_(nd->d, e->ctx == MP_STORE ? "Store()" : e->ctx == MP_DEL ? "Del()" : "Load()");
}

static const char *const operator_names[] = {"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                             "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()",
                                             "FloorDiv()"};
static const char *const unary_names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
static const char *const cmp_names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()",
                                        "In()", "NotIn()"};

static void arg(dumper *d, const mp_arg *a) {
    node n = open_node(d, "arg");
    field(&n, "arg");
    ident(d, a->arg);
    if (a->annotation) {
        field(&n, "annotation");
        expr(d, a->annotation);
    }
    close_node(&n);
}

static void arguments(dumper *d, const mp_arguments *a) {
    node n = open_node(d, "arguments");
    field(&n, "posonlyargs");
    LIST(d, a->posonlyargs, arg);
    field(&n, "args");
    LIST(d, a->args, arg);
    if (a->vararg) {
        field(&n, "vararg");
        arg(d, a->vararg);
    }
    field(&n, "kwonlyargs");
    LIST(d, a->kwonlyargs, arg);
    field(&n, "kw_defaults");
    LIST(d, a->kw_defaults, expr);
    if (a->kwarg) {
        field(&n, "kwarg");
        arg(d, a->kwarg);
    }
    field(&n, "defaults");
    LIST(d, a->defaults, expr);
    close_node(&n);
}

static void keyword(dumper *d, const mp_keyword *k) {
    node n = open_node(d, "keyword");
    if (k->arg) {
        field(&n, "arg");
        ident(d, k->arg);
    }
    field(&n, "value");
    expr(d, k->value);
    close_node(&n);
}

static void comprehension(dumper *d, const mp_comprehension *c) {
    node n = open_node(d, "comprehension");
    field(&n, "target");
    expr(d, c->target);
    field(&n, "iter");
    expr(d, c->iter);
    field(&n, "ifs");
    LIST(d, c->ifs, expr);
    field(&n, "is_async");
    puts_(d, c->is_async ? "1" : "0");
    close_node(&n);
}

static void expr(dumper *d, const mp_expr *e) {
    node n;
    char buf[16];
    switch ((mp_expr_kind)e->kind) {
    case MP_EXPR_BOOLOP:
        n = open_node(d, "BoolOp");
        field(&n, "op");
        puts_(d, e->v.BoolOp.op == MP_AND ? "And()" : "Or()");
        field(&n, "values");
        LIST(d, e->v.BoolOp.values, expr);
        break;
    case MP_EXPR_NAMEDEXPR:
        n = open_node(d, "NamedExpr");
        field(&n, "target");
        expr(d, e->v.NamedExpr.target);
        field(&n, "value");
        expr(d, e->v.NamedExpr.value);
        break;
    case MP_EXPR_BINOP:
        n = open_node(d, "BinOp");
        field(&n, "left");
        expr(d, e->v.BinOp.left);
        field(&n, "op");
        puts_(d, operator_names[e->v.BinOp.op]);
        field(&n, "right");
        expr(d, e->v.BinOp.right);
        break;
    case MP_EXPR_UNARYOP:
        n = open_node(d, "UnaryOp");
        field(&n, "op");
        puts_(d, unary_names[e->v.UnaryOp.op]);
        field(&n, "operand");
        expr(d, e->v.UnaryOp.operand);
        break;
    case MP_EXPR_LAMBDA:
        n = open_node(d, "Lambda");
        field(&n, "args");
        arguments(d, e->v.Lambda.args);
        field(&n, "body");
        expr(d, e->v.Lambda.body);
        break;
    case MP_EXPR_IFEXP:
        n = open_node(d, "IfExp");
        field(&n, "test");
        expr(d, e->v.IfExp.test);
        field(&n, "body");
        expr(d, e->v.IfExp.body);
        field(&n, "orelse");
        expr(d, e->v.IfExp.orelse);
        break;
    case MP_EXPR_DICT:
        n = open_node(d, "Dict");
        field(&n, "keys");
        LIST(d, e->v.Dict.keys, expr);
        field(&n, "values");
        LIST(d, e->v.Dict.values, expr);
        break;
    case MP_EXPR_SET:
        n = open_node(d, "Set");
        field(&n, "elts");
        LIST(d, e->v.Set.elts, expr);
        break;
    case MP_EXPR_LISTCOMP:
    case MP_EXPR_SETCOMP:
    case MP_EXPR_GENERATOREXP:
        n = open_node(d, e->kind == MP_EXPR_LISTCOMP ? "ListComp" : e->kind == MP_EXPR_SETCOMP ? "SetComp" : "GeneratorExp");
        field(&n, "elt");
        expr(d, e->v.ListComp.elt);
        field(&n, "generators");
        LIST(d, e->v.ListComp.generators, comprehension);
        break;
    case MP_EXPR_DICTCOMP:
        n = open_node(d, "DictComp");
        field(&n, "key");
        expr(d, e->v.DictComp.key);
        field(&n, "value");
        expr(d, e->v.DictComp.value);
        field(&n, "generators");
        LIST(d, e->v.DictComp.generators, comprehension);
        break;
    case MP_EXPR_AWAIT:
        n = open_node(d, "Await");
        field(&n, "value");
        expr(d, e->v.Await.value);
        break;
    case MP_EXPR_YIELD:
        n = open_node(d, "Yield");
        if (e->v.Yield.value) {
            field(&n, "value");
            expr(d, e->v.Yield.value);
        }
        break;
    case MP_EXPR_YIELDFROM:
        n = open_node(d, "YieldFrom");
        field(&n, "value");
        expr(d, e->v.YieldFrom.value);
        break;
    case MP_EXPR_COMPARE:
        n = open_node(d, "Compare");
        field(&n, "left");
        expr(d, e->v.Compare.left);
        field(&n, "ops");
        puts_(d, "[");
        for (int i = 0; i < e->v.Compare.ops.count; i++) {
            if (i) puts_(d, ", ");
            puts_(d, cmp_names[e->v.Compare.ops.items[i]]);
        }
        puts_(d, "]");
        field(&n, "comparators");
        LIST(d, e->v.Compare.comparators, expr);
        break;
    case MP_EXPR_CALL:
        n = open_node(d, "Call");
        field(&n, "func");
        expr(d, e->v.Call.func);
        field(&n, "args");
        LIST(d, e->v.Call.args, expr);
        field(&n, "keywords");
        LIST(d, e->v.Call.keywords, keyword);
        break;
    case MP_EXPR_FORMATTEDVALUE:
        n = open_node(d, "FormattedValue");
        field(&n, "value");
        expr(d, e->v.FormattedValue.value);
        field(&n, "conversion");
        snprintf(buf, sizeof buf, "%d", e->v.FormattedValue.conversion);
        puts_(d, buf);
        if (e->v.FormattedValue.format_spec) {
            field(&n, "format_spec");
            expr(d, e->v.FormattedValue.format_spec);
        }
        break;
    case MP_EXPR_JOINEDSTR:
        n = open_node(d, "JoinedStr");
        field(&n, "values");
        LIST(d, e->v.JoinedStr.values, expr);
        break;
    case MP_EXPR_CONSTANT:
        n = open_node(d, "Constant");
        field(&n, "value");
        repr_constant(d, &e->v.Constant.value);
        if (e->v.Constant.kind) {
            field(&n, "kind");
            ident(d, e->v.Constant.kind);
        }
        break;
    case MP_EXPR_ATTRIBUTE:
        n = open_node(d, "Attribute");
        field(&n, "value");
        expr(d, e->v.Attribute.value);
        field(&n, "attr");
        ident(d, e->v.Attribute.attr);
        ctx(&n, e);
        break;
    case MP_EXPR_SUBSCRIPT:
        n = open_node(d, "Subscript");
        field(&n, "value");
        expr(d, e->v.Subscript.value);
        field(&n, "slice");
        expr(d, e->v.Subscript.slice);
        ctx(&n, e);
        break;
    case MP_EXPR_STARRED:
        n = open_node(d, "Starred");
        field(&n, "value");
        expr(d, e->v.Starred.value);
        ctx(&n, e);
        break;
    case MP_EXPR_NAME:
        n = open_node(d, "Name");
        field(&n, "id");
        ident(d, e->v.Name.id);
        ctx(&n, e);
        break;
    case MP_EXPR_LIST:
    case MP_EXPR_TUPLE:
        n = open_node(d, e->kind == MP_EXPR_LIST ? "List" : "Tuple");
        field(&n, "elts");
        LIST(d, e->v.List.elts, expr);
        ctx(&n, e);
        break;
    case MP_EXPR_SLICE:
        n = open_node(d, "Slice");
        if (e->v.Slice.lower) {
            field(&n, "lower");
            expr(d, e->v.Slice.lower);
        }
        if (e->v.Slice.upper) {
            field(&n, "upper");
            expr(d, e->v.Slice.upper);
        }
        if (e->v.Slice.step) {
            field(&n, "step");
            expr(d, e->v.Slice.step);
        }
        break;
    default:
        n = open_node(d, "Invalid");
        break;
    }
    close_node(&n);
}

static void alias(dumper *d, const mp_alias *a) {
    node n = open_node(d, "alias");
    field(&n, "name");
    ident(d, a->name);
    if (a->asname) {
        field(&n, "asname");
        ident(d, a->asname);
    }
    close_node(&n);
}

static void withitem(dumper *d, const mp_withitem *w) {
    node n = open_node(d, "withitem");
    field(&n, "context_expr");
    expr(d, w->context_expr);
    if (w->optional_vars) {
        field(&n, "optional_vars");
        expr(d, w->optional_vars);
    }
    close_node(&n);
}

static void handler(dumper *d, const mp_excepthandler *h) {
    node n = open_node(d, "ExceptHandler");
    if (h->type) {
        field(&n, "type");
        expr(d, h->type);
    }
    if (h->name) {
        field(&n, "name");
        ident(d, h->name);
    }
    field(&n, "body");
    LIST(d, h->body, stmt);
    close_node(&n);
}

static void match_case(dumper *d, const mp_match_case *c) {
    node n = open_node(d, "match_case");
    field(&n, "pattern");
    pattern(d, c->pattern);
    if (c->guard) {
        field(&n, "guard");
        expr(d, c->guard);
    }
    field(&n, "body");
    LIST(d, c->body, stmt);
    close_node(&n);
}

static void pattern(dumper *d, const mp_pattern *p) {
    node n;
    switch ((mp_pattern_kind)p->kind) {
    case MP_PAT_MATCHVALUE:
        n = open_node(d, "MatchValue");
        field(&n, "value");
        expr(d, p->v.MatchValue.value);
        break;
    case MP_PAT_MATCHSINGLETON:
        n = open_node(d, "MatchSingleton");
        field(&n, "value");
        puts_(d, p->v.MatchSingleton.value == MP_CONST_NONE ? "None"
                 : p->v.MatchSingleton.value == MP_CONST_TRUE ? "True" : "False");
        break;
    case MP_PAT_MATCHSEQUENCE:
        n = open_node(d, "MatchSequence");
        field(&n, "patterns");
        LIST(d, p->v.MatchSequence.patterns, pattern);
        break;
    case MP_PAT_MATCHMAPPING:
        n = open_node(d, "MatchMapping");
        field(&n, "keys");
        LIST(d, p->v.MatchMapping.keys, expr);
        field(&n, "patterns");
        LIST(d, p->v.MatchMapping.patterns, pattern);
        if (p->v.MatchMapping.rest) {
            field(&n, "rest");
            ident(d, p->v.MatchMapping.rest);
        }
        break;
    case MP_PAT_MATCHCLASS:
        n = open_node(d, "MatchClass");
        field(&n, "cls");
        expr(d, p->v.MatchClass.cls);
        field(&n, "patterns");
        LIST(d, p->v.MatchClass.patterns, pattern);
        field(&n, "kwd_attrs");
        LIST(d, p->v.MatchClass.kwd_attrs, ident);
        field(&n, "kwd_patterns");
        LIST(d, p->v.MatchClass.kwd_patterns, pattern);
        break;
    case MP_PAT_MATCHSTAR:
        n = open_node(d, "MatchStar");
        if (p->v.MatchStar.name) {
            field(&n, "name");
            ident(d, p->v.MatchStar.name);
        }
        break;
    case MP_PAT_MATCHAS:
        n = open_node(d, "MatchAs");
        if (p->v.MatchAs.pattern) {
            field(&n, "pattern");
            pattern(d, p->v.MatchAs.pattern);
        }
        if (p->v.MatchAs.name) {
            field(&n, "name");
            ident(d, p->v.MatchAs.name);
        }
        break;
    case MP_PAT_MATCHOR:
        n = open_node(d, "MatchOr");
        field(&n, "patterns");
        LIST(d, p->v.MatchOr.patterns, pattern);
        break;
    default:
        n = open_node(d, "Invalid");
        break;
    }
    close_node(&n);
}

static void stmt(dumper *d, const mp_stmt *s) {
    node n;
    char buf[16];
    switch ((mp_stmt_kind)s->kind) {
    case MP_STMT_FUNCTIONDEF:
    case MP_STMT_ASYNCFUNCTIONDEF:
        n = open_node(d, s->kind == MP_STMT_FUNCTIONDEF ? "FunctionDef" : "AsyncFunctionDef");
        field(&n, "name");
        ident(d, s->v.FunctionDef.name);
        field(&n, "args");
        arguments(d, s->v.FunctionDef.args);
        field(&n, "body");
        LIST(d, s->v.FunctionDef.body, stmt);
        field(&n, "decorator_list");
        LIST(d, s->v.FunctionDef.decorator_list, expr);
        if (s->v.FunctionDef.returns) {
            field(&n, "returns");
            expr(d, s->v.FunctionDef.returns);
        }
        break;
    case MP_STMT_CLASSDEF:
        n = open_node(d, "ClassDef");
        field(&n, "name");
        ident(d, s->v.ClassDef.name);
        field(&n, "bases");
        LIST(d, s->v.ClassDef.bases, expr);
        field(&n, "keywords");
        LIST(d, s->v.ClassDef.keywords, keyword);
        field(&n, "body");
        LIST(d, s->v.ClassDef.body, stmt);
        field(&n, "decorator_list");
        LIST(d, s->v.ClassDef.decorator_list, expr);
        break;
    case MP_STMT_RETURN:
        n = open_node(d, "Return");
        if (s->v.Return.value) {
            field(&n, "value");
            expr(d, s->v.Return.value);
        }
        break;
    case MP_STMT_DELETE:
        n = open_node(d, "Delete");
        field(&n, "targets");
        LIST(d, s->v.Delete.targets, expr);
        break;
    case MP_STMT_ASSIGN:
        n = open_node(d, "Assign");
        field(&n, "targets");
        LIST(d, s->v.Assign.targets, expr);
        field(&n, "value");
        expr(d, s->v.Assign.value);
        break;
    case MP_STMT_AUGASSIGN:
        n = open_node(d, "AugAssign");
        field(&n, "target");
        expr(d, s->v.AugAssign.target);
        field(&n, "op");
        puts_(d, operator_names[s->v.AugAssign.op]);
        field(&n, "value");
        expr(d, s->v.AugAssign.value);
        break;
    case MP_STMT_ANNASSIGN:
        n = open_node(d, "AnnAssign");
        field(&n, "target");
        expr(d, s->v.AnnAssign.target);
        field(&n, "annotation");
        expr(d, s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) {
            field(&n, "value");
            expr(d, s->v.AnnAssign.value);
        }
        field(&n, "simple");
        puts_(d, s->v.AnnAssign.simple ? "1" : "0");
        break;
    case MP_STMT_FOR:
    case MP_STMT_ASYNCFOR:
        n = open_node(d, s->kind == MP_STMT_FOR ? "For" : "AsyncFor");
        field(&n, "target");
        expr(d, s->v.For.target);
        field(&n, "iter");
        expr(d, s->v.For.iter);
        field(&n, "body");
        LIST(d, s->v.For.body, stmt);
        field(&n, "orelse");
        LIST(d, s->v.For.orelse, stmt);
        break;
    case MP_STMT_WHILE:
    case MP_STMT_IF:
        n = open_node(d, s->kind == MP_STMT_WHILE ? "While" : "If");
        field(&n, "test");
        expr(d, s->v.While.test);
        field(&n, "body");
        LIST(d, s->v.While.body, stmt);
        field(&n, "orelse");
        LIST(d, s->v.While.orelse, stmt);
        break;
    case MP_STMT_WITH:
    case MP_STMT_ASYNCWITH:
        n = open_node(d, s->kind == MP_STMT_WITH ? "With" : "AsyncWith");
        field(&n, "items");
        LIST(d, s->v.With.items, withitem);
        field(&n, "body");
        LIST(d, s->v.With.body, stmt);
        break;
    case MP_STMT_MATCH:
        n = open_node(d, "Match");
        field(&n, "subject");
        expr(d, s->v.Match.subject);
        field(&n, "cases");
        LIST(d, s->v.Match.cases, match_case);
        break;
    case MP_STMT_RAISE:
        n = open_node(d, "Raise");
        if (s->v.Raise.exc) {
            field(&n, "exc");
            expr(d, s->v.Raise.exc);
        }
        if (s->v.Raise.cause) {
            field(&n, "cause");
            expr(d, s->v.Raise.cause);
        }
        break;
    case MP_STMT_TRY:
    case MP_STMT_TRYSTAR:
        n = open_node(d, s->kind == MP_STMT_TRY ? "Try" : "TryStar");
        field(&n, "body");
        LIST(d, s->v.Try.body, stmt);
        field(&n, "handlers");
        LIST(d, s->v.Try.handlers, handler);
        field(&n, "orelse");
        LIST(d, s->v.Try.orelse, stmt);
        field(&n, "finalbody");
        LIST(d, s->v.Try.finalbody, stmt);
        break;
    case MP_STMT_ASSERT:
        n = open_node(d, "Assert");
        field(&n, "test");
        expr(d, s->v.Assert.test);
        if (s->v.Assert.msg) {
            field(&n, "msg");
            expr(d, s->v.Assert.msg);
        }
        break;
    case MP_STMT_IMPORT:
        n = open_node(d, "Import");
        field(&n, "names");
        LIST(d, s->v.Import.names, alias);
        break;
    case MP_STMT_IMPORTFROM:
        n = open_node(d, "ImportFrom");
        if (s->v.ImportFrom.module) {
            field(&n, "module");
            ident(d, s->v.ImportFrom.module);
        }
        field(&n, "names");
        LIST(d, s->v.ImportFrom.names, alias);
        field(&n, "level");
        snprintf(buf, sizeof buf, "%d", s->v.ImportFrom.level);
        puts_(d, buf);
        break;
    case MP_STMT_GLOBAL:
    case MP_STMT_NONLOCAL:
        n = open_node(d, s->kind == MP_STMT_GLOBAL ? "Global" : "Nonlocal");
        field(&n, "names");
        LIST(d, s->v.Global.names, ident);
        break;
    case MP_STMT_EXPR:
        n = open_node(d, "Expr");
        field(&n, "value");
        expr(d, s->v.Expr.value);
        break;
    case MP_STMT_PASS: n = open_node(d, "Pass"); break;
    case MP_STMT_BREAK: n = open_node(d, "Break"); break;
    case MP_STMT_CONTINUE: n = open_node(d, "Continue"); break;
    default: n = open_node(d, "Invalid"); break;
    }
    close_node(&n);
}

void mp_ast_dump_module(const mp_module *m, mp_dump_write write, void *ctx) {
    dumper d = {write, ctx};
    node n = open_node(&d, "Module");
    field(&n, "body");
    LIST(&d, m->body, stmt);
    field(&n, "type_ignores");
    puts_(&d, "[]");
    close_node(&n);
}
