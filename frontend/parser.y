/* Python 3.11 grammar (Bison, LALR(1)). Expressions are parsed once and
 * turned into targets afterwards (mp_set_context), as CPython's parser does. */
%define api.pure full
%locations
%param {mp_parser *p}
%define parse.error custom

%code requires {
#include "parser_state.h"
#include "build.h"
}

%code provides {
int yylex(YYSTYPE *val, YYLTYPE *loc, mp_parser *p);
}

%code {
static void yyerror(YYLTYPE *loc, mp_parser *p, const char *msg);
}

%code {
#include "unicode.h"

/* The parser stack lives in the arena-backed allocator; no malloc. */
#define YYMAXDEPTH 200000
#define YYINITDEPTH 512
#define YYSTACK_USE_ALLOCA 0
#define YYMALLOC(n) mp_parser_stack_alloc(p, n)
#define YYFREE(ptr) ((void)(ptr))
static void *mp_parser_stack_alloc(mp_parser *p, size_t n) {
    return mp_arena_alloc(p->arena, n);
}

static mp_loc make_loc(const mp_parser *p, YYLTYPE l) {
    return (mp_loc){l.first_line, l.first_column, l.last_line, l.last_column,
                    p->options ? p->options->filename : NULL};
}
#define L(l) make_loc(p, l)

/* Fail the parse when an action could not build its node (diag already set). */
#define NEED(x) do { if (!(x)) YYABORT; } while (0)

static mp_expr *binop(mp_parser *p, mp_expr *l, mp_operator op, mp_expr *r, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_BINOP, L(loc));
    if (!e) return NULL;
    e->v.BinOp.left = l;
    e->v.BinOp.op = op;
    e->v.BinOp.right = r;
    return mp_done(p, e);
}

static mp_expr *unary(mp_parser *p, mp_unaryop op, mp_expr *v, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_UNARYOP, L(loc));
    if (!e) return NULL;
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    return mp_done(p, e);
}

static mp_expr *one(mp_parser *p, mp_expr_kind kind, mp_expr *v, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, kind, L(loc));
    if (!e) return NULL;
    e->v.Await.value = v;
    return mp_done(p, e);
}

static mp_expr *name(mp_parser *p, mp_token t, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_NAME, L(loc));
    if (!e || !(e->v.Name.id = mp_ident(p, &t))) return NULL;
    return e;
}

static mp_expr *constant(mp_parser *p, mp_const_kind k, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_CONSTANT, L(loc));
    if (e) e->v.Constant.value.kind = k;
    return e;
}

static mp_expr *number(mp_parser *p, mp_token t, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_CONSTANT, L(loc));
    if (!e || !mp_decode_number(p, &t, loc.first_line, loc.first_column, &e->v.Constant.value)) return NULL;
    return e;
}

static mp_expr *seq_expr(mp_parser *p, mp_expr_kind kind, mp_vec *v, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, kind, L(loc));
    if (!e) return NULL;
    e->v.List.elts = MP_SEQ_OF(mp_expr_seq, v);
    return mp_done(p, e);
}

static mp_expr *comp(mp_parser *p, mp_expr_kind kind, mp_expr *elt, mp_vec *gens, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, kind, L(loc));
    if (!e) return NULL;
    if (elt->kind == MP_EXPR_STARRED) {
        mp_error_at(p, elt->loc, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    e->v.ListComp.elt = elt;
    e->v.ListComp.generators = MP_SEQ_OF(mp_comprehension_seq, gens);
    return mp_done(p, e);
}

static mp_expr *boolop(mp_parser *p, mp_boolop op, mp_vec *v, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_BOOLOP, L(loc));
    if (!e) return NULL;
    e->v.BoolOp.op = op;
    e->v.BoolOp.values = MP_SEQ_OF(mp_expr_seq, v);
    return mp_done(p, e);
}

static mp_vec *vec2(mp_parser *p, void *a, void *b) {
    return mp_push(p, mp_vec1(p, a), b);
}

static mp_stmt *stmt(mp_parser *p, mp_stmt_kind kind, YYLTYPE loc) {
    return mp_new_stmt(p, kind, L(loc));
}

static mp_stmt *expr_stmt(mp_parser *p, mp_expr *e, YYLTYPE loc) {
    mp_stmt *s = stmt(p, MP_STMT_EXPR, loc);
    if (s) s->v.Expr.value = e;
    return s;
}

static mp_stmt_seq stmts_of(mp_vec *v) {
    return MP_SEQ_OF(mp_stmt_seq, v);
}

static mp_param *param(mp_parser *p, mp_param_kind kind, mp_token *nm, mp_expr *ann, mp_expr *def, YYLTYPE loc) {
    mp_param *pr = mp_new(p, sizeof *pr);
    if (!pr) return NULL;
    pr->kind = kind;
    pr->default_ = def;
    pr->loc = L(loc);
    if (nm) {
        mp_arg *a = mp_new(p, sizeof *a);
        if (!a || !(a->arg = mp_ident(p, nm))) return NULL;
        a->annotation = ann;
        a->loc = L(loc);
        pr->arg = a;
    }
    return pr;
}

static mp_callarg *callarg(mp_parser *p, mp_argkind kind, mp_expr *v, const char *nm, YYLTYPE loc) {
    mp_callarg *a = mp_new(p, sizeof *a);
    if (!a) return NULL;
    a->kind = kind;
    a->value = v;
    a->name = nm;
    a->loc = L(loc);
    return a;
}

static mp_comprehension *comp_for(mp_parser *p, mp_expr *target, mp_expr *iter, int is_async) {
    mp_comprehension *c = mp_new(p, sizeof *c);
    if (!c || !target || !mp_set_context(p, target, MP_STORE)) return NULL;
    c->target = target;
    c->iter = iter;
    c->is_async = is_async;
    return c;
}

static bool add_comp_if(mp_parser *p, mp_vec *gens, mp_expr *cond) {
    mp_comprehension *c = gens->items[gens->count - 1];
    mp_vec v = {(void **)c->ifs.items, c->ifs.count, c->ifs.count};
    if (!mp_push(p, &v, cond)) return false;
    c->ifs = MP_SEQ_OF(mp_expr_seq, (&v));
    return true;
}

static mp_expr *starred(mp_parser *p, mp_expr *v, YYLTYPE loc) {
    return one(p, MP_EXPR_STARRED, v, loc);
}

static mp_expr *paren(mp_expr *e) {
    if (e && e->parens < 255) e->parens++;
    return e;
}

static bool lone_star_ok(mp_parser *p, mp_expr *e) {
    return mp_no_lone_star(p, e);
}

static mp_stmt *aug_assign(mp_parser *p, mp_expr *t, int op, mp_expr *v, YYLTYPE loc) {
    if (t->kind != MP_EXPR_NAME && t->kind != MP_EXPR_ATTRIBUTE && t->kind != MP_EXPR_SUBSCRIPT) {
        mp_error_at(p, t->loc, "'%s' is an illegal expression for augmented assignment", mp_expr_name(t));
        return NULL;
    }
    mp_set_context(p, t, MP_STORE);
    mp_stmt *s = stmt(p, MP_STMT_AUGASSIGN, loc);
    if (!s) return NULL;
    s->v.AugAssign.target = t;
    s->v.AugAssign.op = (mp_operator)op;
    s->v.AugAssign.value = v;
    return s;
}

static mp_stmt *ann_assign(mp_parser *p, mp_expr *t, mp_expr *ann, mp_expr *v, YYLTYPE loc) {
    if (t->kind == MP_EXPR_TUPLE) {
        mp_error_at(p, t->loc, "only single target (not tuple) can be annotated");
        return NULL;
    }
    if (t->kind == MP_EXPR_LIST) {
        mp_error_at(p, t->loc, "only single target (not list) can be annotated");
        return NULL;
    }
    if (t->kind != MP_EXPR_NAME && t->kind != MP_EXPR_ATTRIBUTE && t->kind != MP_EXPR_SUBSCRIPT) {
        mp_error_at(p, t->loc, "illegal target for annotation");
        return NULL;
    }
    mp_set_context(p, t, MP_STORE);
    mp_stmt *s = stmt(p, MP_STMT_ANNASSIGN, loc);
    if (!s) return NULL;
    s->v.AnnAssign.target = t;
    s->v.AnnAssign.annotation = ann;
    s->v.AnnAssign.value = v;
    s->v.AnnAssign.simple = t->kind == MP_EXPR_NAME && !t->parens;
    return s;
}

static mp_stmt *funcdef(mp_parser *p, mp_token nm, mp_arguments *args, mp_expr *ret, mp_vec *body, YYLTYPE loc) {
    mp_stmt *s = stmt(p, MP_STMT_FUNCTIONDEF, loc);
    if (!s || !(s->v.FunctionDef.name = mp_ident(p, &nm))) return NULL;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.returns = ret;
    s->v.FunctionDef.body = stmts_of(body);
    return s;
}

static mp_stmt *classdef(mp_parser *p, mp_token nm, mp_list args, YYLTYPE close, mp_vec *body, YYLTYPE loc) {
    mp_stmt *s = stmt(p, MP_STMT_CLASSDEF, loc);
    if (!s || !(s->v.ClassDef.name = mp_ident(p, &nm))) return NULL;
    for (int i = 0; args.v && i < args.v->count; i++) {
        mp_callarg *a = args.v->items[i];
        if (a->kind == MP_ARG_GENEXP) {
            mp_error_at(p, a->for_loc, "invalid syntax");
            return NULL;
        }
    }
    if (args.v && !mp_split_call_args(p, args, L(close), &s->v.ClassDef.bases, &s->v.ClassDef.keywords)) return NULL;
    s->v.ClassDef.body = stmts_of(body);
    return s;
}

