/* Scope analysis (see scope.h): a builder walk records bindings and uses,
 * then a resolution pass marks cells and threads free variables through
 * every host function between a use and its owner. */
#include "scope.h"
#include "diag.h"

static bool str_eq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static void *grow(mp_arena *a, void *old, int *cap, int need, size_t elem) {
    if (need <= *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = mp_arena_zalloc(a, (size_t)ncap * elem);
    if (p && old)
        mp_memcpy(p, old, (size_t)*cap * elem);
    *cap = ncap;
    return p;
}

sc_sym *scope_lookup(scope *s, const char *name) {
    for (int i = 0; i < s->n_syms; i++)
        if (str_eq(s->syms[i].name, name))
            return &s->syms[i];
    return NULL;
}

typedef struct builder {
    scope_table *t;
    mp_arena *a;
    scope *cur;
    /* every use, for the resolution pass */
    int n_uses, use_cap;
    struct use { scope *s; const char *name; } *uses;
    bool failed;
} builder;

static sc_sym *sym_get(builder *b, scope *s, const char *name) {
    sc_sym *y = scope_lookup(s, name);
    if (y)
        return y;
    sc_sym *ys = grow(b->a, s->syms, &s->sym_cap, s->n_syms + 1, sizeof *ys);
    if (!ys) {
        b->failed = true;
        static sc_sym dummy;
        return &dummy;
    }
    s->syms = ys;
    y = &s->syms[s->n_syms++];
    y->name = name;
    y->flags = 0;
    y->slot = -1;
    return y;
}

static mp_arena *g_arena; /* the arena of the analysis in progress (single-threaded compiler) */

static int scope_add_slot_(scope *h, const char *name) {
    const char **ns = grow(g_arena, h->slot_names, &h->slot_cap, h->n_slots + 1, sizeof *ns);
    if (!ns)
        return 0;
    h->slot_names = ns;
    h->slot_names[h->n_slots] = name;
    return h->n_slots++;
}

int scope_new_slot(scope *s, const char *name) {
    return scope_add_slot_(s->host, name);
}

static scope *scope_open(builder *b, sc_kind kind, const void *node, int line, int col) {
    scope *s = mp_arena_zalloc(b->a, sizeof *s);
    scope_table *t = b->t;
    scope **ss = grow(b->a, t->scopes, &t->cap, t->n + 1, sizeof *ss);
    if (!s || !ss) {
        b->failed = true;
        return b->cur;
    }
    t->scopes = ss;
    t->scopes[t->n++] = s;
    s->kind = kind;
    s->parent = b->cur;
    s->node = node;
    s->line = line;
    s->col = col;
    s->err = t->err;
    s->host = (kind == SC_CLASS || kind == SC_COMP) ? b->cur->host : s;
    return s;
}

static void use(builder *b, const char *name) {
    sym_get(b, b->cur, name)->flags |= SYM_USED;
    struct use *us = grow(b->a, b->uses, &b->use_cap, b->n_uses + 1, sizeof *us);
    if (!us) {
        b->failed = true;
        return;
    }
    b->uses = us;
    b->uses[b->n_uses].s = b->cur;
    b->uses[b->n_uses].name = name;
    b->n_uses++;
}

static void bind(builder *b, const char *name) {
    scope *s = b->cur;
    sym_get(b, s, name)->flags |= SYM_LOCAL;
    use(b, name);
}

static void walk_expr(builder *b, const mp_expr *e);
static void walk_stmts(builder *b, const mp_stmt_seq *body);

static void walk_exprs(builder *b, const mp_expr_seq *s) {
    for (int i = 0; i < s->count; i++)
        if (s->items[i])
            walk_expr(b, s->items[i]);
}

static void walk_target(builder *b, const mp_expr *e) {
    switch (e->kind) {
    case MP_EXPR_NAME:
        bind(b, e->v.Name.id);
        break;
    case MP_EXPR_TUPLE:
        for (int i = 0; i < e->v.Tuple.elts.count; i++)
            walk_target(b, e->v.Tuple.elts.items[i]);
        break;
    case MP_EXPR_LIST:
        for (int i = 0; i < e->v.List.elts.count; i++)
            walk_target(b, e->v.List.elts.items[i]);
        break;
    case MP_EXPR_STARRED:
        walk_target(b, e->v.Starred.value);
        break;
    default:
        walk_expr(b, e);
    }
}

static void walk_args_defaults(builder *b, const mp_arguments *a) {
    walk_exprs(b, &a->defaults);
    walk_exprs(b, &a->kw_defaults);
}

static void bind_params(builder *b, const mp_arguments *a) {
    scope *s = b->cur;
    const mp_arg_seq *seqs[2] = {&a->posonlyargs, &a->args};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < seqs[k]->count; i++) {
            sc_sym *y = sym_get(b, s, seqs[k]->items[i]->arg);
            y->flags |= SYM_LOCAL | SYM_PARAM;
            y->slot = scope_add_slot_(s, y->name);
        }
    for (int i = 0; i < a->kwonlyargs.count; i++) {
        sc_sym *y = sym_get(b, s, a->kwonlyargs.items[i]->arg);
        y->flags |= SYM_LOCAL | SYM_PARAM;
        y->slot = scope_add_slot_(s, y->name);
    }
    mp_arg *stars[2] = {a->vararg, a->kwarg};
    for (int k = 0; k < 2; k++)
        if (stars[k]) {
            sc_sym *y = sym_get(b, s, stars[k]->arg);
            y->flags |= SYM_LOCAL | SYM_PARAM;
            y->slot = scope_add_slot_(s, y->name);
        }
}

