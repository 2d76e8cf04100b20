#include "build.h"

#include <stdarg.h>

#include "unicode.h"

void *mp_new(mp_parser *p, size_t size) {
    void *m = mp_arena_zalloc(p->arena, size);
    if (!m)
        mp_diag_error(p->diag, 0, -1, "out of memory");
    return m;
}

mp_expr *mp_new_expr(mp_parser *p, mp_expr_kind kind, mp_loc loc) {
    mp_expr *e = mp_new(p, sizeof *e);
    if (e) {
        e->kind = (uint8_t)kind;
        e->loc = loc;
        e->depth = 1;
    }
    return e;
}

mp_stmt *mp_new_stmt(mp_parser *p, mp_stmt_kind kind, mp_loc loc) {
    mp_stmt *s = mp_new(p, sizeof *s);
    if (s) {
        s->kind = (uint8_t)kind;
        s->depth = 1;
        s->loc = loc;
    }
    return s;
}

static uint32_t body_depth(uint32_t d, mp_stmt_seq body) {
    for (int i = 0; i < body.count; i++)
        if (body.items[i]->depth > d)
            d = body.items[i]->depth;
    return d;
}

mp_stmt *mp_stmt_done(mp_parser *p, mp_stmt *s) {
    if (!s)
        return NULL;
    uint32_t d = 0;
    switch ((mp_stmt_kind)s->kind) {
    case MP_STMT_FUNCTIONDEF: case MP_STMT_ASYNCFUNCTIONDEF: d = body_depth(d, s->v.FunctionDef.body); break;
    case MP_STMT_CLASSDEF: d = body_depth(d, s->v.ClassDef.body); break;
    case MP_STMT_FOR: case MP_STMT_ASYNCFOR:
        d = body_depth(body_depth(d, s->v.For.body), s->v.For.orelse);
        break;
    case MP_STMT_WHILE: case MP_STMT_IF: d = body_depth(body_depth(d, s->v.If.body), s->v.If.orelse); break;
    case MP_STMT_WITH: case MP_STMT_ASYNCWITH: d = body_depth(d, s->v.With.body); break;
    case MP_STMT_MATCH:
        for (int i = 0; i < s->v.Match.cases.count; i++)
            d = body_depth(d, s->v.Match.cases.items[i]->body);
        break;
    case MP_STMT_TRY: case MP_STMT_TRYSTAR:
        d = body_depth(body_depth(body_depth(d, s->v.Try.body), s->v.Try.orelse), s->v.Try.finalbody);
        for (int i = 0; i < s->v.Try.handlers.count; i++)
            d = body_depth(d, s->v.Try.handlers.items[i]->body);
        break;
    default: break;
    }
    s->depth = d + 1;
    if (s->depth > MP_MAX_STMT_DEPTH) {
        mp_error_at(p, s->loc, "too many nested statements");
        return NULL;
    }
    return s;
}

mp_pattern *mp_new_pattern(mp_parser *p, mp_pattern_kind kind, mp_loc loc) {
    mp_pattern *s = mp_new(p, sizeof *s);
    if (s) {
        s->kind = (uint8_t)kind;
        s->loc = loc;
    }
    return s;
}

/* Identifiers are NFKC-normalised, as CPython does: compatibility mapping per
 * character, then composition of adjacent pairs (no reordering of marks). */
static const char *normalised_ident(mp_parser *p, const mp_token *tok) {
    size_t cap = (size_t)tok->len * 18 + 1;   /* NFKC expands a character to at most 18 code points */
    uint32_t *cps = mp_arena_alloc(p->arena, cap * sizeof *cps);
    if (!cps)
        return NULL;
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)tok->s, *e = s + tok->len;
    while (s < e) {
        uint32_t cp;
        s += mp_utf8_decode(s, &cp);
        const char *k = cp >= 0x80 ? mp_unicode_nfkc(cp) : NULL;
        if (!k) {
            cps[n++] = cp;
            continue;
        }
        for (const unsigned char *q = (const unsigned char *)k; *q && n < cap;) {
            q += mp_utf8_decode(q, &cp);
            cps[n++] = cp;
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = m ? mp_unicode_compose(cps[m - 1], cps[i]) : 0;
        if (c)
            cps[m - 1] = c;
        else
            cps[m++] = cps[i];
    }
    char *out = mp_arena_alloc(p->arena, m * 4 + 1);
    if (!out)
        return NULL;
    size_t len = 0;
    for (size_t i = 0; i < m; i++)
        len += (size_t)mp_utf8_encode(cps[i], out + len);
    out[len] = 0;
    return out;
}