static mp_stmt *decorate(mp_vec *decorators, mp_stmt *s, YYLTYPE loc) {
    mp_expr_seq d = MP_SEQ_OF(mp_expr_seq, decorators);
    if (s->kind == MP_STMT_CLASSDEF) s->v.ClassDef.decorator_list = d;
    else s->v.FunctionDef.decorator_list = d;
    (void)loc;
    return s;
}

static mp_stmt *if_stmt(mp_parser *p, mp_expr *test, mp_vec *body, mp_vec *orelse, YYLTYPE loc) {
    mp_stmt *s = stmt(p, MP_STMT_IF, loc);
    if (!s) return NULL;
    s->v.If.test = test;
    s->v.If.body = stmts_of(body);
    s->v.If.orelse = stmts_of(orelse);
    return mp_stmt_done(p, s);
}

static mp_stmt *for_stmt(mp_parser *p, mp_expr *target, mp_expr *iter, mp_vec *body, mp_vec *orelse, YYLTYPE loc) {
    mp_stmt *s = stmt(p, MP_STMT_FOR, loc);
    if (!s || !mp_set_context(p, target, MP_STORE)) return NULL;
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = stmts_of(body);
    s->v.For.orelse = stmts_of(orelse);
    return s;
}

static mp_stmt *try_stmt(mp_parser *p, mp_vec *body, mp_handlers h, mp_vec *orelse, mp_vec *fin, YYLTYPE loc) {
    mp_stmt *s = stmt(p, h.star ? MP_STMT_TRYSTAR : MP_STMT_TRY, loc);
    if (!s) return NULL;
    s->v.Try.body = stmts_of(body);
    s->v.Try.handlers = MP_SEQ_OF(mp_excepthandler_seq, h.v);
    s->v.Try.orelse = stmts_of(orelse);
    s->v.Try.finalbody = stmts_of(fin);
    return s;
}

static mp_handler handler(mp_parser *p, mp_expr *type, mp_token *nm, mp_vec *body, int star, YYLTYPE loc) {
    mp_handler r = {NULL, star};
    mp_excepthandler *h = mp_new(p, sizeof *h);
    if (!h) return r;
    h->loc = L(loc);
    h->type = type;
    if (nm && !(h->name = mp_ident(p, nm))) return r;
    h->body = stmts_of(body);
    r.h = h;
    return r;
}

static mp_alias *alias(mp_parser *p, const char *nm, mp_token *as, YYLTYPE loc) {
    mp_alias *a = mp_new(p, sizeof *a);
    if (!a || !nm) return NULL;
    a->name = nm;
    a->loc = L(loc);
    if (as && !(a->asname = mp_ident(p, as))) return NULL;
    return a;
}

static const char *dotted(mp_parser *p, const char *a, mp_token b) {
    if (!a) return NULL;
    size_t n = mp_strlen(a);
    char *s = mp_arena_alloc(p->arena, n + 1 + b.len + 1);
    if (!s) return NULL;
    mp_memcpy(s, a, n);
    s[n] = '.';
    mp_memcpy(s + n + 1, b.s, b.len);
    s[n + 1 + b.len] = 0;
    return s;
}

static mp_stmt *import_from(mp_parser *p, int level, const char *module, mp_vec *names, YYLTYPE loc) {
    mp_stmt *s = stmt(p, MP_STMT_IMPORTFROM, loc);
    if (!s) return NULL;
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = MP_SEQ_OF(mp_alias_seq, names);
    s->v.ImportFrom.level = level;
    return s;
}

static mp_stmt *names_stmt(mp_parser *p, mp_stmt_kind kind, mp_vec *names, YYLTYPE loc) {
    mp_stmt *s = stmt(p, kind, loc);
    if (!s) return NULL;
    s->v.Global.names = MP_SEQ_OF(mp_ident_seq, names);
    return s;
}

static mp_expr *strings(mp_parser *p, mp_vec *pieces, YYLTYPE loc, YYLTYPE next) {
    p->after_strings = L(next);
    return mp_done(p, mp_decode_strings(p, pieces, L(loc)));
}

static mp_str_piece *piece(mp_parser *p, mp_token t, YYLTYPE loc) {
    mp_str_piece *s = mp_new(p, sizeof *s);
    if (!s) return NULL;
    s->tok = t;
    s->line = loc.first_line;
    s->col = loc.first_column;
    return s;
}

/* Patterns */
static mp_pattern *pat_value(mp_parser *p, mp_expr *e, YYLTYPE loc) {
    if (e->kind == MP_EXPR_CONSTANT && e->v.Constant.value.kind <= MP_CONST_FALSE) {
        mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHSINGLETON, L(loc));
        if (s) s->v.MatchSingleton.value = e->v.Constant.value.kind;
        return s;
    }
    mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHVALUE, L(loc));
    if (s) s->v.MatchValue.value = e;
    return s;
}

static bool is_wildcard(mp_token t) {
    return t.len == 1 && t.s[0] == '_';
}

static mp_pattern *pat_capture(mp_parser *p, mp_expr *e, YYLTYPE loc) {
    if (e->kind == MP_EXPR_NAME) {
        mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHAS, L(loc));
        if (s && !(e->v.Name.id[0] == '_' && !e->v.Name.id[1])) s->v.MatchAs.name = e->v.Name.id;
        return s;
    }
    return pat_value(p, e, loc);
}

static mp_pattern *pat_seq(mp_parser *p, mp_list l, YYLTYPE loc, bool group_ok) {
    if (group_ok && l.v->count == 1 && !l.comma) {
        mp_pattern *only = l.v->items[0];
        if (only->kind != MP_PAT_MATCHSTAR) {
            if (only->parens < 255) only->parens++;
            return only;
        }
    }
    mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHSEQUENCE, L(loc));
    if (s) s->v.MatchSequence.patterns = MP_SEQ_OF(mp_pattern_seq, l.v);
    return s;
}

static mp_pattern *pat_star(mp_parser *p, mp_token t, YYLTYPE loc) {
    mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHSTAR, L(loc));
    if (s && !is_wildcard(t) && !(s->v.MatchStar.name = mp_ident(p, &t))) return NULL;
    return s;
}

static mp_expr *attr(mp_parser *p, mp_expr *v, mp_token t, YYLTYPE loc) {
    mp_expr *e = mp_new_expr(p, MP_EXPR_ATTRIBUTE, L(loc));
    if (!e || !(e->v.Attribute.attr = mp_ident(p, &t))) return NULL;
    e->v.Attribute.value = v;
    return mp_done(p, e);
}

typedef struct mp_mapitem { mp_expr *key; mp_pattern *pat; const char *rest; mp_loc loc; } mp_mapitem;
typedef struct mp_classitem { const char *kw; mp_pattern *pat; mp_loc loc; } mp_classitem;

static void *mapitem(mp_parser *p, mp_expr *key, mp_pattern *pat, mp_token *rest, YYLTYPE loc) {
    mp_mapitem *m = mp_new(p, sizeof *m);
    if (!m) return NULL;
    m->key = key;
    m->pat = pat;
    m->loc = L(loc);
    if (rest && !(m->rest = mp_ident(p, rest))) return NULL;
    return m;
}

static mp_pattern *pat_mapping(mp_parser *p, mp_vec *items, YYLTYPE loc) {
    mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHMAPPING, L(loc));
    mp_vec *keys = mp_vec_new(p->arena), *pats = mp_vec_new(p->arena);
    if (!s || !keys || !pats) return NULL;
    for (int i = 0; items && i < items->count; i++) {
        mp_mapitem *m = items->items[i];
        if (s->v.MatchMapping.rest) {
            mp_error_at(p, m->loc, "invalid syntax");
            return NULL;
        }
        if (m->rest) {
            s->v.MatchMapping.rest = m->rest;
            continue;
        }
        if (!mp_push(p, keys, m->key) || !mp_push(p, pats, m->pat)) return NULL;
    }
    s->v.MatchMapping.keys = MP_SEQ_OF(mp_expr_seq, keys);
    s->v.MatchMapping.patterns = MP_SEQ_OF(mp_pattern_seq, pats);
    return s;
}

static mp_pattern *pat_class(mp_parser *p, mp_expr *cls, mp_vec *items, YYLTYPE loc) {
    mp_pattern *s = mp_new_pattern(p, MP_PAT_MATCHCLASS, L(loc));
    mp_vec *pats = mp_vec_new(p->arena), *kws = mp_vec_new(p->arena), *kwp = mp_vec_new(p->arena);
    if (!s || !pats || !kws || !kwp) return NULL;
    for (int i = 0; items && i < items->count; i++) {
        mp_classitem *c = items->items[i];
        if (c->kw) {
            if (!mp_push(p, kws, (void *)c->kw) || !mp_push(p, kwp, c->pat)) return NULL;
        } else {
            if (kws->count) {
                mp_error_at(p, c->loc, "positional patterns follow keyword patterns");
                return NULL;
            }
            if (!mp_push(p, pats, c->pat)) return NULL;
        }
    }
    s->v.MatchClass.cls = cls;
    s->v.MatchClass.patterns = MP_SEQ_OF(mp_pattern_seq, pats);
    s->v.MatchClass.kwd_attrs = MP_SEQ_OF(mp_ident_seq, kws);
    s->v.MatchClass.kwd_patterns = MP_SEQ_OF(mp_pattern_seq, kwp);
    return s;
}