static void walk_comprehension(builder *b, const mp_expr *e, const mp_comprehension_seq *gens,
                               const mp_expr *elt, const mp_expr *value) {
    /* the first iterable is evaluated in the enclosing scope */
    walk_expr(b, gens->items[0]->iter);
    bool lazy = e->kind == MP_EXPR_GENERATOREXP;
    scope *s = scope_open(b, lazy ? SC_LAMBDA : SC_COMP, e, e->loc.line, e->loc.col);
    scope *saved = b->cur;
    b->cur = s;
    if (lazy) {
        /* a real generator function over its first iterator */
        s->is_generator = s->is_genexp = true;
        sc_sym *y = sym_get(b, s, ".0");
        y->flags |= SYM_LOCAL | SYM_PARAM;
        y->slot = scope_add_slot_(s, y->name);
    }
    for (int i = 0; i < gens->count; i++) {
        const mp_comprehension *g = gens->items[i];
        if (i)
            walk_expr(b, g->iter);
        walk_target(b, g->target);
        walk_exprs(b, &g->ifs);
    }
    if (elt)
        walk_expr(b, elt);
    if (value)
        walk_expr(b, value);
    b->cur = saved;
}

static void walk_expr(builder *b, const mp_expr *e) {
    switch (e->kind) {
    case MP_EXPR_BOOLOP: walk_exprs(b, &e->v.BoolOp.values); break;
    case MP_EXPR_NAMEDEXPR: {
        walk_expr(b, e->v.NamedExpr.value);
        /* binds in the nearest enclosing non-comprehension scope */
        scope *saved = b->cur;
        while (b->cur->kind == SC_COMP || b->cur->is_genexp)
            b->cur = b->cur->parent;
        walk_target(b, e->v.NamedExpr.target);
        b->cur = saved;
        /* a generator expression reaches it as a free variable */
        if (e->v.NamedExpr.target->kind == MP_EXPR_NAME)
            use(b, e->v.NamedExpr.target->v.Name.id);
        break;
    }
    case MP_EXPR_BINOP: walk_expr(b, e->v.BinOp.left); walk_expr(b, e->v.BinOp.right); break;
    case MP_EXPR_UNARYOP: walk_expr(b, e->v.UnaryOp.operand); break;
    case MP_EXPR_LAMBDA: {
        walk_args_defaults(b, e->v.Lambda.args);
        scope *s = scope_open(b, SC_LAMBDA, e, e->loc.line, e->loc.col);
        scope *saved = b->cur;
        b->cur = s;
        bind_params(b, e->v.Lambda.args);
        walk_expr(b, e->v.Lambda.body);
        b->cur = saved;
        break;
    }
    case MP_EXPR_IFEXP:
        walk_expr(b, e->v.IfExp.test); walk_expr(b, e->v.IfExp.body); walk_expr(b, e->v.IfExp.orelse);
        break;
    case MP_EXPR_DICT: walk_exprs(b, &e->v.Dict.keys); walk_exprs(b, &e->v.Dict.values); break;
    case MP_EXPR_SET: walk_exprs(b, &e->v.Set.elts); break;
    case MP_EXPR_LISTCOMP: walk_comprehension(b, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL); break;
    case MP_EXPR_SETCOMP: walk_comprehension(b, e, &e->v.SetComp.generators, e->v.SetComp.elt, NULL); break;
    case MP_EXPR_GENERATOREXP: walk_comprehension(b, e, &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL); break;
    case MP_EXPR_DICTCOMP:
        walk_comprehension(b, e, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
        break;
    case MP_EXPR_AWAIT: b->cur->is_generator = true; walk_expr(b, e->v.Await.value); break;
    case MP_EXPR_YIELD:
        b->cur->is_generator = true;
        if (e->v.Yield.value)
            walk_expr(b, e->v.Yield.value);
        break;
    case MP_EXPR_YIELDFROM: b->cur->is_generator = true; walk_expr(b, e->v.YieldFrom.value); break;
    case MP_EXPR_COMPARE: walk_expr(b, e->v.Compare.left); walk_exprs(b, &e->v.Compare.comparators); break;
    case MP_EXPR_CALL:
        walk_expr(b, e->v.Call.func);
        walk_exprs(b, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.count; i++)
            walk_expr(b, e->v.Call.keywords.items[i]->value);
        if (e->v.Call.func->kind == MP_EXPR_NAME && str_eq(e->v.Call.func->v.Name.id, "super") &&
            e->v.Call.args.count == 0) {
            b->cur->uses_super = true;
            use(b, "__class__");
        }
        break;
    case MP_EXPR_FORMATTEDVALUE:
        walk_expr(b, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec)
            walk_expr(b, e->v.FormattedValue.format_spec);
        break;
    case MP_EXPR_JOINEDSTR: walk_exprs(b, &e->v.JoinedStr.values); break;
    case MP_EXPR_CONSTANT: break;
    case MP_EXPR_ATTRIBUTE: walk_expr(b, e->v.Attribute.value); break;
    case MP_EXPR_SUBSCRIPT: walk_expr(b, e->v.Subscript.value); walk_expr(b, e->v.Subscript.slice); break;
    case MP_EXPR_STARRED: walk_expr(b, e->v.Starred.value); break;
    case MP_EXPR_NAME:
        if (e->ctx == MP_LOAD)
            use(b, e->v.Name.id);
        else
            bind(b, e->v.Name.id);
        break;
    case MP_EXPR_LIST: walk_exprs(b, &e->v.List.elts); break;
    case MP_EXPR_TUPLE: walk_exprs(b, &e->v.Tuple.elts); break;
    case MP_EXPR_SLICE:
        if (e->v.Slice.lower) walk_expr(b, e->v.Slice.lower);
        if (e->v.Slice.upper) walk_expr(b, e->v.Slice.upper);
        if (e->v.Slice.step) walk_expr(b, e->v.Slice.step);
        break;
    default: break;
    }
}

static void declare(builder *b, const mp_ident_seq *names, unsigned flag) {
    for (int i = 0; i < names->count; i++) {
        sc_sym *y = sym_get(b, b->cur, names->items[i]);
        y->flags |= flag;
        use(b, names->items[i]);
    }
}

static const char *import_bound_name(builder *b, const char *dotted) {
    int n = 0;
    while (dotted[n] && dotted[n] != '.')
        n++;
    return mp_arena_strndup(b->a, dotted, (size_t)n);
}

static void walk_stmt(builder *b, const mp_stmt *s) {
    switch (s->kind) {
    case MP_STMT_FUNCTIONDEF:
    case MP_STMT_ASYNCFUNCTIONDEF: {
        const mp_arguments *a = s->v.FunctionDef.args;
        walk_exprs(b, &s->v.FunctionDef.decorator_list);
        walk_args_defaults(b, a);
        bind(b, s->v.FunctionDef.name);
        scope *sc = scope_open(b, SC_FUNCTION, s, s->loc.line, s->loc.col);
        scope *saved = b->cur;
        b->cur = sc;
        if (s->kind == MP_STMT_ASYNCFUNCTIONDEF)
            sc->is_async = sc->is_generator = true;
        bind_params(b, a);
        walk_stmts(b, &s->v.FunctionDef.body);
        b->cur = saved;
        break;
    }
    case MP_STMT_CLASSDEF: {
        walk_exprs(b, &s->v.ClassDef.decorator_list);
        walk_exprs(b, &s->v.ClassDef.bases);
        for (int i = 0; i < s->v.ClassDef.keywords.count; i++)
            walk_expr(b, s->v.ClassDef.keywords.items[i]->value);
        bind(b, s->v.ClassDef.name);
        scope *sc = scope_open(b, SC_CLASS, s, s->loc.line, s->loc.col);
        scope *saved = b->cur;
        b->cur = sc;
        walk_stmts(b, &s->v.ClassDef.body);
        b->cur = saved;
        break;
    }
    case MP_STMT_RETURN: if (s->v.Return.value) walk_expr(b, s->v.Return.value); break;
    case MP_STMT_DELETE:
        for (int i = 0; i < s->v.Delete.targets.count; i++)
            walk_target(b, s->v.Delete.targets.items[i]);
        break;
    case MP_STMT_ASSIGN:
        walk_expr(b, s->v.Assign.value);
        for (int i = 0; i < s->v.Assign.targets.count; i++)
            walk_target(b, s->v.Assign.targets.items[i]);
        break;
    case MP_STMT_AUGASSIGN:
        walk_expr(b, s->v.AugAssign.value);
        if (s->v.AugAssign.target->kind == MP_EXPR_NAME)
            use(b, s->v.AugAssign.target->v.Name.id);
        walk_target(b, s->v.AugAssign.target);
        break;
    case MP_STMT_ANNASSIGN:
        if (s->v.AnnAssign.value) {
            walk_expr(b, s->v.AnnAssign.value);
            walk_target(b, s->v.AnnAssign.target);
        }
        break;
    case MP_STMT_FOR:
    case MP_STMT_ASYNCFOR:
        walk_expr(b, s->v.For.iter);
        walk_target(b, s->v.For.target);
        walk_stmts(b, &s->v.For.body);
        walk_stmts(b, &s->v.For.orelse);
        break;
    case MP_STMT_WHILE:
        walk_expr(b, s->v.While.test);
        walk_stmts(b, &s->v.While.body);
        walk_stmts(b, &s->v.While.orelse);
        break;
    case MP_STMT_IF:
        walk_expr(b, s->v.If.test);
        walk_stmts(b, &s->v.If.body);
        walk_stmts(b, &s->v.If.orelse);
        break;
    case MP_STMT_WITH:
    case MP_STMT_ASYNCWITH:
        for (int i = 0; i < s->v.With.items.count; i++) {
            walk_expr(b, s->v.With.items.items[i]->context_expr);
            if (s->v.With.items.items[i]->optional_vars)
                walk_target(b, s->v.With.items.items[i]->optional_vars);
        }
        walk_stmts(b, &s->v.With.body);
        break;
    case MP_STMT_RAISE:
        if (s->v.Raise.exc) walk_expr(b, s->v.Raise.exc);
        if (s->v.Raise.cause) walk_expr(b, s->v.Raise.cause);
        break;
    case MP_STMT_TRY:
    case MP_STMT_TRYSTAR:
        walk_stmts(b, &s->v.Try.body);
        for (int i = 0; i < s->v.Try.handlers.count; i++) {
            const mp_excepthandler *h = s->v.Try.handlers.items[i];
            if (h->type)
                walk_expr(b, h->type);
            if (h->name)
                bind(b, h->name);
            walk_stmts(b, &h->body);
        }
        walk_stmts(b, &s->v.Try.orelse);
        walk_stmts(b, &s->v.Try.finalbody);
        break;
    case MP_STMT_ASSERT:
        walk_expr(b, s->v.Assert.test);
        if (s->v.Assert.msg) walk_expr(b, s->v.Assert.msg);
        break;
    case MP_STMT_IMPORT:
        for (int i = 0; i < s->v.Import.names.count; i++) {
            const mp_alias *al = s->v.Import.names.items[i];
            bind(b, al->asname ? al->asname : import_bound_name(b, al->name));
        }
        break;
    case MP_STMT_IMPORTFROM:
        for (int i = 0; i < s->v.ImportFrom.names.count; i++) {
            const mp_alias *al = s->v.ImportFrom.names.items[i];
            if (!str_eq(al->name, "*"))
                bind(b, al->asname ? al->asname : al->name);
        }
        break;
    case MP_STMT_GLOBAL: declare(b, &s->v.Global.names, SYM_GLOBAL); break;
    case MP_STMT_NONLOCAL: declare(b, &s->v.Nonlocal.names, SYM_NONLOCAL); break;
    case MP_STMT_EXPR: walk_expr(b, s->v.Expr.value); break;
    case MP_STMT_MATCH:
        walk_expr(b, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.count; i++) {
            if (s->v.Match.cases.items[i]->guard)
                walk_expr(b, s->v.Match.cases.items[i]->guard);
            walk_stmts(b, &s->v.Match.cases.items[i]->body);
        }
        break;
    default: break;
    }
}

static void walk_stmts(builder *b, const mp_stmt_seq *body) {
    for (int i = 0; i < body->count; i++)
        walk_stmt(b, body->items[i]);
}

static bool is_host(const scope *s) {
    return s->kind == SC_MODULE || s->kind == SC_FUNCTION || s->kind == SC_LAMBDA;
}

/* Bound here as a fast variable of a function-like scope? */
static bool owns(scope *x, const char *name) {
    if (x->kind == SC_MODULE)
        return false;
    if (x->kind == SC_CLASS)
        return x->has_class_cell && str_eq(name, "__class__");
    sc_sym *y = scope_lookup(x, name);
    return y && (y->flags & SYM_LOCAL) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL));
}