const char *mp_ident(mp_parser *p, const mp_token *tok) {
    bool ascii = true;
    for (uint32_t i = 0; i < tok->len; i++)
        if ((unsigned char)tok->s[i] >= 0x80)
            ascii = false;
    const char *s = ascii ? mp_arena_strndup(p->arena, tok->s, tok->len) : normalised_ident(p, tok);
    if (!s)
        mp_diag_error(p->diag, 0, -1, "out of memory");
    return s;
}

mp_vec *mp_vec1(mp_parser *p, void *item) {
    mp_vec *v = mp_vec_new(p->arena);
    if (!v || (item && !mp_vec_push(p->arena, v, item))) {
        mp_diag_error(p->diag, 0, -1, "out of memory");
        return NULL;
    }
    return v;
}

mp_vec *mp_push(mp_parser *p, mp_vec *v, void *item) {
    if (!v || !item)
        return NULL;
    if (!mp_vec_push(p->arena, v, item)) {
        mp_diag_error(p->diag, 0, -1, "out of memory");
        return NULL;
    }
    return v;
}

mp_vec *mp_extend(mp_parser *p, mp_vec *v, mp_vec *more) {
    if (!v || !more)
        return NULL;
    for (int i = 0; i < more->count; i++)
        if (!mp_push(p, v, more->items[i]))
            return NULL;
    return v;
}

bool mp_error_at(mp_parser *p, mp_loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_diag_verror(p->diag, loc.line, loc.col, fmt, ap);
    va_end(ap);
    return false;
}

static uint32_t dmax(uint32_t a, const mp_expr *e) {
    return e && e->depth > a ? e->depth : a;
}

static uint32_t seq_depth(uint32_t d, mp_expr_seq s) {
    for (int i = 0; i < s.count; i++)
        d = dmax(d, s.items[i]);
    return d;
}

static uint32_t comp_depth(uint32_t d, mp_comprehension_seq gens) {
    for (int i = 0; i < gens.count; i++) {
        d = dmax(d, gens.items[i]->target);
        d = dmax(d, gens.items[i]->iter);
        d = seq_depth(d, gens.items[i]->ifs);
    }
    return d;
}

static uint32_t args_depth(uint32_t d, const mp_arguments *a) {
    if (!a)
        return d;
    d = seq_depth(d, a->defaults);
    d = seq_depth(d, a->kw_defaults);
    return d;
}