static mp_expr *complex_literal(mp_parser *p, mp_expr *real, mp_operator op, mp_expr *imag, YYLTYPE loc) {
    mp_expr *r = real->kind == MP_EXPR_UNARYOP ? real->v.UnaryOp.operand : real;
    if (r->v.Constant.value.kind == MP_CONST_COMPLEX) {
        mp_error_at(p, real->loc, "real number required in complex literal");
        return NULL;
    }
    if (imag->v.Constant.value.kind != MP_CONST_COMPLEX) {
        mp_error_at(p, imag->loc, "imaginary number required in complex literal");
        return NULL;
    }
    return binop(p, real, op, imag, loc);
}

static bool end_stmt(mp_parser *p) {
    return mp_check_no_with_as(p);
}
}

%union {
    mp_token tok;
    mp_expr *expr;
    mp_stmt *stmt;
    mp_vec *vec;
    mp_list list;
    mp_pattern *pat;
    mp_arguments *arguments;
    mp_param *param;
    mp_callarg *carg;
    mp_comprehension *comp;
    mp_handler handler;
    mp_handlers handlers;
    mp_match_case *mcase;
    mp_alias *alias;
    const char *str;
    void *ptr;
    int num;
}

%token T_ERROR
%token <tok> T_NAME T_NUMBER T_STRING
%token T_NEWLINE T_INDENT T_DEDENT
%token KW_FALSE KW_NONE KW_TRUE KW_AND KW_AS KW_ASSERT KW_ASYNC KW_AWAIT KW_BREAK KW_CLASS
%token KW_CONTINUE KW_DEF KW_DEL KW_ELIF KW_ELSE KW_EXCEPT KW_FINALLY KW_FOR KW_FROM KW_GLOBAL
%token KW_IF KW_IMPORT KW_IN KW_IS KW_LAMBDA KW_NONLOCAL KW_NOT KW_OR KW_PASS KW_RAISE KW_RETURN
%token KW_TRY KW_WHILE KW_WITH KW_YIELD
%token T_MATCH T_CASE
%token T_ELLIPSIS T_ARROW T_WALRUS T_POW T_FLOORDIV T_LSHIFT T_RSHIFT T_EQEQ T_NOTEQ T_LE T_GE
%token T_PLUSEQ T_MINUSEQ T_STAREQ T_SLASHEQ T_PERCENTEQ T_AMPEQ T_PIPEEQ T_CARETEQ T_ATEQ
%token T_LSHIFTEQ T_RSHIFTEQ T_POWEQ T_FLOORDIVEQ
%token START_FILE START_FSTRING

%left '|'
%left '^'
%left '&'
%left T_LSHIFT T_RSHIFT
%left '+' '-'
%left '*' '/' '%' T_FLOORDIV '@'

%type <vec> file_input stmts simple_stmts small_stmts suite decorators name_list dotted_as_names
%type <vec> import_as_names import_targets comp_for param_items lparam_items params lparams
%type <vec> case_blocks with_items with_head elif_tail else_opt finally_opt strings comp_chain_ops
%type <vec> or_list and_list
%type <stmt> small_stmt expr_stmt assign_chain compound_stmt if_stmt while_stmt for_stmt try_stmt
%type <stmt> with_stmt funcdef classdef decorated match_stmt import_from import_name
%type <expr> ann_head testlist_star_expr test or_test and_test not_test comparison expr factor power
%type <expr> await_primary primary atom namedexpr_test star_expr yield_expr rhs lambdef
%type <expr> subscripts sub_elem slice opt_test exprlist_expr tse_elem paren_elem decorator
%type <expr> fstring_body subject lit_expr signed_number dotted_value with_item
%type <list> tse_list paren_list list_list dict_list set_list arglist subscript_list exprlist
%type <list> subject_list pat_list map_list class_list
%type <vec> tse_items paren_items list_items dict_items set_items arg_items sub_items
%type <vec> exprlist_items subject_items pat_items map_items class_items comp_ops_exprs
%type <ptr> dict_elem map_elem class_elem
%type <carg> argument
%type <param> param lparam
%type <comp> comp_clause
%type <handler> handler
%type <handlers> handlers
%type <mcase> case_block
%type <alias> dotted_as_name import_as_name
%type <str> dotted_name
%type <num> augassign comp_op dots
%type <pat> patterns pattern or_pattern closed_pattern pat_elem
%type <vec> or_patterns

%%

start
    : START_FILE file_input { p->body = stmts_of($2); }
    | START_FSTRING fstring_body { p->fstring_expr = $2; }
    ;

fstring_body
    : testlist_star_expr { NEED(lone_star_ok(p, $1)); $$ = $1; }
    | yield_expr
    ;

file_input
    : %empty { NEED($$ = mp_vec1(p, NULL)); }
    | stmts
    ;

stmts
    : simple_stmts
    | compound_stmt { NEED($$ = mp_vec1(p, $1)); }
    | stmts simple_stmts { NEED($$ = mp_extend(p, $1, $2)); }
    | stmts compound_stmt { NEED($$ = mp_push(p, $1, $2)); }
    ;

simple_stmts
    : small_stmts T_NEWLINE { $$ = $1; NEED(end_stmt(p)); }
    | small_stmts ';' T_NEWLINE { $$ = $1; NEED(end_stmt(p)); }
    ;

small_stmts
    : small_stmt { NEED($$ = mp_vec1(p, $1)); }
    | small_stmts ';' small_stmt { NEED($$ = mp_push(p, $1, $3)); }
    ;

suite
    : simple_stmts
    | T_NEWLINE T_INDENT stmts T_DEDENT { $$ = $3; }
    ;

small_stmt
    : expr_stmt
    | KW_DEL exprlist {
        NEED($$ = stmt(p, MP_STMT_DELETE, @$));
        for (int i = 0; i < $2.v->count; i++)
            NEED(mp_set_context(p, $2.v->items[i], MP_DEL));
        $$->v.Delete.targets = MP_SEQ_OF(mp_expr_seq, $2.v);
      }
    | KW_PASS { NEED($$ = stmt(p, MP_STMT_PASS, @$)); }
    | KW_BREAK { NEED($$ = stmt(p, MP_STMT_BREAK, @$)); }
    | KW_CONTINUE { NEED($$ = stmt(p, MP_STMT_CONTINUE, @$)); }
    | KW_RETURN { NEED($$ = stmt(p, MP_STMT_RETURN, @$)); }
    | KW_RETURN testlist_star_expr {
        NEED($$ = stmt(p, MP_STMT_RETURN, @$));
        $$->v.Return.value = $2;
      }
    | KW_RAISE { NEED($$ = stmt(p, MP_STMT_RAISE, @$)); }
    | KW_RAISE test { NEED($$ = stmt(p, MP_STMT_RAISE, @$)); $$->v.Raise.exc = $2; }
    | KW_RAISE test KW_FROM test {
        NEED($$ = stmt(p, MP_STMT_RAISE, @$));
        $$->v.Raise.exc = $2;
        $$->v.Raise.cause = $4;
      }
    | KW_GLOBAL name_list { NEED($$ = names_stmt(p, MP_STMT_GLOBAL, $2, @$)); }
    | KW_NONLOCAL name_list { NEED($$ = names_stmt(p, MP_STMT_NONLOCAL, $2, @$)); }
    | import_name
    | import_from
    | KW_ASSERT test { NEED($$ = stmt(p, MP_STMT_ASSERT, @$)); $$->v.Assert.test = $2; }
    | KW_ASSERT test ',' test {
        NEED($$ = stmt(p, MP_STMT_ASSERT, @$));
        $$->v.Assert.test = $2;
        $$->v.Assert.msg = $4;
      }
    ;

expr_stmt
    : testlist_star_expr { NEED($$ = expr_stmt(p, $1, @$)); }
    | yield_expr { NEED($$ = expr_stmt(p, $1, @$)); }
    | ann_head test { NEED($$ = ann_assign(p, $1, $2, NULL, @$)); }
    | ann_head test '=' rhs { NEED($$ = ann_assign(p, $1, $2, $4, @$)); }
    | testlist_star_expr augassign rhs { NEED($$ = aug_assign(p, $1, $2, $3, @$)); }
    | assign_chain
    ;

/* `target :` of an annotated assignment; remembers a colon after a target that
 * cannot be annotated, where CPython reports a missing annotation */
ann_head
    : testlist_star_expr ':' {
        $$ = $1;
        mp_expr *t = $1;
        bool single = t->kind == MP_EXPR_NAME || t->kind == MP_EXPR_ATTRIBUTE || t->kind == MP_EXPR_SUBSCRIPT;
        p->bad_ann_colon = single ? (mp_loc){0, 0, 0, 0, NULL} : L(@2);
      }
    ;

assign_chain
    : testlist_star_expr '=' rhs {
        NEED(mp_set_assign_target(p, $1, $3, yychar == '='));
        NEED($$ = stmt(p, MP_STMT_ASSIGN, @$));
        mp_vec *t = mp_vec1(p, $1);
        NEED(t);
        $$->v.Assign.targets = MP_SEQ_OF(mp_expr_seq, t);
        $$->v.Assign.value = $3;
      }
    | assign_chain '=' rhs {
        $$ = $1;
        mp_expr *t = $$->v.Assign.value;
        NEED(mp_set_assign_target(p, t, $3, true));
        mp_vec v = {(void **)$$->v.Assign.targets.items, $$->v.Assign.targets.count, $$->v.Assign.targets.count};
        NEED(mp_push(p, &v, t));
        $$->v.Assign.targets = MP_SEQ_OF(mp_expr_seq, (&v));
        $$->v.Assign.value = $3;
        $$->loc = L(@$);
      }
    ;

rhs
    : yield_expr
    | testlist_star_expr
    ;