/* The scope owning `name` seen from `from` (inclusive), or NULL (global). */
static scope *find_owner(scope *from, const char *name) {
    for (scope *x = from; x; x = x->parent) {
        if (x->kind == SC_MODULE)
            return NULL;
        sc_sym *y = scope_lookup(x, name);
        if (x->kind != SC_CLASS && y && (y->flags & SYM_GLOBAL))
            return NULL;
        if (owns(x, name))
            return x;
    }
    return NULL;
}

static int free_index(scope *h, const char *name) {
    for (int i = 0; i < h->n_frees; i++)
        if (str_eq(h->frees[i], name))
            return i;
    return -1;
}

static void add_free(scope *h, const char *name) {
    if (free_index(h, name) >= 0)
        return;
    const char **fs = grow(g_arena, h->frees, &h->free_cap, h->n_frees + 1, sizeof *fs);
    if (!fs)
        return;
    h->frees = fs;
    h->frees[h->n_frees++] = name;
}

static sc_sym *owner_sym(scope *owner, const char *name) {
    if (owner->kind == SC_CLASS)
        return scope_lookup(owner, "__class__");
    return scope_lookup(owner, name);
}

static binding bind_from_host(scope *h, scope *owner, const char *name) {
    binding r = {B_GLOBAL, 0};
    sc_sym *y = owner_sym(owner, name);
    if (owner->host == h) {
        r.kind = (y->flags & SYM_CELL) ? B_CELL : B_LOCAL;
        r.index = y->slot;
    } else {
        r.kind = B_FREE;
        r.index = free_index(h, name);
    }
    return r;
}