mp_expr *mp_done(mp_parser *p, mp_expr *e) {
    if (!e)
        return NULL;
    uint32_t d = 0;
    switch ((mp_expr_kind)e->kind) {
    case MP_EXPR_BOOLOP: d = seq_depth(d, e->v.BoolOp.values); break;
    case MP_EXPR_NAMEDEXPR: d = dmax(dmax(d, e->v.NamedExpr.target), e->v.NamedExpr.value); break;
    case MP_EXPR_BINOP: d = dmax(dmax(d, e->v.BinOp.left), e->v.BinOp.right); break;
    case MP_EXPR_UNARYOP: d = dmax(d, e->v.UnaryOp.operand); break;
    case MP_EXPR_LAMBDA: d = args_depth(dmax(d, e->v.Lambda.body), e->v.Lambda.args); break;
    case MP_EXPR_IFEXP:
        d = dmax(dmax(dmax(d, e->v.IfExp.test), e->v.IfExp.body), e->v.IfExp.orelse);
        break;
    case MP_EXPR_DICT: d = seq_depth(seq_depth(d, e->v.Dict.keys), e->v.Dict.values); break;
    case MP_EXPR_SET: d = seq_depth(d, e->v.Set.elts); break;
    case MP_EXPR_LISTCOMP:
    case MP_EXPR_SETCOMP:
    case MP_EXPR_GENERATOREXP:
        d = comp_depth(dmax(d, e->v.ListComp.elt), e->v.ListComp.generators);
        break;
    case MP_EXPR_DICTCOMP:
        d = comp_depth(dmax(dmax(d, e->v.DictComp.key), e->v.DictComp.value), e->v.DictComp.generators);
        break;
    case MP_EXPR_AWAIT: case MP_EXPR_YIELD: case MP_EXPR_YIELDFROM: case MP_EXPR_STARRED:
        d = dmax(d, e->v.Await.value);
        break;
    case MP_EXPR_COMPARE: d = seq_depth(dmax(d, e->v.Compare.left), e->v.Compare.comparators); break;
    case MP_EXPR_CALL: {
        d = seq_depth(dmax(d, e->v.Call.func), e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.count; i++)
            d = dmax(d, e->v.Call.keywords.items[i]->value);
        break;
    }
    case MP_EXPR_FORMATTEDVALUE:
        d = dmax(dmax(d, e->v.FormattedValue.value), e->v.FormattedValue.format_spec);
        break;
    case MP_EXPR_JOINEDSTR: d = seq_depth(d, e->v.JoinedStr.values); break;
    case MP_EXPR_ATTRIBUTE: d = dmax(d, e->v.Attribute.value); break;
    case MP_EXPR_SUBSCRIPT: d = dmax(dmax(d, e->v.Subscript.value), e->v.Subscript.slice); break;
    case MP_EXPR_LIST: case MP_EXPR_TUPLE: d = seq_depth(d, e->v.List.elts); break;
    case MP_EXPR_SLICE:
        d = dmax(dmax(dmax(d, e->v.Slice.lower), e->v.Slice.upper), e->v.Slice.step);
        break;
    case MP_EXPR_WITH_AS_:
        d = dmax(dmax(d, e->v.WithAs_.context_expr), e->v.WithAs_.optional_vars);
        break;
    case MP_EXPR_CONSTANT: case MP_EXPR_NAME: break;
    }
    e->depth = d + 1;
    if (e->depth > MP_MAX_EXPR_DEPTH) {
        mp_error_at(p, e->loc, "too many nested expressions");
        return NULL;
    }
    return e;
}

mp_expr *mp_tuple_or_single(mp_parser *p, mp_list list, mp_loc loc) {
    if (!list.v)
        return NULL;
    if (list.v->count == 1 && !list.comma)
        return list.v->items[0];
    mp_expr *t = mp_new_expr(p, MP_EXPR_TUPLE, loc);
    if (!t)
        return NULL;
    t->v.Tuple.elts = MP_SEQ_OF(mp_expr_seq, list.v);
    return mp_done(p, t);
}