augassign
    : T_PLUSEQ { $$ = MP_ADD; }
    | T_MINUSEQ { $$ = MP_SUB; }
    | T_STAREQ { $$ = MP_MULT; }
    | T_ATEQ { $$ = MP_MATMULT; }
    | T_SLASHEQ { $$ = MP_DIV; }
    | T_PERCENTEQ { $$ = MP_MOD; }
    | T_AMPEQ { $$ = MP_BITAND; }
    | T_PIPEEQ { $$ = MP_BITOR; }
    | T_CARETEQ { $$ = MP_BITXOR; }
    | T_LSHIFTEQ { $$ = MP_LSHIFT; }
    | T_RSHIFTEQ { $$ = MP_RSHIFT; }
    | T_POWEQ { $$ = MP_POW; }
    | T_FLOORDIVEQ { $$ = MP_FLOORDIV; }
    ;

name_list
    : T_NAME { NEED($$ = mp_vec1(p, (void *)mp_ident(p, &$1))); }
    | name_list ',' T_NAME { NEED($$ = mp_push(p, $1, (void *)mp_ident(p, &$3))); }
    ;

import_name
    : KW_IMPORT dotted_as_names {
        NEED($$ = stmt(p, MP_STMT_IMPORT, @$));
        $$->v.Import.names = MP_SEQ_OF(mp_alias_seq, $2);
      }
    ;

dotted_as_names
    : dotted_as_name { NEED($$ = mp_vec1(p, $1)); }
    | dotted_as_names ',' dotted_as_name { NEED($$ = mp_push(p, $1, $3)); }
    ;

dotted_as_name
    : dotted_name { NEED($$ = alias(p, $1, NULL, @$)); }
    | dotted_name KW_AS T_NAME { NEED($$ = alias(p, $1, &$3, @$)); }
    ;

dotted_name
    : T_NAME { NEED($$ = mp_ident(p, &$1)); }
    | dotted_name '.' T_NAME { NEED($$ = dotted(p, $1, $3)); }
    ;

import_from
    : KW_FROM dotted_name KW_IMPORT import_targets { NEED($$ = import_from(p, 0, $2, $4, @$)); }
    | KW_FROM dots dotted_name KW_IMPORT import_targets { NEED($$ = import_from(p, $2, $3, $5, @$)); }
    | KW_FROM dots KW_IMPORT import_targets { NEED($$ = import_from(p, $2, NULL, $4, @$)); }
    ;

dots
    : '.' { $$ = 1; }
    | T_ELLIPSIS { $$ = 3; }
    | dots '.' { $$ = $1 + 1; }
    | dots T_ELLIPSIS { $$ = $1 + 3; }
    ;

import_targets
    : '*' { NEED($$ = mp_vec1(p, alias(p, "*", NULL, @$))); }
    | '(' import_as_names ')' { $$ = $2; }
    | '(' import_as_names ',' ')' { $$ = $2; }
    | import_as_names
    | import_as_names ',' {
        YYLTYPE c = @2;
        c.first_column = c.last_column;
        mp_error_at(p, L(c), "trailing comma not allowed without surrounding parentheses");
        YYABORT;
      }
    ;

import_as_names
    : import_as_name { NEED($$ = mp_vec1(p, $1)); }
    | import_as_names ',' import_as_name { NEED($$ = mp_push(p, $1, $3)); }
    ;

import_as_name
    : T_NAME { NEED($$ = alias(p, mp_ident(p, &$1), NULL, @$)); }
    | T_NAME KW_AS T_NAME { NEED($$ = alias(p, mp_ident(p, &$1), &$3, @$)); }
    ;