binding scope_resolve(scope *s, const char *name) {
    binding g = {B_GLOBAL, 0};
    sc_sym *y = scope_lookup(s, name);
    if (y && (y->flags & SYM_GLOBAL))
        return g;
    if (s->kind == SC_MODULE)
        return g;
    if (s->kind == SC_CLASS) {
        if (y && (y->flags & SYM_LOCAL) && !(y->flags & SYM_NONLOCAL)) {
            g.kind = B_NAME;
            return g;
        }
        scope *owner = find_owner(s->parent, name);
        if (!owner) {
            g.kind = B_NAME;
            return g;
        }
        return bind_from_host(s->host, owner, name);
    }
    scope *owner = find_owner(s, name);
    return owner ? bind_from_host(s->host, owner, name) : g;
}

binding scope_closure_cell(scope *s, const char *name) {
    binding g = {B_GLOBAL, 0};
    scope *owner = find_owner(s, name);
    if (!owner)
        return g;
    return bind_from_host(s->host, owner, name);
}

/* Marks cells and free variables for one use of `name` in s. */
static void resolve_use(scope *s, const char *name) {
    sc_sym *y = scope_lookup(s, name);
    if (y && (y->flags & SYM_GLOBAL))
        return;
    if (s->kind == SC_MODULE)
        return;
    if (s->kind == SC_CLASS && y && (y->flags & SYM_LOCAL) && !(y->flags & SYM_NONLOCAL))
        return;
    scope *owner = find_owner(s->kind == SC_CLASS ? s->parent : s, name);
    if (!owner) {
        if (y && (y->flags & SYM_NONLOCAL) && !s->err->has_error) {
            s->err->has_error = true;
            s->err->line = s->line;
            s->err->col = s->col + 1;
            mp_format(s->err->message, sizeof s->err->message, "no binding for nonlocal '%s' found", name);
        }
        return;
    }
    if (owner->host == s->host)
        return;
    owner_sym(owner, name)->flags |= SYM_CELL;
    for (scope *x = s; x && x != owner; x = x->parent)
        if (is_host(x) && x != owner->host)
            add_free(x, name);
}