static const char *expr_description(const mp_expr *e) {
    if (e->kind == MP_EXPR_WITH_AS_)
        return "expression";
    switch ((mp_expr_kind)e->kind) {
    case MP_EXPR_BOOLOP: case MP_EXPR_BINOP: case MP_EXPR_UNARYOP: return "expression";
    case MP_EXPR_NAMEDEXPR: return "named expression";
    case MP_EXPR_LAMBDA: return "lambda";
    case MP_EXPR_IFEXP: return "conditional expression";
    case MP_EXPR_DICT: return "dict literal";
    case MP_EXPR_SET: return "set display";
    case MP_EXPR_LISTCOMP: return "list comprehension";
    case MP_EXPR_SETCOMP: return "set comprehension";
    case MP_EXPR_DICTCOMP: return "dict comprehension";
    case MP_EXPR_GENERATOREXP: return "generator expression";
    case MP_EXPR_AWAIT: return "await expression";
    case MP_EXPR_YIELD: case MP_EXPR_YIELDFROM: return "yield expression";
    case MP_EXPR_COMPARE: return "comparison";
    case MP_EXPR_CALL: return "function call";
    case MP_EXPR_FORMATTEDVALUE: case MP_EXPR_JOINEDSTR: return "f-string expression";
    case MP_EXPR_CONSTANT: {
        mp_const_kind k = e->v.Constant.value.kind;
        if (k == MP_CONST_NONE) return "None";
        if (k == MP_CONST_TRUE) return "True";
        if (k == MP_CONST_FALSE) return "False";
        if (k == MP_CONST_ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case MP_EXPR_SLICE: return "slice";
    default: return "expression";
    }
}

const char *mp_expr_name(const mp_expr *e) {
    if (e->kind == MP_EXPR_ATTRIBUTE) return "attribute";
    if (e->kind == MP_EXPR_SUBSCRIPT) return "subscript";
    if (e->kind == MP_EXPR_STARRED) return "starred";
    if (e->kind == MP_EXPR_NAME) return "name";
    if (e->kind == MP_EXPR_LIST) return "list";
    if (e->kind == MP_EXPR_TUPLE) return "tuple";
    return expr_description(e);
}

/* The first sub-expression that cannot be a target, or NULL. */
static mp_expr *invalid_target(mp_expr *e, mp_expr_context ctx) {
    switch ((mp_expr_kind)e->kind) {
    case MP_EXPR_NAME:
    case MP_EXPR_ATTRIBUTE:
    case MP_EXPR_SUBSCRIPT:
        return NULL;
    case MP_EXPR_STARRED:
        return ctx == MP_DEL ? e : invalid_target(e->v.Starred.value, ctx);
    case MP_EXPR_TUPLE:
    case MP_EXPR_LIST:
        for (int i = 0; i < e->v.Tuple.elts.count; i++) {
            mp_expr *bad = invalid_target(e->v.Tuple.elts.items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    default:
        return e;
    }
}

static void apply_context(mp_expr *e, mp_expr_context ctx) {
    e->ctx = (uint8_t)ctx;
    if (e->kind == MP_EXPR_STARRED)
        apply_context(e->v.Starred.value, ctx);
    else if (e->kind == MP_EXPR_TUPLE || e->kind == MP_EXPR_LIST)
        for (int i = 0; i < e->v.Tuple.elts.count; i++)
            apply_context(e->v.Tuple.elts.items[i], ctx);
}

bool mp_set_context(mp_parser *p, mp_expr *e, mp_expr_context ctx) {
    mp_expr *bad = invalid_target(e, ctx);
    if (bad) {
        if (ctx == MP_DEL)
            return mp_error_at(p, bad->loc, "cannot delete %s", mp_expr_name(bad));
        return mp_error_at(p, bad->loc, "cannot assign to %s", mp_expr_name(bad));
    }
    apply_context(e, ctx);
    return true;
}

/* Whether e is a bitwise_or-level expression in CPython's grammar. */
static bool is_bitwise_or(const mp_expr *e) {
    if (e->parens)
        return true;
    switch ((mp_expr_kind)e->kind) {
    case MP_EXPR_TUPLE: case MP_EXPR_COMPARE: case MP_EXPR_BOOLOP: case MP_EXPR_IFEXP: case MP_EXPR_LAMBDA:
    case MP_EXPR_STARRED: case MP_EXPR_YIELD: case MP_EXPR_YIELDFROM: case MP_EXPR_NAMEDEXPR:
        return false;
    case MP_EXPR_UNARYOP:
        return e->v.UnaryOp.op != MP_NOT;
    default:
        return true;
    }
}

bool mp_set_assign_target(mp_parser *p, mp_expr *target, mp_expr *value, bool chained) {
    if (target->kind == MP_EXPR_YIELD || target->kind == MP_EXPR_YIELDFROM) {
        if (!target->parens)
            return mp_error_at(p, target->loc, "assignment to yield expression not possible");
    }
    mp_expr *bad = invalid_target(target, MP_STORE);
    if (!bad) {
        apply_context(target, MP_STORE);
        return true;
    }
    bool singleton = target->kind == MP_EXPR_CONSTANT && target->v.Constant.value.kind <= MP_CONST_FALSE;
    if (bad == target && is_bitwise_or(target) && !singleton && target->kind != MP_EXPR_GENERATOREXP &&
        value && is_bitwise_or(value) && !chained)
        return mp_error_at(p, bad->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           mp_expr_name(bad));
    return mp_error_at(p, bad->loc, "cannot assign to %s", mp_expr_name(bad));
}

bool mp_check_no_with_as(mp_parser *p) {
    if (p->with_as_count > 0 && p->pending_with_as) {
        mp_expr *e = p->pending_with_as;
        p->pending_with_as = NULL;
        p->with_as_count = 0;
        return mp_error_at(p, e->loc, "invalid syntax");
    }
    return true;
}

bool mp_no_lone_star(mp_parser *p, mp_expr *e) {
    if (e && e->kind == MP_EXPR_STARRED && !e->parens)
        return mp_error_at(p, e->loc, "can't use starred expression here");
    return true;
}

bool mp_split_call_args(mp_parser *p, mp_list args, mp_loc close, mp_expr_seq *pos, mp_keyword_seq *kws) {
    mp_loc at_end = close;
    mp_vec *pv = mp_vec_new(p->arena), *kv = mp_vec_new(p->arena);
    if (!pv || !kv)
        return mp_error_at(p, (mp_loc){0, -1, 0, -1, NULL}, "out of memory");
    int n = args.v ? args.v->count : 0;
    bool seen_kw = false, seen_kwstar = false;
    for (int i = 0; i < n; i++) {
        mp_callarg *a = args.v->items[i];
        switch (a->kind) {
        case MP_ARG_GENEXP:
            if (n > 1 || args.comma)
                return mp_error_at(p, a->loc, "Generator expression must be parenthesized");
            /* fall through */
        case MP_ARG_POS:
            if (seen_kwstar)
                return mp_error_at(p, at_end, "positional argument follows keyword argument unpacking");
            if (seen_kw)
                return mp_error_at(p, at_end, "positional argument follows keyword argument");
            if (!mp_push(p, pv, a->value))
                return false;
            break;
        case MP_ARG_STAR:
            if (seen_kwstar)
                return mp_error_at(p, ((mp_callarg *)args.v->items[0])->loc,
                                   "iterable argument unpacking follows keyword argument unpacking");
            if (!mp_push(p, pv, a->value))
                return false;
            break;
        case MP_ARG_KW:
        case MP_ARG_KWSTAR: {
            if (a->kind == MP_ARG_KW) {
                seen_kw = true;
            } else {
                seen_kwstar = true;
            }
            mp_keyword *k = mp_new(p, sizeof *k);
            if (!k)
                return false;
            k->loc = a->loc;
            k->arg = a->name;
            k->value = a->value;
            if (!mp_push(p, kv, k))
                return false;
            break;
        }
        }
    }
    *pos = MP_SEQ_OF(mp_expr_seq, pv);
    *kws = MP_SEQ_OF(mp_keyword_seq, kv);
    return true;
}

mp_expr *mp_make_call(mp_parser *p, mp_expr *func, mp_list args, mp_loc loc, mp_loc close) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_CALL, loc);
    if (!e)
        return NULL;
    e->v.Call.func = func;
    if (!mp_split_call_args(p, args, close, &e->v.Call.args, &e->v.Call.keywords))
        return NULL;
    return mp_done(p, e);
}

mp_arguments *mp_empty_arguments(mp_parser *p) {
    return mp_new(p, sizeof(mp_arguments));
}

mp_arguments *mp_make_arguments(mp_parser *p, mp_vec *params, bool lambda, mp_loc close) {
    mp_arguments *a = mp_empty_arguments(p);
    mp_vec *posonly = mp_vec_new(p->arena), *args = mp_vec_new(p->arena), *kwonly = mp_vec_new(p->arena),
           *kwdef = mp_vec_new(p->arena), *defaults = mp_vec_new(p->arena);
    if (!a || !posonly || !args || !kwonly || !kwdef || !defaults) {
        mp_diag_error(p->diag, 0, -1, "out of memory");
        return NULL;
    }
    bool seen_slash = false, seen_star = false, seen_default = false;
    int n = params->count;
    for (int i = 0; i < n; i++) {
        mp_param *pr = params->items[i];
        if (a->kwarg) {
            mp_error_at(p, pr->loc, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (pr->kind) {
        case MP_PARAM_SLASH:
            if (seen_slash) {
                mp_error_at(p, pr->loc, "/ may appear only once");
                return NULL;
            }
            if (seen_star) {
                mp_error_at(p, pr->loc, "/ must be ahead of *");
                return NULL;
            }
            if (args->count == 0) {
                /* CPython 3.11 words this only for def; a lambda gets plain invalid syntax */
                mp_error_at(p, pr->loc, lambda ? "invalid syntax" : "at least one argument must precede /");
                return NULL;
            }
            seen_slash = true;
            for (int j = 0; j < args->count; j++)
                mp_push(p, posonly, args->items[j]);
            args->count = 0;
            break;
        case MP_PARAM_STAR:
            if (seen_star) {
                mp_error_at(p, pr->loc, "* argument may appear only once");
                return NULL;
            }
            seen_star = true;
            a->vararg = pr->arg;
            if (!pr->arg && (i + 1 == n || ((mp_param *)params->items[i + 1])->kind == MP_PARAM_STARSTAR)) {
                mp_loc at = lambda ? close : pr->loc;
                mp_error_at(p, at, "named arguments must follow bare *");
                return NULL;
            }
            break;
        case MP_PARAM_STARSTAR:
            a->kwarg = pr->arg;
            break;
        case MP_PARAM_PLAIN:
            if (seen_star) {
                if (!mp_push(p, kwonly, pr->arg))
                    return NULL;
                mp_vec_push(p->arena, kwdef, pr->default_);
            } else {
                if (pr->default_) {
                    seen_default = true;
                    if (!mp_push(p, defaults, pr->default_))
                        return NULL;
                } else if (seen_default) {
                    mp_error_at(p, pr->loc, "non-default argument follows default argument");
                    return NULL;
                }
                if (!mp_push(p, args, pr->arg))
                    return NULL;
            }
            break;
        }
    }
    a->posonlyargs = MP_SEQ_OF(mp_arg_seq, posonly);
    a->args = MP_SEQ_OF(mp_arg_seq, args);
    a->kwonlyargs = MP_SEQ_OF(mp_arg_seq, kwonly);
    a->kw_defaults = MP_SEQ_OF(mp_expr_seq, kwdef);
    a->defaults = MP_SEQ_OF(mp_expr_seq, defaults);
    return a;
}

static mp_withitem *with_item(mp_parser *p, mp_expr *e) {
    mp_withitem *w = mp_new(p, sizeof *w);
    if (!w)
        return NULL;
    if (e->kind == MP_EXPR_WITH_AS_) {
        p->with_as_count--;
        w->context_expr = e->v.WithAs_.context_expr;
        w->optional_vars = e->v.WithAs_.optional_vars;
        if (!mp_set_context(p, w->optional_vars, MP_STORE))
            return NULL;
    } else {
        w->context_expr = e;
    }
    return w;
}

/* items holds expressions: plain context managers or `x as y` pseudo nodes.
 * Called right after the header's ':' so the body sees no pending pseudo nodes. */
mp_vec *mp_make_with_items(mp_parser *p, mp_vec *items, mp_loc colon) {
    mp_vec *out = mp_vec_new(p->arena);
    if (!out)
        return NULL;
    if (items->count == 1) {
        mp_expr *e = items->items[0];
        /* `with (a, b as c):` is a parenthesised list of items, not a tuple */
        if (e->kind == MP_EXPR_TUPLE && e->parens == 1) {
            for (int i = 0; i < e->v.Tuple.elts.count; i++)
                if (!mp_push(p, out, with_item(p, e->v.Tuple.elts.items[i])))
                    return NULL;
            return out;
        }
    }
    for (int i = 0; i < items->count; i++) {
        mp_expr *e = items->items[i];
        if (e->kind == MP_EXPR_WITH_AS_ && e->parens && !(items->count == 1 && e->parens == 1)) {
            mp_error_at(p, colon, "invalid syntax");   /* CPython gives up at the ':' */
            return NULL;
        }
        if (e->kind == MP_EXPR_TUPLE) {
            for (int j = 0; j < e->v.Tuple.elts.count; j++)
                if (e->v.Tuple.elts.items[j]->kind == MP_EXPR_WITH_AS_) {
                    mp_error_at(p, e->v.Tuple.elts.items[j]->loc, "invalid syntax");
                    return NULL;
                }
        }
        if (!mp_push(p, out, with_item(p, e)))
            return NULL;
    }
    return out;
}

mp_expr *mp_make_compare(mp_parser *p, mp_expr *left, mp_vec *ops, mp_vec *comparators, mp_loc loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_COMPARE, loc);
    int *o = mp_new(p, sizeof(int) * (size_t)(ops->count ? ops->count : 1));
    if (!e || !o)
        return NULL;
    for (int i = 0; i < ops->count; i++)
        o[i] = (int)(intptr_t)ops->items[i] - 1;
    e->v.Compare.left = left;
    e->v.Compare.ops.count = ops->count;
    e->v.Compare.ops.items = o;
    e->v.Compare.comparators = MP_SEQ_OF(mp_expr_seq, comparators);
    return mp_done(p, e);
}