compound_stmt
    : if_stmt { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | while_stmt { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | for_stmt { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | try_stmt { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | with_stmt { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | funcdef { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | classdef { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | decorated { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | match_stmt { $$ = $1; NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | KW_ASYNC funcdef { $$ = $2; $$->kind = MP_STMT_ASYNCFUNCTIONDEF; $$->loc = L(@$); NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | KW_ASYNC with_stmt { $$ = $2; $$->kind = MP_STMT_ASYNCWITH; $$->loc = L(@$); NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    | KW_ASYNC for_stmt { $$ = $2; $$->kind = MP_STMT_ASYNCFOR; $$->loc = L(@$); NEED(end_stmt(p)); NEED(mp_stmt_done(p, $$)); }
    ;

if_stmt
    : KW_IF namedexpr_test ':' suite elif_tail { NEED($$ = if_stmt(p, $2, $4, $5, @$)); }
    ;

elif_tail
    : %empty { $$ = NULL; }
    | KW_ELSE ':' suite { $$ = $3; }
    | KW_ELIF namedexpr_test ':' suite elif_tail {
        mp_stmt *s = if_stmt(p, $2, $4, $5, @$);
        NEED(s);
        NEED($$ = mp_vec1(p, s));
      }
    ;

else_opt
    : %empty { $$ = NULL; }
    | KW_ELSE ':' suite { $$ = $3; }
    ;

finally_opt
    : %empty { $$ = NULL; }
    | KW_FINALLY ':' suite { $$ = $3; }
    ;

while_stmt
    : KW_WHILE namedexpr_test ':' suite else_opt {
        NEED($$ = stmt(p, MP_STMT_WHILE, @$));
        $$->v.While.test = $2;
        $$->v.While.body = stmts_of($4);
        $$->v.While.orelse = stmts_of($5);
      }
    ;

for_stmt
    : KW_FOR exprlist_expr KW_IN testlist_star_expr ':' suite else_opt {
        NEED($$ = for_stmt(p, $2, $4, $6, $7, @$));
      }
    ;

try_stmt
    : KW_TRY ':' suite handlers else_opt finally_opt { NEED($$ = try_stmt(p, $3, $4, $5, $6, @$)); }
    | KW_TRY ':' suite KW_FINALLY ':' suite {
        mp_handlers none = {NULL, 0, 0};
        NEED($$ = try_stmt(p, $3, none, NULL, $6, @$));
      }
    ;

handlers
    : handler { NEED($1.h); $$.v = mp_vec1(p, $1.h); NEED($$.v); $$.star = $1.star; $$.plain = !$1.star; }
    | handlers handler {
        NEED($2.h);
        if (($1.star && !$2.star) || ($1.plain && $2.star)) {
            mp_error_at(p, $2.h->loc, "cannot have both 'except' and 'except*' on the same 'try'");
            YYABORT;
        }
        $$ = $1;
        NEED(mp_push(p, $$.v, $2.h));
        $$.star += $2.star;
        $$.plain += !$2.star;
      }
    ;

handler
    : KW_EXCEPT ':' suite { $$ = handler(p, NULL, NULL, $3, 0, @$); }
    | KW_EXCEPT test ':' suite { $$ = handler(p, $2, NULL, $4, 0, @$); }
    | KW_EXCEPT test KW_AS T_NAME ':' suite { $$ = handler(p, $2, &$4, $6, 0, @$); }
    | KW_EXCEPT '*' test ':' suite { $$ = handler(p, $3, NULL, $5, 1, @$); }
    | KW_EXCEPT '*' test KW_AS T_NAME ':' suite { $$ = handler(p, $3, &$5, $7, 1, @$); }
    | KW_EXCEPT test ',' {
        mp_error_at(p, $2->loc, "multiple exception types must be parenthesized");
        YYABORT;
      }
    | KW_EXCEPT '*' test ',' {
        mp_error_at(p, $3->loc, "multiple exception types must be parenthesized");
        YYABORT;
      }
    | KW_EXCEPT '*' ':' {
        mp_error_at(p, L(@3), "expected one or more exception types");
        YYABORT;
      }
    ;

with_stmt
    : with_head suite {
        NEED($$ = stmt(p, MP_STMT_WITH, @$));
        $$->v.With.items = MP_SEQ_OF(mp_withitem_seq, $1);
        $$->v.With.body = stmts_of($2);
      }
    ;

with_head
    : KW_WITH with_items ':' { NEED($$ = mp_make_with_items(p, $2, L(@3))); }
    ;

with_items
    : with_item { NEED($$ = mp_vec1(p, $1)); }
    | with_items ',' with_item { NEED($$ = mp_push(p, $1, $3)); }
    ;

with_item
    : test
    | test KW_AS expr {
        NEED($$ = mp_new_expr(p, MP_EXPR_WITH_AS_, L(@$)));
        $$->v.WithAs_.context_expr = $1;
        $$->v.WithAs_.optional_vars = $3;
        p->with_as_count++;
        if ($1->kind == MP_EXPR_WITH_AS_) {
            mp_error_at(p, $1->loc, "invalid syntax");
            YYABORT;
        }
        NEED(mp_done(p, $$));
      }
    ;

funcdef
    : KW_DEF T_NAME '(' params ')' ':' suite {
        mp_arguments *a = mp_make_arguments(p, $4, false, L(@5));
        NEED(a);
        NEED($$ = funcdef(p, $2, a, NULL, $7, @$));
      }
    | KW_DEF T_NAME '(' params ')' T_ARROW test ':' suite {
        mp_arguments *a = mp_make_arguments(p, $4, false, L(@5));
        NEED(a);
        NEED($$ = funcdef(p, $2, a, $7, $9, @$));
      }
    ;

params
    : %empty { NEED($$ = mp_vec1(p, NULL)); }
    | param_items
    | param_items ','
    ;

param_items
    : param { NEED($$ = mp_vec1(p, $1)); }
    | param_items ',' param { NEED($$ = mp_push(p, $1, $3)); }
    ;

param
    : T_NAME { NEED($$ = param(p, MP_PARAM_PLAIN, &$1, NULL, NULL, @$)); }
    | T_NAME ':' test { NEED($$ = param(p, MP_PARAM_PLAIN, &$1, $3, NULL, @$)); }
    | T_NAME '=' test { NEED($$ = param(p, MP_PARAM_PLAIN, &$1, NULL, $3, @$)); }
    | T_NAME ':' test '=' test { NEED($$ = param(p, MP_PARAM_PLAIN, &$1, $3, $5, @$)); }
    | '*' { NEED($$ = param(p, MP_PARAM_STAR, NULL, NULL, NULL, @$)); }
    | '*' T_NAME { NEED($$ = param(p, MP_PARAM_STAR, &$2, NULL, NULL, @$)); }
    | '*' T_NAME ':' test { NEED($$ = param(p, MP_PARAM_STAR, &$2, $4, NULL, @$)); }
    | '*' T_NAME ':' star_expr { NEED($$ = param(p, MP_PARAM_STAR, &$2, $4, NULL, @$)); }
    | T_POW T_NAME { NEED($$ = param(p, MP_PARAM_STARSTAR, &$2, NULL, NULL, @$)); }
    | T_POW T_NAME ':' test { NEED($$ = param(p, MP_PARAM_STARSTAR, &$2, $4, NULL, @$)); }
    | '/' { NEED($$ = param(p, MP_PARAM_SLASH, NULL, NULL, NULL, @$)); }
    | '*' T_NAME '=' {
        mp_error_at(p, L(@3), "var-positional argument cannot have default value");
        YYABORT;
      }
    | T_POW T_NAME '=' {
        mp_error_at(p, L(@3), "var-keyword argument cannot have default value");
        YYABORT;
      }
    ;

lparams
    : lparam_items
    | lparam_items ','
    ;

lparam_items
    : lparam { NEED($$ = mp_vec1(p, $1)); }
    | lparam_items ',' lparam { NEED($$ = mp_push(p, $1, $3)); }
    ;

lparam
    : T_NAME { NEED($$ = param(p, MP_PARAM_PLAIN, &$1, NULL, NULL, @$)); }
    | T_NAME '=' test { NEED($$ = param(p, MP_PARAM_PLAIN, &$1, NULL, $3, @$)); }
    | '*' { NEED($$ = param(p, MP_PARAM_STAR, NULL, NULL, NULL, @$)); }
    | '*' T_NAME { NEED($$ = param(p, MP_PARAM_STAR, &$2, NULL, NULL, @$)); }
    | T_POW T_NAME { NEED($$ = param(p, MP_PARAM_STARSTAR, &$2, NULL, NULL, @$)); }
    | '/' { NEED($$ = param(p, MP_PARAM_SLASH, NULL, NULL, NULL, @$)); }
    | '*' T_NAME '=' {
        mp_error_at(p, L(@3), "var-positional argument cannot have default value");
        YYABORT;
      }
    | T_POW T_NAME '=' {
        mp_error_at(p, L(@3), "var-keyword argument cannot have default value");
        YYABORT;
      }
    ;

classdef
    : KW_CLASS T_NAME ':' suite { mp_list none = {NULL, 0}; NEED($$ = classdef(p, $2, none, @2, $4, @$)); }
    | KW_CLASS T_NAME '(' ')' ':' suite { mp_list none = {NULL, 0}; NEED($$ = classdef(p, $2, none, @4, $6, @$)); }
    | KW_CLASS T_NAME '(' arglist ')' ':' suite { NEED($$ = classdef(p, $2, $4, @5, $7, @$)); }
    ;

decorated
    : decorators classdef { $$ = decorate($1, $2, @$); }
    | decorators funcdef { $$ = decorate($1, $2, @$); }
    | decorators KW_ASYNC funcdef { $$ = decorate($1, $3, @$); $$->kind = MP_STMT_ASYNCFUNCTIONDEF; }
    ;

decorators
    : decorator { NEED($$ = mp_vec1(p, $1)); }
    | decorators decorator { NEED($$ = mp_push(p, $1, $2)); }
    ;

decorator
    : '@' namedexpr_test T_NEWLINE { $$ = $2; }
    ;

match_stmt
    : T_MATCH subject ':' T_NEWLINE T_INDENT case_blocks T_DEDENT {
        NEED($$ = stmt(p, MP_STMT_MATCH, @$));
        $$->v.Match.subject = $2;
        $$->v.Match.cases = MP_SEQ_OF(mp_match_case_seq, $6);
      }
    ;

subject
    : subject_list {
        NEED($$ = mp_tuple_or_single(p, $1, L(@$)));
        if ($$->kind == MP_EXPR_STARRED) {
            mp_error_at(p, L(yylloc), "invalid syntax");
            YYABORT;
        }
      }
    ;

subject_list
    : subject_items { $$.v = $1; $$.comma = 0; }
    | subject_items ',' { $$.v = $1; $$.comma = 1; }
    ;

subject_items
    : namedexpr_test { NEED($$ = mp_vec1(p, $1)); }
    | star_expr { NEED($$ = mp_vec1(p, $1)); }
    | subject_items ',' namedexpr_test { NEED($$ = mp_push(p, $1, $3)); }
    | subject_items ',' star_expr { NEED($$ = mp_push(p, $1, $3)); }
    ;

case_blocks
    : case_block { NEED($$ = mp_vec1(p, $1)); }
    | case_blocks case_block { NEED($$ = mp_push(p, $1, $2)); }
    ;

case_block
    : T_CASE patterns ':' suite {
        NEED($$ = mp_new(p, sizeof *$$));
        $$->pattern = $2;
        $$->body = stmts_of($4);
      }
    | T_CASE patterns KW_IF namedexpr_test ':' suite {
        NEED($$ = mp_new(p, sizeof *$$));
        $$->pattern = $2;
        $$->guard = $4;
        $$->body = stmts_of($6);
      }
    ;

patterns
    : pat_list {
        if ($1.v->count == 1 && !$1.comma) {
            $$ = $1.v->items[0];
            if ($$->kind == MP_PAT_MATCHSTAR) {
                mp_error_at(p, L(yylloc), "invalid syntax");
                YYABORT;
            }
        } else {
            NEED($$ = pat_seq(p, $1, @$, false));
        }
      }
    ;

pat_list
    : pat_items { $$.v = $1; $$.comma = 0; }
    | pat_items ',' { $$.v = $1; $$.comma = 1; }
    ;

pat_items
    : pat_elem { NEED($$ = mp_vec1(p, $1)); }
    | pat_items ',' pat_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

pat_elem
    : pattern
    | '*' T_NAME { NEED($$ = pat_star(p, $2, @$)); }
    ;

pattern
    : or_pattern
    | or_pattern KW_AS T_NAME {
        if (is_wildcard($3)) {
            mp_error_at(p, L(@3), "cannot use '_' as a target");
            YYABORT;
        }
        NEED($$ = mp_new_pattern(p, MP_PAT_MATCHAS, L(@$)));
        $$->v.MatchAs.pattern = $1;
        NEED($$->v.MatchAs.name = mp_ident(p, &$3));
      }
    ;

or_pattern
    : closed_pattern
    | or_patterns {
        NEED($$ = mp_new_pattern(p, MP_PAT_MATCHOR, L(@$)));
        $$->v.MatchOr.patterns = MP_SEQ_OF(mp_pattern_seq, $1);
      }
    ;

or_patterns
    : closed_pattern '|' closed_pattern { NEED($$ = vec2(p, $1, $3)); }
    | or_patterns '|' closed_pattern { NEED($$ = mp_push(p, $1, $3)); }
    ;

closed_pattern
    : lit_expr { NEED($$ = pat_value(p, $1, @$)); }
    | dotted_value { NEED($$ = pat_capture(p, $1, @$)); }
    | '(' ')' { NEED($$ = mp_new_pattern(p, MP_PAT_MATCHSEQUENCE, L(@$))); }
    | '(' pat_list ')' { NEED($$ = pat_seq(p, $2, @$, true)); }
    | '[' ']' { NEED($$ = mp_new_pattern(p, MP_PAT_MATCHSEQUENCE, L(@$))); }
    | '[' pat_list ']' { NEED($$ = pat_seq(p, $2, @$, false)); }
    | '{' '}' { NEED($$ = pat_mapping(p, NULL, @$)); }
    | '{' map_list '}' { NEED($$ = pat_mapping(p, $2.v, @$)); }
    | dotted_value '(' ')' { NEED($$ = pat_class(p, $1, NULL, @$)); }
    | dotted_value '(' class_list ')' { NEED($$ = pat_class(p, $1, $3.v, @$)); }
    ;

dotted_value
    : T_NAME { NEED($$ = name(p, $1, @$)); }
    | dotted_value '.' T_NAME { NEED($$ = attr(p, $1, $3, @$)); }
    ;

lit_expr
    : signed_number
    | signed_number '+' T_NUMBER { mp_expr *i = number(p, $3, @3); NEED(i); NEED($$ = complex_literal(p, $1, MP_ADD, i, @$)); }
    | signed_number '-' T_NUMBER { mp_expr *i = number(p, $3, @3); NEED(i); NEED($$ = complex_literal(p, $1, MP_SUB, i, @$)); }
    | strings { NEED($$ = strings(p, $1, @$, yylloc)); }
    | KW_NONE { NEED($$ = constant(p, MP_CONST_NONE, @$)); }
    | KW_TRUE { NEED($$ = constant(p, MP_CONST_TRUE, @$)); }
    | KW_FALSE { NEED($$ = constant(p, MP_CONST_FALSE, @$)); }
    ;

signed_number
    : T_NUMBER { NEED($$ = number(p, $1, @$)); }
    | '-' T_NUMBER { mp_expr *n = number(p, $2, @2); NEED(n); NEED($$ = unary(p, MP_USUB, n, @$)); }
    ;

map_list
    : map_items { $$.v = $1; $$.comma = 0; }
    | map_items ',' { $$.v = $1; $$.comma = 1; }
    ;

map_items
    : map_elem { NEED($$ = mp_vec1(p, $1)); }
    | map_items ',' map_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

map_elem
    : lit_expr ':' pattern { NEED($$ = mapitem(p, $1, $3, NULL, @$)); }
    | dotted_value ':' pattern {
        if ($1->kind == MP_EXPR_NAME) {
            mp_error_at(p, L(@2), "invalid syntax");
            YYABORT;
        }
        NEED($$ = mapitem(p, $1, $3, NULL, @$));
      }
    | T_POW T_NAME {
        if (is_wildcard($2)) {
            mp_error_at(p, L(@2), "invalid syntax");
            YYABORT;
        }
        NEED($$ = mapitem(p, NULL, NULL, &$2, @$));
      }
    ;

class_list
    : class_items { $$.v = $1; $$.comma = 0; }
    | class_items ',' { $$.v = $1; $$.comma = 1; }
    ;

class_items
    : class_elem { NEED($$ = mp_vec1(p, $1)); }
    | class_items ',' class_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

class_elem
    : pattern {
        mp_classitem *c = mp_new(p, sizeof *c);
        NEED(c);
        c->pat = $1;
        c->loc = L(@$);
        $$ = c;
      }
    | T_NAME '=' pattern {
        mp_classitem *c = mp_new(p, sizeof *c);
        NEED(c);
        c->pat = $3;
        c->loc = L(@$);
        NEED(c->kw = mp_ident(p, &$1));
        $$ = c;
      }
    ;

/* ---- expressions ---- */

testlist_star_expr
    : tse_list { NEED($$ = mp_tuple_or_single(p, $1, L(@$))); }
    ;

tse_list
    : tse_items { $$.v = $1; $$.comma = 0; }
    | tse_items ',' { $$.v = $1; $$.comma = 1; }
    ;

tse_items
    : tse_elem { NEED($$ = mp_vec1(p, $1)); }
    | tse_items ',' tse_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

tse_elem
    : test
    | star_expr
    ;

star_expr
    : '*' expr { NEED($$ = starred(p, $2, @$)); }
    ;

exprlist_expr
    : exprlist { NEED($$ = mp_tuple_or_single(p, $1, L(@$))); }
    ;

exprlist
    : exprlist_items { $$.v = $1; $$.comma = 0; }
    | exprlist_items ',' { $$.v = $1; $$.comma = 1; }
    ;

exprlist_items
    : expr { NEED($$ = mp_vec1(p, $1)); }
    | star_expr { NEED($$ = mp_vec1(p, $1)); }
    | exprlist_items ',' expr { NEED($$ = mp_push(p, $1, $3)); }
    | exprlist_items ',' star_expr { NEED($$ = mp_push(p, $1, $3)); }
    ;

yield_expr
    : KW_YIELD { NEED($$ = one(p, MP_EXPR_YIELD, NULL, @$)); }
    | KW_YIELD KW_FROM test { NEED($$ = one(p, MP_EXPR_YIELDFROM, $3, @$)); }
    | KW_YIELD testlist_star_expr { NEED($$ = one(p, MP_EXPR_YIELD, $2, @$)); }
    ;

namedexpr_test
    : test
    | T_NAME T_WALRUS test {
        mp_expr *t = name(p, $1, @1);
        NEED(t);
        t->ctx = MP_STORE;
        NEED($$ = mp_new_expr(p, MP_EXPR_NAMEDEXPR, L(@$)));
        $$->v.NamedExpr.target = t;
        $$->v.NamedExpr.value = $3;
        NEED(mp_done(p, $$));
      }
    ;

test
    : or_test
    | or_test KW_IF or_test KW_ELSE test {
        NEED($$ = mp_new_expr(p, MP_EXPR_IFEXP, L(@$)));
        $$->v.IfExp.test = $3;
        $$->v.IfExp.body = $1;
        $$->v.IfExp.orelse = $5;
        NEED(mp_done(p, $$));
      }
    | lambdef
    ;

lambdef
    : KW_LAMBDA ':' test {
        NEED($$ = mp_new_expr(p, MP_EXPR_LAMBDA, L(@$)));
        NEED($$->v.Lambda.args = mp_empty_arguments(p));
        $$->v.Lambda.body = $3;
        NEED(mp_done(p, $$));
      }
    | KW_LAMBDA lparams ':' test {
        NEED($$ = mp_new_expr(p, MP_EXPR_LAMBDA, L(@$)));
        NEED($$->v.Lambda.args = mp_make_arguments(p, $2, true, L(@3)));
        $$->v.Lambda.body = $4;
        NEED(mp_done(p, $$));
      }
    ;

or_test
    : and_test
    | or_list { NEED($$ = boolop(p, MP_OR, $1, @$)); }
    ;

or_list
    : and_test KW_OR and_test { NEED($$ = vec2(p, $1, $3)); }
    | or_list KW_OR and_test { NEED($$ = mp_push(p, $1, $3)); }
    ;

and_test
    : not_test
    | and_list { NEED($$ = boolop(p, MP_AND, $1, @$)); }
    ;

and_list
    : not_test KW_AND not_test { NEED($$ = vec2(p, $1, $3)); }
    | and_list KW_AND not_test { NEED($$ = mp_push(p, $1, $3)); }
    ;

not_test
    : KW_NOT not_test { NEED($$ = unary(p, MP_NOT, $2, @$)); }
    | comparison
    ;

comparison
    : expr
    | expr comp_chain_ops comp_ops_exprs { NEED($$ = mp_make_compare(p, $1, $2, $3, L(@$))); }
    ;

/* ops and comparators are collected in two parallel lists */
comp_chain_ops
    : comp_op { NEED($$ = mp_vec1(p, (void *)(intptr_t)($1 + 1))); }
    ;

comp_ops_exprs
    : expr { NEED($$ = mp_vec1(p, $1)); }
    | comp_ops_exprs comp_op expr {
        mp_vec *ops = $<vec>0;
        NEED(mp_push(p, ops, (void *)(intptr_t)($2 + 1)));
        NEED($$ = mp_push(p, $1, $3));
      }
    ;

comp_op
    : '<' { $$ = MP_LT; }
    | '>' { $$ = MP_GT; }
    | T_EQEQ { $$ = MP_EQ; }
    | T_GE { $$ = MP_GTE; }
    | T_LE { $$ = MP_LTE; }
    | T_NOTEQ { $$ = MP_NOTEQ; }
    | KW_IN { $$ = MP_IN; }
    | KW_NOT KW_IN { $$ = MP_NOTIN; }
    | KW_IS { $$ = MP_IS; }
    | KW_IS KW_NOT { $$ = MP_ISNOT; }
    ;

expr
    : expr '|' expr { NEED($$ = binop(p, $1, MP_BITOR, $3, @$)); }
    | expr '^' expr { NEED($$ = binop(p, $1, MP_BITXOR, $3, @$)); }
    | expr '&' expr { NEED($$ = binop(p, $1, MP_BITAND, $3, @$)); }
    | expr T_LSHIFT expr { NEED($$ = binop(p, $1, MP_LSHIFT, $3, @$)); }
    | expr T_RSHIFT expr { NEED($$ = binop(p, $1, MP_RSHIFT, $3, @$)); }
    | expr '+' expr { NEED($$ = binop(p, $1, MP_ADD, $3, @$)); }
    | expr '-' expr { NEED($$ = binop(p, $1, MP_SUB, $3, @$)); }
    | expr '*' expr { NEED($$ = binop(p, $1, MP_MULT, $3, @$)); }
    | expr '/' expr { NEED($$ = binop(p, $1, MP_DIV, $3, @$)); }
    | expr '%' expr { NEED($$ = binop(p, $1, MP_MOD, $3, @$)); }
    | expr T_FLOORDIV expr { NEED($$ = binop(p, $1, MP_FLOORDIV, $3, @$)); }
    | expr '@' expr { NEED($$ = binop(p, $1, MP_MATMULT, $3, @$)); }
    | factor
    ;

factor
    : '+' factor { NEED($$ = unary(p, MP_UADD, $2, @$)); }
    | '-' factor { NEED($$ = unary(p, MP_USUB, $2, @$)); }
    | '~' factor { NEED($$ = unary(p, MP_INVERT, $2, @$)); }
    | power
    ;

power
    : await_primary
    | await_primary T_POW factor { NEED($$ = binop(p, $1, MP_POW, $3, @$)); }
    ;

await_primary
    : KW_AWAIT primary { NEED($$ = one(p, MP_EXPR_AWAIT, $2, @$)); }
    | primary
    ;

primary
    : atom
    | primary '.' T_NAME { NEED($$ = attr(p, $1, $3, @$)); }
    | primary '(' ')' { mp_list none = {NULL, 0}; NEED($$ = mp_make_call(p, $1, none, L(@$), L(@3))); }
    | primary '(' arglist ')' { NEED($$ = mp_make_call(p, $1, $3, L(@$), L(@4))); }
    | primary '[' subscripts ']' {
        NEED($$ = mp_new_expr(p, MP_EXPR_SUBSCRIPT, L(@$)));
        $$->v.Subscript.value = $1;
        $$->v.Subscript.slice = $3;
        NEED(mp_done(p, $$));
      }
    ;

atom
    : T_NAME { NEED($$ = name(p, $1, @$)); }
    | T_NUMBER { NEED($$ = number(p, $1, @$)); }
    | strings { NEED($$ = strings(p, $1, @$, yylloc)); }
    | T_ELLIPSIS { NEED($$ = constant(p, MP_CONST_ELLIPSIS, @$)); }
    | KW_NONE { NEED($$ = constant(p, MP_CONST_NONE, @$)); }
    | KW_TRUE { NEED($$ = constant(p, MP_CONST_TRUE, @$)); }
    | KW_FALSE { NEED($$ = constant(p, MP_CONST_FALSE, @$)); }
    | '(' ')' { NEED($$ = seq_expr(p, MP_EXPR_TUPLE, NULL, @$)); $$->parens = 1; }
    | '(' yield_expr ')' { $$ = paren($2); }
    | '(' paren_list ')' {
        if ($2.v->count == 1 && !$2.comma) {
            $$ = paren($2.v->items[0]);
            if ($$->kind == MP_EXPR_STARRED) {
                mp_error_at(p, $$->loc, "cannot use starred expression here");
                YYABORT;
            }
        } else {
            NEED($$ = seq_expr(p, MP_EXPR_TUPLE, $2.v, @$));
            $$->parens = 1;
        }
      }
    | '(' namedexpr_test comp_for ')' { NEED($$ = comp(p, MP_EXPR_GENERATOREXP, $2, $3, @$)); }
    | '[' ']' { NEED($$ = seq_expr(p, MP_EXPR_LIST, NULL, @$)); }
    | '[' list_list ']' { NEED($$ = seq_expr(p, MP_EXPR_LIST, $2.v, @$)); }
    | '[' namedexpr_test comp_for ']' { NEED($$ = comp(p, MP_EXPR_LISTCOMP, $2, $3, @$)); }
    | '[' star_expr comp_for ']' { NEED($$ = comp(p, MP_EXPR_LISTCOMP, $2, $3, @$)); }
    | '(' star_expr comp_for ')' { NEED($$ = comp(p, MP_EXPR_GENERATOREXP, $2, $3, @$)); }
    | '{' star_expr comp_for '}' { NEED($$ = comp(p, MP_EXPR_SETCOMP, $2, $3, @$)); }
    | '{' '}' { NEED($$ = mp_new_expr(p, MP_EXPR_DICT, L(@$))); }
    | '{' dict_list '}' {
        NEED($$ = mp_new_expr(p, MP_EXPR_DICT, L(@$)));
        mp_vec *keys = mp_vec_new(p->arena), *values = mp_vec_new(p->arena);
        NEED(keys && values);
        for (int i = 0; i < $2.v->count; i++) {
            mp_expr **kv = $2.v->items[i];
            mp_vec_push(p->arena, keys, kv[0]);
            NEED(mp_push(p, values, kv[1]));
        }
        NEED(keys->count == values->count);
        $$->v.Dict.keys = MP_SEQ_OF(mp_expr_seq, keys);
        $$->v.Dict.values = MP_SEQ_OF(mp_expr_seq, values);
        NEED(mp_done(p, $$));
      }
    | '{' set_list '}' { NEED($$ = seq_expr(p, MP_EXPR_SET, $2.v, @$)); }
    | '{' test ':' test comp_for '}' {
        NEED($$ = mp_new_expr(p, MP_EXPR_DICTCOMP, L(@$)));
        $$->v.DictComp.key = $2;
        $$->v.DictComp.value = $4;
        $$->v.DictComp.generators = MP_SEQ_OF(mp_comprehension_seq, $5);
        NEED(mp_done(p, $$));
      }
    | '{' namedexpr_test comp_for '}' { NEED($$ = comp(p, MP_EXPR_SETCOMP, $2, $3, @$)); }
    | '{' T_POW expr comp_for '}' {
        mp_error_at(p, L(@2), "dict unpacking cannot be used in dict comprehension");
        YYABORT;
      }
    ;

strings
    : T_STRING { NEED($$ = mp_vec1(p, piece(p, $1, @1))); }
    | strings T_STRING { NEED($$ = mp_push(p, $1, piece(p, $2, @2))); }
    ;

paren_list
    : paren_items { $$.v = $1; $$.comma = 0; }
    | paren_items ',' { $$.v = $1; $$.comma = 1; }
    ;

paren_items
    : paren_elem { NEED($$ = mp_vec1(p, $1)); }
    | paren_items ',' paren_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

paren_elem
    : namedexpr_test
    | star_expr
    | namedexpr_test KW_AS expr {
        NEED($$ = mp_new_expr(p, MP_EXPR_WITH_AS_, L(@$)));
        $$->v.WithAs_.context_expr = $1;
        $$->v.WithAs_.optional_vars = $3;
        p->pending_with_as = $$;
        p->with_as_count++;
        NEED(mp_done(p, $$));
      }
    ;

list_list
    : list_items { $$.v = $1; $$.comma = 0; }
    | list_items ',' { $$.v = $1; $$.comma = 1; }
    ;

list_items
    : namedexpr_test { NEED($$ = mp_vec1(p, $1)); }
    | star_expr { NEED($$ = mp_vec1(p, $1)); }
    | list_items ',' namedexpr_test { NEED($$ = mp_push(p, $1, $3)); }
    | list_items ',' star_expr { NEED($$ = mp_push(p, $1, $3)); }
    ;

set_list
    : set_items { $$.v = $1; $$.comma = 0; }
    | set_items ',' { $$.v = $1; $$.comma = 1; }
    ;

set_items
    : namedexpr_test { NEED($$ = mp_vec1(p, $1)); }
    | star_expr { NEED($$ = mp_vec1(p, $1)); }
    | set_items ',' namedexpr_test { NEED($$ = mp_push(p, $1, $3)); }
    | set_items ',' star_expr { NEED($$ = mp_push(p, $1, $3)); }
    ;

dict_list
    : dict_items { $$.v = $1; $$.comma = 0; }
    | dict_items ',' { $$.v = $1; $$.comma = 1; }
    ;

dict_items
    : dict_elem { NEED($$ = mp_vec1(p, $1)); }
    | dict_items ',' dict_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

dict_elem
    : test ':' test {
        mp_expr **kv = mp_new(p, 2 * sizeof *kv);
        NEED(kv);
        kv[0] = $1;
        kv[1] = $3;
        $$ = kv;
      }
    | T_POW expr {
        mp_expr **kv = mp_new(p, 2 * sizeof *kv);
        NEED(kv);
        kv[1] = $2;
        $$ = kv;
      }
    ;

comp_for
    : comp_clause { NEED($$ = mp_vec1(p, $1)); }
    | comp_for comp_clause { NEED($$ = mp_push(p, $1, $2)); }
    | comp_for KW_IF or_test { $$ = $1; NEED(add_comp_if(p, $1, $3)); }
    ;

comp_clause
    : KW_FOR exprlist_expr KW_IN or_test { NEED($$ = comp_for(p, $2, $4, 0)); }
    | KW_ASYNC KW_FOR exprlist_expr KW_IN or_test { NEED($$ = comp_for(p, $3, $5, 1)); }
    ;

arglist
    : arg_items { $$.v = $1; $$.comma = 0; }
    | arg_items ',' { $$.v = $1; $$.comma = 1; }
    ;

arg_items
    : argument { NEED($$ = mp_vec1(p, $1)); }
    | arg_items ',' argument { NEED($$ = mp_push(p, $1, $3)); }
    ;

argument
    : namedexpr_test { NEED($$ = callarg(p, MP_ARG_POS, $1, NULL, @$)); }
    | namedexpr_test comp_for {
        mp_expr *g = comp(p, MP_EXPR_GENERATOREXP, $1, $2, @$);
        NEED(g);
        NEED($$ = callarg(p, MP_ARG_GENEXP, g, NULL, @$));
        $$->for_loc = L(@2);
      }
    | test '=' test {
        if ($1->kind == MP_EXPR_CONSTANT && $1->v.Constant.value.kind <= MP_CONST_FALSE && !$1->parens) {
            mp_error_at(p, $1->loc, "cannot assign to %s", mp_expr_name($1));
            YYABORT;
        }
        if ($1->kind != MP_EXPR_NAME || $1->parens) {
            mp_error_at(p, $1->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
            YYABORT;
        }
        NEED($$ = callarg(p, MP_ARG_KW, $3, $1->v.Name.id, @$));
      }
    | '*' test {
        mp_expr *s = starred(p, $2, @$);
        NEED(s);
        NEED($$ = callarg(p, MP_ARG_STAR, s, NULL, @$));
      }
    | T_POW test { NEED($$ = callarg(p, MP_ARG_KWSTAR, $2, NULL, @$)); }
    ;

subscripts
    : subscript_list {
        if ($1.v->count == 1 && !$1.comma && ((mp_expr *)$1.v->items[0])->kind != MP_EXPR_STARRED) {
            $$ = $1.v->items[0];
        } else {
            NEED($$ = seq_expr(p, MP_EXPR_TUPLE, $1.v, @$));
        }
      }
    ;

subscript_list
    : sub_items { $$.v = $1; $$.comma = 0; }
    | sub_items ',' { $$.v = $1; $$.comma = 1; }
    ;

sub_items
    : sub_elem { NEED($$ = mp_vec1(p, $1)); }
    | sub_items ',' sub_elem { NEED($$ = mp_push(p, $1, $3)); }
    ;

sub_elem
    : namedexpr_test
    | star_expr
    | slice
    ;

slice
    : opt_test ':' opt_test {
        NEED($$ = mp_new_expr(p, MP_EXPR_SLICE, L(@$)));
        $$->v.Slice.lower = $1;
        $$->v.Slice.upper = $3;
        NEED(mp_done(p, $$));
      }
    | opt_test ':' opt_test ':' opt_test {
        NEED($$ = mp_new_expr(p, MP_EXPR_SLICE, L(@$)));
        $$->v.Slice.lower = $1;
        $$->v.Slice.upper = $3;
        $$->v.Slice.step = $5;
        NEED(mp_done(p, $$));
      }
    ;

opt_test
    : %empty { $$ = NULL; }
    | test
    ;

%%

static void yyerror(YYLTYPE *loc, mp_parser *p, const char *msg) {
    if (!p->diag->has_error)
        mp_diag_error(p->diag, loc->first_line, loc->first_column, "too many nested expressions (%s)", msg);
}

static bool starts_expression(int t) {
    switch (t) {
    case T_NAME: case T_NUMBER: case T_STRING: case '(': case '[': case '{': case KW_NONE: case KW_TRUE:
    case KW_FALSE: case T_ELLIPSIS: case KW_LAMBDA: case KW_NOT: case KW_AWAIT: case T_MATCH: case T_CASE:
        return true;
    default:
        return false;
    }
}

static bool ends_expression(int t) {
    switch (t) {
    case T_NAME: case T_NUMBER: case T_STRING: case ')': case ']': case '}': case KW_NONE: case KW_TRUE:
    case KW_FALSE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool token_is(const mp_token *t, const char *s) {
    size_t n = mp_strlen(s);
    return t->s && t->len == n && !mp_memcmp(t->s, s, n);
}

/* Whether a grammar symbol is the single-character token c. */
static bool is_char(yysymbol_kind_t k, char c) {
    const char *nm = yysymbol_name(k);
    return nm[0] == '\'' && nm[1] == c && nm[2] == '\'' && nm[3] == 0;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, mp_parser *p) {
    if (p->diag->has_error)
        return 0;
    yysymbol_kind_t got = yypcontext_token(ctx);
    const YYLTYPE *loc = yypcontext_location(ctx);
    yysymbol_kind_t expected[8];
    int n = yypcontext_expected_tokens(ctx, expected, 8);
    mp_diag *d = p->diag;
    if (got == YYSYMBOL_T_INDENT) {
        mp_diag_error(d, loc->first_line, loc->first_column, "unexpected indent");
        p->no_rest_check = true;
        return 0;
    }
    if (n == 1 && expected[0] == YYSYMBOL_T_INDENT) {
        const char *what = p->block_from_lookahead ? p->prev_block_what : p->block_what;
        int line = p->block_from_lookahead ? p->prev_block_line : p->block_line;
        if (what)
            mp_diag_error(d, loc->first_line, loc->first_column, "expected an indented block after %s on line %d",
                          what, line);
        else
            mp_diag_error(d, loc->first_line, loc->first_column, "expected an indented block");
        return 0;
    }
    for (int i = 0; i < n && i < 8; i++)
        if (expected[i] == YYSYMBOL_KW_EXCEPT) {
            for (int j = 0; j < n && j < 8; j++)
                if (expected[j] == YYSYMBOL_KW_FINALLY) {
                    mp_diag_error(d, loc->first_line, loc->first_column, "expected 'except' or 'finally' block");
                    return 0;
                }
        }
    if (got == YYSYMBOL_T_DEDENT) {
        mp_diag_error(d, loc->first_line, loc->first_column, "unexpected unindent");
        p->no_rest_check = true;
        return 0;
    }
    if (got == YYSYMBOL_YYEOF && !p->is_fstring && p->prev_tok == T_DEDENT) {
        mp_diag_error(d, loc->first_line, loc->first_column, "invalid syntax");
        return 0;
    }
    int depth = p->lex.paren_depth;
    if (p->last_tok == '(' || p->last_tok == '[' || p->last_tok == '{')
        depth--;   /* the lookahead's own bracket */
    else if ((p->last_tok == ')' || p->last_tok == ']' || p->last_tok == '}') && depth < MP_MAX_PAREN)
        depth++;   /* the lookahead closed it */
    if (depth < 0)
        depth = 0;
    if (p->prev_tok == ':' && p->bad_ann_colon.line == p->prev_loc.line && p->bad_ann_colon.col == p->prev_loc.col) {
        mp_diag_error(d, p->prev_loc.line, p->prev_loc.col, "invalid syntax");
        return 0;
    }
    if (got == YYSYMBOL_T_WALRUS) {
        int t = p->prev_tok;
        const char *what = t == ']' ? "subscript" : t == ')' ? "tuple" : t == T_NAME && p->prev2_tok == '.' ? "attribute"
                         : t == T_NUMBER || t == T_STRING ? "literal" : t == KW_NONE ? "None" : t == KW_TRUE ? "True"
                         : t == KW_FALSE ? "False" : NULL;
        bool group = depth > 0 && depth <= MP_MAX_PAREN && p->lex.paren[depth - 1] == '(' && !p->paren_is_call[depth];
        if (what && group) {
            mp_diag_error(d, p->elem_line[depth], p->elem_col[depth],
                          "cannot use assignment expressions with %s", what);
            return 0;
        }
    }
    if (got == YYSYMBOL_T_POW && p->prev_tok == '(') {
        mp_diag_error(d, loc->first_line, loc->first_column, "cannot use double starred expression here");
        return 0;
    }
    if (is_char(got, ':') && p->prev_tok == T_ARROW) {
        mp_diag_error(d, p->prev_loc.line, p->prev_loc.col, "expected ':'");
        return 0;
    }
    if (p->last_tok == '(' && (p->prev_tok == '(' || p->prev_tok == ',' || p->prev_tok == KW_LAMBDA)) {
        if (p->in_lambda_params) {
            mp_diag_error(d, loc->first_line, loc->first_column, "Lambda expression parameters cannot be parenthesized");
            return 0;
        }
        if (p->block_what && p->block_what[0] == 'f' && p->block_line == loc->first_line && depth == 1) {
            mp_diag_error(d, loc->first_line, loc->first_column, "Function parameters cannot be parenthesized");
            return 0;
        }
    }
    if (is_char(got, '=') && p->prev_tok == T_NAME) {
        /* `if x = 1:` or `(y = 1)`: a named-expression context */
        int b = p->prev2_tok;
        bool bracket = depth > 0 && (b == '(' || b == '[' || b == '{' || b == ',');
        bool header = depth == 0 && (b == KW_IF || b == KW_ELIF || b == KW_WHILE);
        if (bracket || header) {
            mp_diag_error(d, p->prev_loc.line, p->prev_loc.col,
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return 0;
        }
    }
    if (depth > 0 && p->lex.paren[depth - 1] == '{' && (is_char(got, ',') || is_char(got, '}'))) {
        if (p->prev_tok == ':') {
            mp_diag_error(d, p->prev_loc.line, p->prev_loc.col, "expression expected after dictionary key and ':'");
            return 0;
        }
        for (int i = 0; i < n && i < 8; i++)
            if (is_char(expected[i], ':')) {
                mp_diag_error(d, p->elem_line[depth], p->elem_col[depth], "':' expected after dictionary key");
                return 0;
            }
    }
    /* `print "x"` */
    if (p->prev_stmt_start && p->prev_tok == T_NAME && starts_expression(p->last_tok) &&
        (token_is(&p->prev_text, "print") || token_is(&p->prev_text, "exec"))) {
        const char *w = token_is(&p->prev_text, "print") ? "print" : "exec";
        mp_diag_error(d, p->prev_loc.line, p->prev_loc.col,
                      "Missing parentheses in call to '%s'. Did you mean %s(...)?", w, w);
        return 0;
    }
    /* `a if b` without its else */
    if (!is_char(got, ':') && got != YYSYMBOL_KW_ELSE) {
        for (int i = 0; i < n && i < 8; i++)
            if (expected[i] == YYSYMBOL_KW_ELSE) {
                mp_diag_error(d, p->elem_line[depth], p->elem_col[depth], "expected 'else' after 'if' expression");
                return 0;
            }
    }
    /* a def header must end in ':' (CPython's grammar forces that token) */
    if (p->block_what && p->block_what[0] == 'f' && p->block_line == loc->first_line && depth == 0 &&
        p->stmt_first_tok != '@') {
        for (int i = 0; i < n && i < 8; i++)
            if (is_char(expected[i], ':')) {
                mp_diag_error(d, loc->first_line, loc->first_column, "expected ':'");
                return 0;
            }
    }
    /* two expressions side by side inside brackets */
    if ((depth > 0 || p->is_fstring) && !p->in_case_header && p->stmt_first_tok != KW_IMPORT &&
        p->stmt_first_tok != KW_FROM && ends_expression(p->prev_tok) && starts_expression(p->last_tok) &&
        !(p->prev_tok == T_NAME && p->last_tok == T_STRING) && depth <= MP_MAX_PAREN) {
        const char *msg = "invalid syntax. Perhaps you forgot a comma?";
        mp_diag_error(d, p->elem_line[depth], p->elem_col[depth], "%s", msg);
        return 0;
    }
    for (int i = 0; i < n && i < 8; i++) {
        const char *nm = yysymbol_name(expected[i]);
        if (nm[0] == '\'' && nm[1] == ':' && nm[2] == '\'' && got == YYSYMBOL_T_NEWLINE) {
            mp_diag_error(d, loc->first_line, loc->first_column, "expected ':'");
            return 0;
        }
    }
    if (n == 1 && expected[0] == YYSYMBOL_KW_ELSE) {
        mp_diag_error(d, p->elem_line[depth], p->elem_col[depth], "expected 'else' after 'if' expression");
        return 0;
    }
    if (n == 1 && !mp_memcmp(yysymbol_name(expected[0]), "'('", 4)) {
        mp_diag_error(d, loc->first_line, loc->first_column, "expected '('");
        return 0;
    }
    if (got == YYSYMBOL_YYEOF && p->is_fstring) {
        mp_diag_error(d, loc->first_line, loc->first_column, "f-string: invalid syntax");
        return 0;
    }
    mp_diag_error(d, loc->first_line, loc->first_column, "invalid syntax");
    return 0;
}

int mp_run_parser(mp_parser *p) {
    return yyparse(p);
}