bool scope_analyse(scope_table *t, mp_arena *arena, const mp_module *m, ir_error *err) {
    g_arena = arena;
    t->arena = arena;
    t->err = err;
    builder b = {0};
    b.t = t;
    b.a = arena;
    b.cur = NULL;
    scope *mod = scope_open(&b, SC_MODULE, NULL, 1, 0);
    mod->host = mod;
    b.cur = mod;
    walk_stmts(&b, &m->body);
    if (b.failed)
        return false;
    /* classes whose methods call super() get a __class__ cell */
    for (int i = 0; i < t->n; i++) {
        scope *s = t->scopes[i];
        if (!s->uses_super)
            continue;
        for (scope *x = s->parent; x; x = x->parent)
            if (x->kind == SC_CLASS) {
                if (!x->has_class_cell) {
                    x->has_class_cell = true;
                    sc_sym *y = sym_get(&b, x, "__class__");
                    y->slot = scope_add_slot_(x->host, "__class__");
                    y->flags |= SYM_CELL;
                }
                break;
            }
    }
    /* slots for the fast locals of functions, lambdas and comprehensions */
    for (int i = 0; i < t->n; i++) {
        scope *s = t->scopes[i];
        if (s->kind == SC_MODULE || s->kind == SC_CLASS)
            continue;
        for (int k = 0; k < s->n_syms; k++) {
            sc_sym *y = &s->syms[k];
            if ((y->flags & SYM_LOCAL) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && y->slot < 0)
                y->slot = scope_add_slot_(s->host, y->name);
        }
    }
    for (int i = 0; i < b.n_uses; i++)
        resolve_use(b.uses[i].s, b.uses[i].name);
    return !err->has_error;
}

scope *scope_of(const scope_table *t, const void *node) {
    for (int i = 0; i < t->n; i++)
        if (t->scopes[i]->node == node)
            return t->scopes[i];
    return NULL;
}
