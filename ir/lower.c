/* AST -> IR lowering. One IR function per module body, def and lambda;
 * class bodies and comprehensions run inline in their host function.
 * try/finally, with and loop exits are lowered by inlining the pending
 * finally actions at every exit (normal, return, break, continue) and in a
 * landing block for exceptions. */
#include "lower.h"

#include "scope.h"
#include "diag.h"

/* Runtime operator numbers, in ops.def order (comparisons, then arithmetic). */
enum {
#define COMPARE_OP(e, sym, d, r) OPN_##e,
#define BINARY_OP(e, sym, d, r, i) OPN_##e,
#include "ops.def"
#undef COMPARE_OP
#undef BINARY_OP
    OPN_COUNT
};
enum {
#define UNARY_OP(e, sym, d) UOPN_##e,
#include "ops.def"
#undef UNARY_OP
};

typedef enum { FIN_STMTS, FIN_WITH, FIN_ASYNC_WITH, FIN_HANDLER } fin_kind;
typedef struct fin {
    fin_kind kind;
    const mp_stmt_seq *stmts;
    int exit_fn;            /* FIN_WITH / FIN_ASYNC_WITH: the bound __exit__ / __aexit__ */
    int outer_handler;      /* handler around the try/with statement */
    int n_caught;           /* caught-exception depth at entry */
} fin;

typedef struct loop {
    int brk, cont;
    int n_fins;
} loop;

typedef struct consts_entry {
    const char *name;
    int64_t value;
} consts_entry;

typedef struct lower {
    mp_arena *a;
    ir_module *m;
    ir_error *err;
    scope_table st;
    ir_function *fn;
    ir_block *cur;
    scope *sc;
    int handler;
    int line;
    int ns;                 /* class body: namespace vreg */
    int n_loops;
    loop loops[64];
    int n_fins;
    fin fins[64];
    int n_caught;
    int caught[64];
    int n_consts;
    consts_entry consts[256];
    const char *modname;
    bool is_package;
} lower;

static bool str_eq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static void fail(lower *L, mp_loc loc, const char *fmt, const char *arg) {
    if (L->err->has_error)
        return;
    L->err->has_error = true;
    L->err->line = loc.line;
    L->err->col = loc.col + 1;
    mp_format(L->err->message, sizeof L->err->message, fmt, arg);
}

static void unsupported(lower *L, mp_loc loc, const char *what) {
    fail(L, loc, "%s is not supported", what);
}

/* ---- emission helpers ---------------------------------------------------- */

static ir_block *new_block(lower *L) {
    ir_block *b = ir_block_new(L->a, L->fn);
    if (b)
        b->handler = L->handler;
    return b;
}

static ir_instr *emit(lower *L, ir_op op, int n_args) {
    ir_instr *i = ir_emit(L->a, L->fn, L->cur, op);
    if (!i)
        return NULL;
    i->line = L->line;
    if (n_args) {
        i->args = mp_arena_zalloc(L->a, sizeof(int32_t) * (size_t)n_args);
        i->n_args = n_args;
    }
    return i;
}

static int def(lower *L, ir_instr *i, ir_rep rep) {
    i->rep = (uint8_t)rep;
    i->dest = ir_vreg_new(L->a, L->fn, rep);
    return i->dest;
}

static int op0(lower *L, ir_op op, int64_t imm) {
    ir_instr *i = emit(L, op, 0);
    i->imm = imm;
    return def(L, i, IR_REP_OBJ);
}

static int op1(lower *L, ir_op op, int a, int64_t imm) {
    ir_instr *i = emit(L, op, 1);
    i->args[0] = a;
    i->imm = imm;
    return def(L, i, IR_REP_OBJ);
}

static int op2(lower *L, ir_op op, int a, int b, int64_t imm) {
    ir_instr *i = emit(L, op, 2);
    i->args[0] = a;
    i->args[1] = b;
    i->imm = imm;
    return def(L, i, IR_REP_OBJ);
}

static void stmt_op(lower *L, ir_op op, int n, const int *args, int64_t imm, int name) {
    ir_instr *i = emit(L, op, n);
    for (int k = 0; k < n; k++)
        i->args[k] = args[k];
    i->imm = imm;
    i->name = name;
}

static int name_op(lower *L, ir_op op, const char *name, int n, const int *args) {
    ir_instr *i = emit(L, op, n);
    for (int k = 0; k < n; k++)
        i->args[k] = args[k];
    i->name = ir_const_name(L->a, L->m, name);
    return def(L, i, IR_REP_OBJ);
}

static void name_stmt(lower *L, ir_op op, const char *name, int n, const int *args) {
    ir_instr *i = emit(L, op, n);
    for (int k = 0; k < n; k++)
        i->args[k] = args[k];
    i->name = ir_const_name(L->a, L->m, name);
}

static int const_vreg(lower *L, const ir_const *c) {
    return op0(L, IR_CONST, ir_const_add(L->a, L->m, c));
}

static int const_simple(lower *L, ir_const_kind k) {
    ir_const c = {0};
    c.kind = k;
    return const_vreg(L, &c);
}

static int const_name_vreg(lower *L, const char *name) {
    return op0(L, IR_CONST, ir_const_name(L->a, L->m, name));
}

static int const_str_vreg(lower *L, const char *s, size_t len) {
    ir_const c = {0};
    c.kind = IR_C_STR;
    c.s = s;
    c.len = len;
    return const_vreg(L, &c);
}

static void jmp(lower *L, ir_block *to) {
    if (ir_block_terminated(L->cur))
        return;
    ir_instr *i = emit(L, IR_JMP, 0);
    i->target = to->id;
}

static void jnz(lower *L, int cond, ir_block *t, ir_block *f) {
    ir_instr *i = emit(L, IR_JNZ, 1);
    i->args[0] = cond;
    i->target = t->id;
    i->target2 = f->id;
}

static int truthy(lower *L, int v) {
    ir_instr *i = emit(L, IR_TRUTHY, 1);
    i->args[0] = v;
    return def(L, i, IR_REP_BOOL);
}

static void copy_to(lower *L, int dest, int src) {
    ir_instr *i = emit(L, IR_COPY, 1);
    i->args[0] = src;
    i->rep = IR_REP_OBJ;
    i->dest = dest;
}

static void set_block(lower *L, ir_block *b) {
    L->cur = b;
}

/* A block nobody jumps to, for code after return/raise/break. */
static void dead_block(lower *L) {
    set_block(L, new_block(L));
}

/* ---- names --------------------------------------------------------------- */

static bool const_lookup(lower *L, const char *name, int64_t *out) {
    for (int i = 0; i < L->n_consts; i++)
        if (str_eq(L->consts[i].name, name)) {
            *out = L->consts[i].value;
            return true;
        }
    return false;
}

static int load_name(lower *L, const char *name) {
    binding b = scope_resolve(L->sc, name);
    int64_t cv;
    switch (b.kind) {
    case B_LOCAL: return op0(L, IR_LOAD_LOCAL, b.index);
    case B_CELL: return op0(L, IR_LOAD_CELL, b.index);
    case B_FREE: return op0(L, IR_LOAD_FREE, b.index);
    case B_NAME: return name_op(L, IR_LOAD_NAME, name, 1, &L->ns);
    default:
        if (const_lookup(L, name, &cv))
            return op0(L, IR_CONST, ir_const_int(L->a, L->m, cv));
        return name_op(L, IR_LOAD_GLOBAL, name, 0, NULL);
    }
}

static void store_name(lower *L, const char *name, int v) {
    binding b = scope_resolve(L->sc, name);
    switch (b.kind) {
    case B_LOCAL: stmt_op(L, IR_STORE_LOCAL, 1, &v, b.index, -1); break;
    case B_CELL: stmt_op(L, IR_STORE_CELL, 1, &v, b.index, -1); break;
    case B_FREE: stmt_op(L, IR_STORE_FREE, 1, &v, b.index, -1); break;
    case B_NAME: {
        int args[2] = {L->ns, v};
        name_stmt(L, IR_STORE_NAME, name, 2, args);
        break;
    }
    default: name_stmt(L, IR_STORE_GLOBAL, name, 1, &v); break;
    }
}

static void delete_name(lower *L, const char *name) {
    binding b = scope_resolve(L->sc, name);
    switch (b.kind) {
    case B_LOCAL: stmt_op(L, IR_DEL_LOCAL, 0, NULL, b.index, -1); break;
    case B_CELL: stmt_op(L, IR_DEL_CELL, 0, NULL, b.index, -1); break;
    case B_FREE: stmt_op(L, IR_DEL_CELL, 0, NULL, -1 - b.index, -1); break;
    case B_NAME: name_stmt(L, IR_DEL_NAME, name, 1, &L->ns); break;
    default: name_stmt(L, IR_DEL_GLOBAL, name, 0, NULL); break;
    }
}

/* ---- expressions ----------------------------------------------------------- */

static int none_vreg(lower *L) {
    return const_simple(L, IR_C_NONE);
}

static int expr(lower *L, const mp_expr *e);
static void stmts(lower *L, const mp_stmt_seq *body);
static void assign(lower *L, const mp_expr *target, int v);

static int constant(lower *L, const mp_constant *k) {
    ir_const c = {0};
    switch (k->kind) {
    case MP_CONST_NONE: c.kind = IR_C_NONE; break;
    case MP_CONST_TRUE: c.kind = IR_C_TRUE; break;
    case MP_CONST_FALSE: c.kind = IR_C_FALSE; break;
    case MP_CONST_ELLIPSIS: c.kind = IR_C_ELLIPSIS; break;
    case MP_CONST_INT: c.kind = IR_C_INT; c.i = k->u.i; break;
    case MP_CONST_BIGINT: c.kind = IR_C_BIGINT; c.s = k->u.s.data; c.len = k->u.s.len; break;
    case MP_CONST_FLOAT: c.kind = IR_C_FLOAT; c.f = k->u.f; break;
    case MP_CONST_COMPLEX: c.kind = IR_C_COMPLEX; c.f = k->u.f; break;
    case MP_CONST_STR: c.kind = IR_C_STR; c.s = k->u.s.data; c.len = k->u.s.len; break;
    case MP_CONST_BYTES: c.kind = IR_C_BYTES; c.s = k->u.s.data; c.len = k->u.s.len; break;
    }
    return const_vreg(L, &c);
}

static int binop_number(mp_operator op) {
    static const int map[] = {
        [MP_ADD] = OPN_ADD, [MP_SUB] = OPN_SUBTRACT, [MP_MULT] = OPN_MULTIPLY,
        [MP_MATMULT] = OPN_MAT_MULTIPLY, [MP_DIV] = OPN_TRUE_DIVIDE, [MP_MOD] = OPN_MODULO,
        [MP_POW] = OPN_POWER, [MP_LSHIFT] = OPN_LSHIFT, [MP_RSHIFT] = OPN_RSHIFT,
        [MP_BITOR] = OPN_OR, [MP_BITXOR] = OPN_XOR, [MP_BITAND] = OPN_AND,
        [MP_FLOORDIV] = OPN_FLOOR_DIVIDE,
    };
    return map[op];
}

/* The runtime's in-place twin: the arithmetic ops repeated after all others. */
static int inplace_number(mp_operator op) {
    return OPN_COUNT + (binop_number(op) - OPN_OR);
}

static int compare_one(lower *L, int op, int a, int b) {
    switch (op) {
    case MP_IS:
    case MP_ISNOT: {
        ir_instr *i = emit(L, IR_IS, 2);
        i->args[0] = a;
        i->args[1] = b;
        int r = def(L, i, IR_REP_BOOL);
        ir_instr *bx = emit(L, IR_BOX_BOOL, 1);
        bx->args[0] = r;
        bx->imm = op == MP_ISNOT;
        return def(L, bx, IR_REP_OBJ);
    }
    case MP_IN: return op2(L, IR_CONTAINS, a, b, 0);
    case MP_NOTIN: return op1(L, IR_NOT, op2(L, IR_CONTAINS, a, b, 0), 0);
    default: {
        static const int map[] = {
            [MP_EQ] = OPN_EQUAL, [MP_NOTEQ] = OPN_NOT_EQUAL, [MP_LT] = OPN_LESS,
            [MP_LTE] = OPN_LESS_EQUAL, [MP_GT] = OPN_MORE, [MP_GTE] = OPN_MORE_EQUAL,
        };
        return op2(L, IR_BINOP, a, b, map[op]);
    }
    }
}

static int compare(lower *L, const mp_expr *e) {
    int left = expr(L, e->v.Compare.left);
    int n = e->v.Compare.ops.count;
    if (n == 1)
        return compare_one(L, e->v.Compare.ops.items[0], left, expr(L, e->v.Compare.comparators.items[0]));
    int result = ir_vreg_new(L->a, L->fn, IR_REP_OBJ);
    ir_block *done = new_block(L);
    for (int k = 0; k < n; k++) {
        int right = expr(L, e->v.Compare.comparators.items[k]);
        int r = compare_one(L, e->v.Compare.ops.items[k], left, right);
        copy_to(L, result, r);
        if (k + 1 < n) {
            ir_block *next = new_block(L);
            jnz(L, truthy(L, r), next, done);
            set_block(L, next);
        }
        left = right;
    }
    jmp(L, done);
    set_block(L, done);
    return result;
}

static int boolop(lower *L, const mp_expr *e) {
    int result = ir_vreg_new(L->a, L->fn, IR_REP_OBJ);
    ir_block *done = new_block(L);
    int n = e->v.BoolOp.values.count;
    for (int k = 0; k < n; k++) {
        int v = expr(L, e->v.BoolOp.values.items[k]);
        copy_to(L, result, v);
        if (k + 1 < n) {
            ir_block *next = new_block(L);
            int t = truthy(L, v);
            if (e->v.BoolOp.op == MP_AND)
                jnz(L, t, next, done);
            else
                jnz(L, t, done, next);
            set_block(L, next);
        }
    }
    jmp(L, done);
    set_block(L, done);
    return result;
}

static int ifexp(lower *L, const mp_expr *e) {
    int result = ir_vreg_new(L->a, L->fn, IR_REP_OBJ);
    ir_block *yes = new_block(L), *no = new_block(L), *done = new_block(L);
    jnz(L, truthy(L, expr(L, e->v.IfExp.test)), yes, no);
    set_block(L, yes);
    copy_to(L, result, expr(L, e->v.IfExp.body));
    jmp(L, done);
    set_block(L, no);
    copy_to(L, result, expr(L, e->v.IfExp.orelse));
    jmp(L, done);
    set_block(L, done);
    return result;
}

static bool has_starred(const mp_expr_seq *s) {
    for (int i = 0; i < s->count; i++)
        if (s->items[i]->kind == MP_EXPR_STARRED)
            return true;
    return false;
}

/* Builds a list from elements that may contain *starred items. */
static int build_list_star(lower *L, const mp_expr_seq *elts) {
    int list = op0(L, IR_LIST, 0);
    for (int i = 0; i < elts->count; i++) {
        const mp_expr *x = elts->items[i];
        if (x->kind == MP_EXPR_STARRED) {
            int args[2] = {list, expr(L, x->v.Starred.value)};
            stmt_op(L, IR_LIST_EXTEND, 2, args, 0, -1);
        } else {
            int args[2] = {list, expr(L, x)};
            stmt_op(L, IR_LIST_APPEND, 2, args, 0, -1);
        }
    }
    return list;
}

static int build_seq(lower *L, ir_op op, const mp_expr_seq *elts) {
    if (has_starred(elts)) {
        int list = build_list_star(L, elts);
        if (op == IR_LIST)
            return list;
        if (op == IR_TUPLE)
            return op1(L, IR_LIST_TO_TUPLE, list, 0);
        ir_instr *i = emit(L, IR_SET, 0);
        int set = def(L, i, IR_REP_OBJ);
        int args[2] = {set, list};
        stmt_op(L, IR_LIST_EXTEND, 2, args, 1, -1);
        return set;
    }
    int n = elts->count;
    int *vals = mp_arena_alloc(L->a, sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        vals[i] = expr(L, elts->items[i]);
    ir_instr *i = emit(L, op, n);
    for (int k = 0; k < n; k++)
        i->args[k] = vals[k];
    i->imm = n;
    return def(L, i, IR_REP_OBJ);
}

static int dict_display(lower *L, const mp_expr *e) {
    int n = e->v.Dict.keys.count;
    int d = op0(L, IR_DICT, 0);
    for (int i = 0; i < n; i++) {
        if (!e->v.Dict.keys.items[i]) {
            int args[2] = {d, expr(L, e->v.Dict.values.items[i])};
            stmt_op(L, IR_DICT_UPDATE, 2, args, 0, -1);
        } else {
            int k = expr(L, e->v.Dict.keys.items[i]);
            int args[3] = {d, k, expr(L, e->v.Dict.values.items[i])};
            stmt_op(L, IR_DICT_SET, 3, args, 0, -1);
        }
    }
    return d;
}

static int first_param_value(lower *L) {
    /* super(): the first parameter of the enclosing function */
    scope *s = L->sc;
    while (s && s->kind == SC_COMP)
        s = s->parent;
    if (!s || s->kind != SC_FUNCTION || L->fn->n_params == 0)
        return -1;
    return load_name(L, L->fn->param_names[0]);
}

static int call(lower *L, const mp_expr *e) {
    const mp_expr *f = e->v.Call.func;
    const mp_expr_seq *args = &e->v.Call.args;
    const mp_keyword_seq *kws = &e->v.Call.keywords;
    bool star = has_starred(args);
    for (int i = 0; i < kws->count; i++)
        if (!kws->items[i]->arg)
            star = true;
    if (f->kind == MP_EXPR_NAME && str_eq(f->v.Name.id, "super") && args->count == 0 && kws->count == 0 &&
        scope_resolve(L->sc, "super").kind == B_GLOBAL) {
        int self = first_param_value(L);
        if (self < 0) {
            fail(L, e->loc, "%s", "super() without arguments outside a method");
            return op0(L, IR_NULL_OBJ, 0);
        }
        int cls = load_name(L, "__class__");
        return op2(L, IR_SUPER, cls, self, 0);
    }
    if (f->kind == MP_EXPR_NAME && args->count == 0 && kws->count == 0 &&
        scope_resolve(L->sc, f->v.Name.id).kind == B_GLOBAL &&
        (str_eq(f->v.Name.id, "globals") || str_eq(f->v.Name.id, "locals"))) {
        /* globals() needs the calling module: the compiler provides it.
         * MicroPython keeps no symbolic locals: locals() is globals()
         * everywhere (docs, "Local variables aren't included in locals()"). */
        ir_instr *g = emit(L, IR_GLOBALS, 0);
        return def(L, g, IR_REP_OBJ);
    }
    if (star) {
        int fv = expr(L, f);
        int list = build_list_star(L, args);
        int tuple = op1(L, IR_LIST_TO_TUPLE, list, 0);
        int kw = -1;
        if (kws->count) {
            kw = op0(L, IR_DICT, 0);
            for (int i = 0; i < kws->count; i++) {
                const mp_keyword *k = kws->items[i];
                if (!k->arg) {
                    int a2[2] = {kw, expr(L, k->value)};
                    stmt_op(L, IR_DICT_UPDATE, 2, a2, 1, -1);
                } else {
                    int a3[3] = {kw, const_name_vreg(L, k->arg), expr(L, k->value)};
                    stmt_op(L, IR_DICT_SET, 3, a3, 0, -1);
                }
            }
        }
        ir_instr *i = emit(L, IR_CALL_EX, 3);
        i->args[0] = fv;
        i->args[1] = tuple;
        i->args[2] = kw;
        return def(L, i, IR_REP_OBJ);
    }
    int n = args->count, nk = kws->count;
    int *vals = mp_arena_alloc(L->a, sizeof(int) * (size_t)(1 + n + 2 * nk));
    bool method = f->kind == MP_EXPR_ATTRIBUTE;
    vals[0] = method ? expr(L, f->v.Attribute.value) : expr(L, f);
    for (int i = 0; i < n; i++)
        vals[1 + i] = expr(L, args->items[i]);
    for (int i = 0; i < nk; i++) {
        vals[1 + n + 2 * i] = const_name_vreg(L, kws->items[i]->arg);
        vals[1 + n + 2 * i + 1] = expr(L, kws->items[i]->value);
    }
    L->line = e->loc.line;
    ir_instr *i = emit(L, method ? IR_CALL_METHOD : IR_CALL, 1 + n + 2 * nk);
    for (int k = 0; k < 1 + n + 2 * nk; k++)
        i->args[k] = vals[k];
    i->imm = n;
    i->imm2 = nk;
    if (method)
        i->name = ir_const_name(L->a, L->m, f->v.Attribute.attr);
    return def(L, i, IR_REP_OBJ);
}

static int joined_str(lower *L, const mp_expr *e) {
    const mp_expr_seq *vs = &e->v.JoinedStr.values;
    int n = vs->count;
    int *parts = mp_arena_alloc(L->a, sizeof(int) * (size_t)(n ? n : 1));
    for (int k = 0; k < n; k++) {
        const mp_expr *x = vs->items[k];
        if (x->kind == MP_EXPR_FORMATTEDVALUE) {
            int v = expr(L, x->v.FormattedValue.value);
            int spec = x->v.FormattedValue.format_spec ? expr(L, x->v.FormattedValue.format_spec) : -1;
            ir_instr *i = emit(L, IR_FORMAT, 2);
            i->args[0] = v;
            i->args[1] = spec;
            i->imm = x->v.FormattedValue.conversion;
            parts[k] = def(L, i, IR_REP_OBJ);
        } else {
            parts[k] = expr(L, x);
        }
    }
    ir_instr *i = emit(L, IR_STR_JOIN, n);
    for (int k = 0; k < n; k++)
        i->args[k] = parts[k];
    return def(L, i, IR_REP_OBJ);
}

static int lower_function(lower *L, const void *node, const char *name, const mp_arguments *args,
                          const mp_stmt_seq *body, const mp_expr *lambda_body, mp_loc loc);

/* The loops of a comprehension; `first` is the iterator of the first
 * generator. The innermost body appends to `result`, or yields when
 * `result` is -1 (a generator expression). */
static void comprehension_loops(lower *L, const mp_expr *e, const mp_comprehension_seq *gens, int first,
                                ir_op kind, int result) {
    ir_block *heads[32];
    ir_block *exit_block = new_block(L);
    int n = gens->count < 32 ? gens->count : 32;
    for (int g = 0; g < n; g++) {
        const mp_comprehension *c = gens->items[g];
        int it = g == 0 ? first : op1(L, IR_GETITER, expr(L, c->iter), 0);
        ir_block *head = new_block(L), *body = new_block(L);
        jmp(L, head);
        set_block(L, head);
        heads[g] = head;
        int v = op1(L, IR_ITERNEXT, it, 0);
        ir_instr *st = emit(L, IR_IS_STOP, 1);
        st->args[0] = v;
        int stop = def(L, st, IR_REP_BOOL);
        jnz(L, stop, g == 0 ? exit_block : heads[g - 1], body);
        set_block(L, body);
        assign(L, c->target, v);
        for (int i = 0; i < c->ifs.count; i++) {
            ir_block *pass = new_block(L);
            jnz(L, truthy(L, expr(L, c->ifs.items[i])), pass, head);
            set_block(L, pass);
        }
    }
    if (kind == IR_DICT) {
        int k = expr(L, e->v.DictComp.key);
        int args[3] = {result, k, expr(L, e->v.DictComp.value)};
        stmt_op(L, IR_DICT_SET, 3, args, 0, -1);
    } else if (result < 0) {
        op1(L, IR_YIELD, expr(L, e->v.GeneratorExp.elt), ++L->fn->n_resume);
    } else {
        const mp_expr *elt = e->kind == MP_EXPR_SETCOMP ? e->v.SetComp.elt : e->v.ListComp.elt;
        int args[2] = {result, expr(L, elt)};
        stmt_op(L, kind == IR_SET ? IR_SET_ADD : IR_LIST_APPEND, 2, args, 0, -1);
    }
    jmp(L, heads[n - 1]);
    set_block(L, exit_block);
}

static int closure_tuple(lower *L, scope *sc);
static void function_prologue(lower *L, scope *sc);
static void ret(lower *L, int v);

/* A generator expression: a generator function of one parameter (the first
 * iterator, evaluated here), called at once. */
static int generator_expression(lower *L, const mp_expr *e, int first) {
    scope *sc = scope_of(&L->st, e);
    int closure = closure_tuple(L, sc);
    ir_function *fn = ir_function_new(L->a, L->m);
    fn->kind = IR_FN_GENERATOR;
    fn->name = "<genexpr>";
    fn->qualname = fn->name;
    fn->line = e->loc.line;
    fn->n_pos = fn->n_params = 1;
    fn->param_names = mp_arena_alloc(L->a, sizeof(char *) * 2);
    fn->param_names[0] = sc->slot_names[0];
    fn->n_free = sc->n_frees;
    lower saved = *L;
    L->fn = fn;
    L->sc = sc;
    L->handler = -1;
    L->n_loops = 0;
    L->n_fins = 0;
    L->n_caught = 0;
    L->cur = new_block(L);
    L->line = e->loc.line;
    function_prologue(L, sc);
    comprehension_loops(L, e, &e->v.GeneratorExp.generators, op0(L, IR_LOAD_LOCAL, 0), IR_LIST, -1);
    ret(L, none_vreg(L));
    fn->n_slots = sc->n_slots;
    fn->slot_names = sc->slot_names;
    *L = saved;
    ir_instr *f = emit(L, IR_FUNCTION, 3);
    f->imm = fn->index;
    f->args[0] = -1;
    f->args[1] = -1;
    f->args[2] = closure;
    int fv = def(L, f, IR_REP_OBJ);
    ir_instr *c = emit(L, IR_CALL, 2);
    c->args[0] = fv;
    c->args[1] = first;
    c->imm = 1;
    return def(L, c, IR_REP_OBJ);
}

static int comprehension(lower *L, const mp_expr *e) {
    const mp_comprehension_seq *gens;
    ir_op kind;
    switch (e->kind) {
    case MP_EXPR_LISTCOMP: gens = &e->v.ListComp.generators; kind = IR_LIST; break;
    case MP_EXPR_SETCOMP: gens = &e->v.SetComp.generators; kind = IR_SET; break;
    case MP_EXPR_DICTCOMP: gens = &e->v.DictComp.generators; kind = IR_DICT; break;
    default: gens = &e->v.GeneratorExp.generators; kind = IR_LIST; break;
    }
    for (int g = 0; g < gens->count; g++)
        if (gens->items[g]->is_async)
            unsupported(L, e->loc, "asynchronous comprehension");
    int first = op1(L, IR_GETITER, expr(L, gens->items[0]->iter), 0);
    if (e->kind == MP_EXPR_GENERATOREXP)
        return generator_expression(L, e, first);
    scope *saved = L->sc;
    L->sc = scope_of(&L->st, e);
    int result = op0(L, kind, 0);
    for (int k = 0; k < L->sc->n_syms; k++)
        if ((L->sc->syms[k].flags & SYM_CELL) && L->sc->syms[k].slot >= 0)
            stmt_op(L, IR_CELL_NEW, 0, NULL, L->sc->syms[k].slot, -1);
    comprehension_loops(L, e, gens, first, kind, result);
    L->sc = saved;
    return result;
}

static int subscript_index(lower *L, const mp_expr *s) {
    if (s->kind == MP_EXPR_SLICE) {
        int lo = s->v.Slice.lower ? expr(L, s->v.Slice.lower) : -1;
        int hi = s->v.Slice.upper ? expr(L, s->v.Slice.upper) : -1;
        int st = s->v.Slice.step ? expr(L, s->v.Slice.step) : -1;
        ir_instr *i = emit(L, IR_SLICE, 3);
        i->args[0] = lo;
        i->args[1] = hi;
        i->args[2] = st;
        return def(L, i, IR_REP_OBJ);
    }
    return expr(L, s);
}

static int expr(lower *L, const mp_expr *e) {
    if (L->err->has_error)
        return op0(L, IR_NULL_OBJ, 0);
    int saved_line = L->line;
    L->line = e->loc.line;
    int r;
    switch (e->kind) {
    case MP_EXPR_CONSTANT: r = constant(L, &e->v.Constant.value); break;
    case MP_EXPR_NAME: r = load_name(L, e->v.Name.id); break;
    case MP_EXPR_BINOP: {
        int a = expr(L, e->v.BinOp.left);
        int b = expr(L, e->v.BinOp.right);
        L->line = e->loc.line;
        r = op2(L, IR_BINOP, a, b, binop_number(e->v.BinOp.op));
        break;
    }
    case MP_EXPR_UNARYOP: {
        int a = expr(L, e->v.UnaryOp.operand);
        switch (e->v.UnaryOp.op) {
        case MP_NOT: r = op1(L, IR_NOT, a, 0); break;
        case MP_USUB: r = op1(L, IR_UNOP, a, UOPN_NEGATIVE); break;
        case MP_UADD: r = op1(L, IR_UNOP, a, UOPN_POSITIVE); break;
        default: r = op1(L, IR_UNOP, a, UOPN_INVERT); break;
        }
        break;
    }
    case MP_EXPR_BOOLOP: r = boolop(L, e); break;
    case MP_EXPR_COMPARE: r = compare(L, e); break;
    case MP_EXPR_IFEXP: r = ifexp(L, e); break;
    case MP_EXPR_CALL: r = call(L, e); break;
    case MP_EXPR_ATTRIBUTE: {
        int o = expr(L, e->v.Attribute.value);
        r = name_op(L, IR_LOAD_ATTR, e->v.Attribute.attr, 1, &o);
        break;
    }
    case MP_EXPR_SUBSCRIPT: {
        int o = expr(L, e->v.Subscript.value);
        int i = subscript_index(L, e->v.Subscript.slice);
        L->line = e->loc.line;
        r = op2(L, IR_SUBSCR, o, i, 0);
        break;
    }
    case MP_EXPR_TUPLE: r = build_seq(L, IR_TUPLE, &e->v.Tuple.elts); break;
    case MP_EXPR_LIST: r = build_seq(L, IR_LIST, &e->v.List.elts); break;
    case MP_EXPR_SET: r = build_seq(L, IR_SET, &e->v.Set.elts); break;
    case MP_EXPR_DICT: r = dict_display(L, e); break;
    case MP_EXPR_LISTCOMP:
    case MP_EXPR_SETCOMP:
    case MP_EXPR_DICTCOMP:
    case MP_EXPR_GENERATOREXP: r = comprehension(L, e); break;
    case MP_EXPR_JOINEDSTR: r = joined_str(L, e); break;
    case MP_EXPR_FORMATTEDVALUE: {
        ir_instr *i = emit(L, IR_FORMAT, 2);
        i->args[0] = expr(L, e->v.FormattedValue.value);
        i->args[1] = -1;
        i->imm = e->v.FormattedValue.conversion;
        r = def(L, i, IR_REP_OBJ);
        break;
    }
    case MP_EXPR_LAMBDA:
        r = lower_function(L, e, "<lambda>", e->v.Lambda.args, NULL, e->v.Lambda.body, e->loc);
        break;
    case MP_EXPR_NAMEDEXPR: {
        r = expr(L, e->v.NamedExpr.value);
        scope *saved = L->sc;
        while (L->sc->kind == SC_COMP)
            L->sc = L->sc->parent;
        assign(L, e->v.NamedExpr.target, r);
        L->sc = saved;
        break;
    }
    case MP_EXPR_SLICE: r = subscript_index(L, e); break;
    case MP_EXPR_STARRED:
        unsupported(L, e->loc, "starred expression here");
        r = op0(L, IR_NULL_OBJ, 0);
        break;
    case MP_EXPR_YIELD:
    case MP_EXPR_YIELDFROM:
    case MP_EXPR_AWAIT: {
        if (L->fn->kind != IR_FN_GENERATOR) {
            unsupported(L, e->loc, "yield here (outside a function body)");
            r = op0(L, IR_NULL_OBJ, 0);
            break;
        }
        int v;
        if (e->kind == MP_EXPR_YIELD)
            v = e->v.Yield.value ? expr(L, e->v.Yield.value) : none_vreg(L);
        else if (e->kind == MP_EXPR_YIELDFROM)
            v = op1(L, IR_GETITER, expr(L, e->v.YieldFrom.value), 0);
        else
            v = op1(L, IR_AWAIT_ITER, expr(L, e->v.Await.value), 0);
        L->line = e->loc.line;
        r = op1(L, e->kind == MP_EXPR_YIELD ? IR_YIELD : IR_YIELD_FROM, v, ++L->fn->n_resume);
        break;
    }
    default:
        unsupported(L, e->loc, "this expression");
        r = op0(L, IR_NULL_OBJ, 0);
        break;
    }
    L->line = saved_line;
    return r;
}

/* ---- assignment -------------------------------------------------------------- */

static void assign_seq(lower *L, const mp_expr_seq *elts, int v, mp_loc loc) {
    int n = elts->count, star = -1;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == MP_EXPR_STARRED) {
            if (star >= 0)
                fail(L, loc, "%s", "multiple starred expressions in assignment");
            star = i;
        }
    int t;
    if (star < 0) {
        t = op1(L, IR_UNPACK, v, n);
    } else {
        ir_instr *i = emit(L, IR_UNPACK_EX, 1);
        i->args[0] = v;
        i->imm = star;
        i->imm2 = n - star - 1;
        t = def(L, i, IR_REP_OBJ);
    }
    for (int i = 0; i < n; i++) {
        const mp_expr *x = elts->items[i];
        int item = op1(L, IR_ITEM, t, i);
        assign(L, x->kind == MP_EXPR_STARRED ? x->v.Starred.value : x, item);
    }
}

static void assign(lower *L, const mp_expr *target, int v) {
    switch (target->kind) {
    case MP_EXPR_NAME:
        store_name(L, target->v.Name.id, v);
        break;
    case MP_EXPR_ATTRIBUTE: {
        int o = expr(L, target->v.Attribute.value);
        int args[2] = {o, v};
        name_stmt(L, IR_STORE_ATTR, target->v.Attribute.attr, 2, args);
        break;
    }
    case MP_EXPR_SUBSCRIPT: {
        int o = expr(L, target->v.Subscript.value);
        int i = subscript_index(L, target->v.Subscript.slice);
        int args[3] = {o, i, v};
        stmt_op(L, IR_STORE_SUBSCR, 3, args, 0, -1);
        break;
    }
    case MP_EXPR_TUPLE: assign_seq(L, &target->v.Tuple.elts, v, target->loc); break;
    case MP_EXPR_LIST: assign_seq(L, &target->v.List.elts, v, target->loc); break;
    default: unsupported(L, target->loc, "this assignment target"); break;
    }
}

static void delete_target(lower *L, const mp_expr *t) {
    switch (t->kind) {
    case MP_EXPR_NAME: delete_name(L, t->v.Name.id); break;
    case MP_EXPR_ATTRIBUTE: {
        int o = expr(L, t->v.Attribute.value);
        name_stmt(L, IR_DEL_ATTR, t->v.Attribute.attr, 1, &o);
        break;
    }
    case MP_EXPR_SUBSCRIPT: {
        int args[2] = {expr(L, t->v.Subscript.value), subscript_index(L, t->v.Subscript.slice)};
        stmt_op(L, IR_DEL_SUBSCR, 2, args, 0, -1);
        break;
    }
    case MP_EXPR_TUPLE:
        for (int i = 0; i < t->v.Tuple.elts.count; i++)
            delete_target(L, t->v.Tuple.elts.items[i]);
        break;
    case MP_EXPR_LIST:
        for (int i = 0; i < t->v.List.elts.count; i++)
            delete_target(L, t->v.List.elts.items[i]);
        break;
    default: unsupported(L, t->loc, "this del target"); break;
    }
}

/* ---- finally actions and exits ---------------------------------------------- */


/* `await v` inside a coroutine: delegate to v's awaitable iterator. */
static int await_value(lower *L, int v) {
    int it = op1(L, IR_AWAIT_ITER, v, 0);
    return op1(L, IR_YIELD_FROM, it, ++L->fn->n_resume);
}

static void run_fin(lower *L, const fin *f) {
    int saved_handler = L->handler;
    int saved_fins = L->n_fins;
    int saved_caught = L->n_caught;
    L->handler = f->outer_handler;
    L->n_fins = (int)(f - L->fins);
    L->n_caught = f->n_caught;
    ir_block *b = new_block(L);
    jmp(L, b);
    set_block(L, b);
    if (f->kind == FIN_STMTS) {
        stmts(L, f->stmts);
    } else if (f->kind == FIN_WITH || f->kind == FIN_ASYNC_WITH) {
        int none = none_vreg(L);
        ir_instr *i = emit(L, IR_CALL, 4);
        i->args[0] = f->exit_fn;
        i->args[1] = i->args[2] = i->args[3] = none;
        i->imm = 3;
        int r = def(L, i, IR_REP_OBJ);
        if (f->kind == FIN_ASYNC_WITH)
            await_value(L, r);
    }
    L->handler = saved_handler;
    L->n_fins = saved_fins;
    L->n_caught = saved_caught;
    if (!ir_block_terminated(L->cur)) {
        ir_block *after = new_block(L);
        jmp(L, after);
        set_block(L, after);
    }
}

/* Runs the finally actions above depth `down_to`, innermost first. */
static void unwind_to(lower *L, int down_to) {
    for (int k = L->n_fins - 1; k >= down_to && !ir_block_terminated(L->cur); k--)
        run_fin(L, &L->fins[k]);
}

static void ret(lower *L, int v) {
    if (L->n_fins) {
        /* keep the value across the finally code in a fresh vreg */
        int keep = ir_vreg_new(L->a, L->fn, IR_REP_OBJ);
        copy_to(L, keep, v);
        v = keep;
        unwind_to(L, 0);
    }
    if (ir_block_terminated(L->cur))
        return;
    ir_instr *i = emit(L, IR_RET, 1);
    i->args[0] = v;
}

/* ---- statements ---------------------------------------------------------------- */

static void if_stmt(lower *L, const mp_stmt *s) {
    ir_block *yes = new_block(L), *no = new_block(L), *done = new_block(L);
    jnz(L, truthy(L, expr(L, s->v.If.test)), yes, no);
    set_block(L, yes);
    stmts(L, &s->v.If.body);
    jmp(L, done);
    set_block(L, no);
    stmts(L, &s->v.If.orelse);
    jmp(L, done);
    set_block(L, done);
}

static void push_loop(lower *L, ir_block *brk, ir_block *cont, mp_loc loc) {
    if (L->n_loops >= 64) {
        unsupported(L, loc, "nesting loops this deep");
        return;
    }
    L->loops[L->n_loops].brk = brk->id;
    L->loops[L->n_loops].cont = cont->id;
    L->loops[L->n_loops].n_fins = L->n_fins;
    L->n_loops++;
}

/* A loop's body in the current block (break to done, continue to head),
 * then its else clause in orelse, then done. */
static void loop_body_and_else(lower *L, const mp_stmt_seq *body, const mp_stmt_seq *orelse_body, mp_loc loc,
                               ir_block *head, ir_block *orelse, ir_block *done) {
    push_loop(L, done, head, loc);
    stmts(L, body);
    L->n_loops--;
    jmp(L, head);
    set_block(L, orelse);
    stmts(L, orelse_body);
    jmp(L, done);
    set_block(L, done);
}

static void while_stmt(lower *L, const mp_stmt *s) {
    ir_block *head = new_block(L), *body = new_block(L), *orelse = new_block(L), *done = new_block(L);
    jmp(L, head);
    set_block(L, head);
    jnz(L, truthy(L, expr(L, s->v.While.test)), body, orelse);
    set_block(L, body);
    loop_body_and_else(L, &s->v.While.body, &s->v.While.orelse, s->loc, head, orelse, done);
}

static void reraise(lower *L, int exc) {
    stmt_op(L, IR_RERAISE, 1, &exc, 0, -1);
}

/* The rest of a for loop once the item v is in hand: body (with break to
 * done and continue to head), else clause, done. */
static void for_body_and_else(lower *L, const mp_stmt *s, int v, ir_block *head, ir_block *body, ir_block *orelse,
                              ir_block *done) {
    set_block(L, body);
    assign(L, s->v.For.target, v);
    loop_body_and_else(L, &s->v.For.body, &s->v.For.orelse, s->loc, head, orelse, done);
}

/* async for: await it.__anext__() until StopAsyncIteration. */
static void async_for_stmt(lower *L, const mp_stmt *s) {
    if (L->fn->kind != IR_FN_GENERATOR || !L->sc->is_async) {
        fail(L, s->loc, "%s", "'async for' outside async function");
        return;
    }
    int src = expr(L, s->v.For.iter);
    ir_instr *ai = emit(L, IR_CALL_METHOD, 1);
    ai->args[0] = src;
    ai->name = ir_const_name(L->a, L->m, "__aiter__");
    int it = def(L, ai, IR_REP_OBJ);
    int outer = L->handler;
    ir_block *head = new_block(L), *body = new_block(L), *orelse = new_block(L), *done = new_block(L);
    ir_block *landing = ir_block_new(L->a, L->fn);
    landing->handler = outer;
    jmp(L, head);
    set_block(L, head);
    head->handler = landing->id;
    L->handler = landing->id;
    L->line = s->loc.line;
    ir_instr *an = emit(L, IR_CALL_METHOD, 1);
    an->args[0] = it;
    an->name = ir_const_name(L->a, L->m, "__anext__");
    int aw = op1(L, IR_AWAIT_ITER, def(L, an, IR_REP_OBJ), 0);
    int v = op1(L, IR_YIELD_FROM, aw, ++L->fn->n_resume);
    L->handler = outer;
    jmp(L, body);
    set_block(L, landing);
    int exc = def(L, emit(L, IR_EXC_TAKE, 0), IR_REP_OBJ);
    int stop_type = name_op(L, IR_LOAD_GLOBAL, "StopAsyncIteration", 0, NULL);
    ir_instr *m = emit(L, IR_EXC_MATCH, 2);
    m->args[0] = exc;
    m->args[1] = stop_type;
    ir_block *rr = new_block(L);
    jnz(L, def(L, m, IR_REP_BOOL), orelse, rr);
    set_block(L, rr);
    reraise(L, exc);
    for_body_and_else(L, s, v, head, body, orelse, done);
}

static void for_stmt(lower *L, const mp_stmt *s) {
    if (s->kind == MP_STMT_ASYNCFOR) {
        async_for_stmt(L, s);
        return;
    }
    int it = op1(L, IR_GETITER, expr(L, s->v.For.iter), 0);
    ir_block *head = new_block(L), *body = new_block(L), *orelse = new_block(L), *done = new_block(L);
    jmp(L, head);
    set_block(L, head);
    L->line = s->loc.line;
    int v = op1(L, IR_ITERNEXT, it, 0);
    ir_instr *st = emit(L, IR_IS_STOP, 1);
    st->args[0] = v;
    jnz(L, def(L, st, IR_REP_BOOL), orelse, body);
    for_body_and_else(L, s, v, head, body, orelse, done);
}

static void loop_exit(lower *L, const mp_stmt *s, bool is_break) {
    if (!L->n_loops) {
        fail(L, s->loc, "%s", is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    loop *lp = &L->loops[L->n_loops - 1];
    unwind_to(L, lp->n_fins);
    if (!ir_block_terminated(L->cur)) {
        ir_instr *i = emit(L, IR_JMP, 0);
        i->target = is_break ? lp->brk : lp->cont;
    }
    dead_block(L);
}

static bool push_fin(lower *L, fin_kind kind, const mp_stmt_seq *body, int exit_fn, mp_loc loc) {
    if (L->n_fins >= 64) {
        unsupported(L, loc, "nesting try/with this deep");
        return false;
    }
    fin *f = &L->fins[L->n_fins++];
    f->kind = kind;
    f->stmts = body;
    f->exit_fn = exit_fn;
    f->outer_handler = L->handler;
    f->n_caught = L->n_caught;
    return true;
}


static void try_except(lower *L, const mp_stmt *s) {
    const mp_excepthandler_seq *hs = &s->v.Try.handlers;
    int outer = L->handler;
    ir_block *landing = ir_block_new(L->a, L->fn);
    landing->handler = outer;
    ir_block *done = new_block(L);
    L->handler = landing->id;
    ir_block *body = new_block(L);
    jmp(L, body);
    set_block(L, body);
    stmts(L, &s->v.Try.body);
    L->handler = outer;
    if (!ir_block_terminated(L->cur)) {
        ir_block *orelse = new_block(L);
        jmp(L, orelse);
        set_block(L, orelse);
        stmts(L, &s->v.Try.orelse);
        jmp(L, done);
    }
    set_block(L, landing);
    ir_instr *t = emit(L, IR_EXC_TAKE, 0);
    int exc = def(L, t, IR_REP_OBJ);
    for (int k = 0; k < hs->count; k++) {
        const mp_excepthandler *h = hs->items[k];
        L->line = h->loc.line;
        ir_block *hb = new_block(L), *next = new_block(L);
        if (h->type) {
            int ty = expr(L, h->type);
            ir_instr *m = emit(L, IR_EXC_MATCH, 2);
            m->args[0] = exc;
            m->args[1] = ty;
            jnz(L, def(L, m, IR_REP_BOOL), hb, next);
        } else {
            jmp(L, hb);
        }
        set_block(L, hb);
        if (h->name)
            store_name(L, h->name, exc);
        if (L->n_caught < 64)
            L->caught[L->n_caught++] = exc;
        stmts(L, &h->body);
        L->n_caught--;
        if (h->name && !ir_block_terminated(L->cur)) {
            binding b = scope_resolve(L->sc, h->name);
            if (b.kind != B_LOCAL)
                delete_name(L, h->name);
            else
                stmt_op(L, IR_STORE_LOCAL, 1, (int[]){op0(L, IR_NULL_OBJ, 0)}, b.index, -1);
        }
        jmp(L, done);
        set_block(L, next);
    }
    reraise(L, exc);
    set_block(L, done);
}

static void try_stmt(lower *L, const mp_stmt *s) {
    if (s->kind == MP_STMT_TRYSTAR) {
        unsupported(L, s->loc, "except*");
        return;
    }
    if (!s->v.Try.finalbody.count) {
        try_except(L, s);
        return;
    }
    int outer = L->handler;
    ir_block *landing = ir_block_new(L->a, L->fn);
    landing->handler = outer;
    if (!push_fin(L, FIN_STMTS, &s->v.Try.finalbody, -1, s->loc))
        return;
    L->handler = landing->id;
    ir_block *body = new_block(L);
    jmp(L, body);
    set_block(L, body);
    if (s->v.Try.handlers.count)
        try_except(L, s);
    else
        stmts(L, &s->v.Try.body);
    L->n_fins--;
    L->handler = outer;
    ir_block *done = new_block(L);
    if (!ir_block_terminated(L->cur)) {
        ir_block *fb = new_block(L);
        jmp(L, fb);
        set_block(L, fb);
        stmts(L, &s->v.Try.finalbody);
        jmp(L, done);
    }
    set_block(L, landing);
    ir_instr *t = emit(L, IR_EXC_TAKE, 0);
    int exc = def(L, t, IR_REP_OBJ);
    if (L->n_caught < 64)
        L->caught[L->n_caught++] = exc;
    stmts(L, &s->v.Try.finalbody);
    L->n_caught--;
    if (!ir_block_terminated(L->cur))
        reraise(L, exc);
    set_block(L, done);
}

/* with / async with: the async form awaits __aenter__() and __aexit__(...). */
static void with_stmt(lower *L, const mp_stmt *s, int item) {
    bool is_async = s->kind == MP_STMT_ASYNCWITH;
    if (is_async && (L->fn->kind != IR_FN_GENERATOR || !L->sc->is_async)) {
        fail(L, s->loc, "%s", "'async with' outside async function");
        return;
    }
    if (item == s->v.With.items.count) {
        stmts(L, &s->v.With.body);
        return;
    }
    const mp_withitem *wi = s->v.With.items.items[item];
    int mgr = expr(L, wi->context_expr);
    L->line = s->loc.line;
    int exit_fn = name_op(L, IR_LOAD_ATTR, is_async ? "__aexit__" : "__exit__", 1, &mgr);
    ir_instr *en = emit(L, IR_CALL_METHOD, 1);
    en->args[0] = mgr;
    en->name = ir_const_name(L->a, L->m, is_async ? "__aenter__" : "__enter__");
    int val = def(L, en, IR_REP_OBJ);
    if (is_async)
        val = await_value(L, val);
    fin_kind kind = is_async ? FIN_ASYNC_WITH : FIN_WITH;
    int outer = L->handler;
    ir_block *landing = ir_block_new(L->a, L->fn);
    landing->handler = outer;
    L->handler = landing->id;
    ir_block *body = new_block(L);
    jmp(L, body);
    set_block(L, body);
    if (wi->optional_vars)
        assign(L, wi->optional_vars, val);
    if (!push_fin(L, kind, NULL, exit_fn, s->loc))
        return;
    with_stmt(L, s, item + 1);
    L->n_fins--;
    L->handler = outer;
    ir_block *done = new_block(L);
    if (!ir_block_terminated(L->cur)) {
        run_fin(L, &(fin){kind, NULL, exit_fn, outer, L->n_caught});
        jmp(L, done);
    }
    set_block(L, landing);
    ir_instr *t = emit(L, IR_EXC_TAKE, 0);
    int exc = def(L, t, IR_REP_OBJ);
    int ty = name_op(L, IR_LOAD_ATTR, "__class__", 1, &exc);
    int none = none_vreg(L);
    ir_instr *c = emit(L, IR_CALL, 4);
    c->args[0] = exit_fn;
    c->args[1] = ty;
    c->args[2] = exc;
    c->args[3] = none;
    c->imm = 3;
    int r = def(L, c, IR_REP_OBJ);
    if (is_async)
        r = await_value(L, r);
    ir_block *rr = new_block(L);
    jnz(L, truthy(L, r), done, rr);
    set_block(L, rr);
    reraise(L, exc);
    set_block(L, done);
}

static void raise_stmt(lower *L, const mp_stmt *s) {
    int args[2] = {-1, -1};
    if (s->v.Raise.exc)
        args[0] = expr(L, s->v.Raise.exc);
    if (s->v.Raise.cause)
        args[1] = expr(L, s->v.Raise.cause);
    L->line = s->loc.line;
    if (!s->v.Raise.exc && L->n_caught) {
        reraise(L, L->caught[L->n_caught - 1]);
    } else {
        stmt_op(L, IR_RAISE, 2, args, 0, -1);
    }
    dead_block(L);
}

static void assert_stmt(lower *L, const mp_stmt *s) {
    ir_block *ok = new_block(L), *bad = new_block(L);
    jnz(L, truthy(L, expr(L, s->v.Assert.test)), ok, bad);
    set_block(L, bad);
    int msg = s->v.Assert.msg ? expr(L, s->v.Assert.msg) : -1;
    L->line = s->loc.line;
    stmt_op(L, IR_ASSERT_FAIL, 1, &msg, 0, -1);
    set_block(L, ok);
}

/* The absolute module name of a (possibly relative) import. */
static const char *absolute_module(lower *L, const char *module, int level, mp_loc loc) {
    if (level == 0)
        return module;
    const char *base = L->modname;
    size_t len = mp_strlen(base);
    int drop = L->is_package ? level - 1 : level;
    for (int k = 0; k < drop; k++) {
        while (len > 0 && base[len - 1] != '.')
            len--;
        if (len == 0) {
            fail(L, loc, "%s", "attempted relative import beyond top-level package");
            return "?";
        }
        len--;
    }
    if (len == 0 || str_eq(base, "__main__")) {
        fail(L, loc, "%s", "attempted relative import with no known parent package");
        return "?";
    }
    size_t mlen = module ? mp_strlen(module) : 0;
    char *out = mp_arena_alloc(L->a, len + mlen + 2);
    mp_memcpy(out, base, len);
    if (module) {
        out[len] = '.';
        mp_memcpy(out + len + 1, module, mlen);
        out[len + 1 + mlen] = 0;
    } else {
        out[len] = 0;
    }
    return out;
}

static void import_stmt(lower *L, const mp_stmt *s) {
    for (int k = 0; k < s->v.Import.names.count; k++) {
        const mp_alias *al = s->v.Import.names.items[k];
        ir_instr *i = emit(L, IR_IMPORT, 0);
        i->name = ir_const_name(L->a, L->m, al->name);
        i->imm = al->asname != NULL; /* 1: the leaf module, 0: the top package */
        int m = def(L, i, IR_REP_OBJ);
        if (al->asname) {
            store_name(L, al->asname, m);
        } else {
            int n = 0;
            while (al->name[n] && al->name[n] != '.')
                n++;
            store_name(L, mp_arena_strndup(L->a, al->name, (size_t)n), m);
        }
    }
}

static bool is_const_call(lower *L, const mp_expr *v) {
    if (!v || v->kind != MP_EXPR_CALL || v->v.Call.args.count != 1 || v->v.Call.keywords.count)
        return false;
    const mp_expr *f = v->v.Call.func;
    (void)L;
    if (f->kind == MP_EXPR_NAME && str_eq(f->v.Name.id, "const"))
        return true;
    return f->kind == MP_EXPR_ATTRIBUTE && str_eq(f->v.Attribute.attr, "const") &&
           f->v.Attribute.value->kind == MP_EXPR_NAME && str_eq(f->v.Attribute.value->v.Name.id, "micropython");
}

static void import_from(lower *L, const mp_stmt *s) {
    const char *mod = absolute_module(L, s->v.ImportFrom.module, s->v.ImportFrom.level, s->loc);
    ir_instr *i = emit(L, IR_IMPORT, 0);
    i->name = ir_const_name(L->a, L->m, mod);
    i->imm = 1;
    int m = def(L, i, IR_REP_OBJ);
    for (int k = 0; k < s->v.ImportFrom.names.count; k++) {
        const mp_alias *al = s->v.ImportFrom.names.items[k];
        if (str_eq(al->name, "*")) {
            if (L->sc->kind != SC_MODULE)
                fail(L, s->loc, "%s", "import * only allowed at module level");
            stmt_op(L, IR_IMPORT_STAR, 1, &m, 0, -1);
            continue;
        }
        int v = name_op(L, IR_IMPORT_FROM, al->name, 1, &m);
        store_name(L, al->asname ? al->asname : al->name, v);
    }
}

/* const() folding: an int constant expression over literals and earlier consts. */
static bool fold_int(lower *L, const mp_expr *e, int64_t *out) {
    switch (e->kind) {
    case MP_EXPR_CONSTANT:
        if (e->v.Constant.value.kind == MP_CONST_INT) {
            *out = e->v.Constant.value.u.i;
            return true;
        }
        if (e->v.Constant.value.kind == MP_CONST_TRUE || e->v.Constant.value.kind == MP_CONST_FALSE) {
            *out = e->v.Constant.value.kind == MP_CONST_TRUE;
            return true;
        }
        return false;
    case MP_EXPR_NAME: return const_lookup(L, e->v.Name.id, out);
    case MP_EXPR_CALL:
        return is_const_call(L, e) && fold_int(L, e->v.Call.args.items[0], out);
    case MP_EXPR_UNARYOP: {
        int64_t a;
        if (!fold_int(L, e->v.UnaryOp.operand, &a))
            return false;
        switch (e->v.UnaryOp.op) {
        case MP_USUB: if (a == INT64_MIN) return false; *out = -a; return true;
        case MP_UADD: *out = a; return true;
        case MP_INVERT: *out = ~a; return true;
        default: return false;
        }
    }
    case MP_EXPR_BINOP: {
        int64_t a, b, r;
        if (!fold_int(L, e->v.BinOp.left, &a) || !fold_int(L, e->v.BinOp.right, &b))
            return false;
        switch (e->v.BinOp.op) {
        case MP_ADD: if (__builtin_add_overflow(a, b, &r)) return false; break;
        case MP_SUB: if (__builtin_sub_overflow(a, b, &r)) return false; break;
        case MP_MULT: if (__builtin_mul_overflow(a, b, &r)) return false; break;
        case MP_BITOR: r = a | b; break;
        case MP_BITAND: r = a & b; break;
        case MP_BITXOR: r = a ^ b; break;
        case MP_LSHIFT:
            if (b < 0 || b > 62 || (a != 0 && (a > (INT64_MAX >> b) || a < (INT64_MIN >> b))))
                return false;
            r = a * ((int64_t)1 << b);
            break;
        case MP_RSHIFT: if (b < 0) return false; r = b > 63 ? (a < 0 ? -1 : 0) : a >> b; break;
        case MP_FLOORDIV:
        case MP_MOD: {
            if (b == 0 || (a == INT64_MIN && b == -1))
                return false;
            int64_t q = a / b, m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q -= 1;
                m += b;
            }
            r = e->v.BinOp.op == MP_MOD ? m : q;
            break;
        }
        case MP_POW: {
            if (b < 0)
                return false;
            r = 1;
            for (int64_t k = 0; k < b; k++)
                if (__builtin_mul_overflow(r, a, &r))
                    return false;
            break;
        }
        default: return false;
        }
        /* stay within the 31-bit small-int range of the smallest target */
        *out = r;
        return true;
    }
    default: return false;
    }
}

static bool const_assign(lower *L, const mp_stmt *s) {
    if (L->sc->kind != SC_MODULE || s->v.Assign.targets.count != 1 ||
        s->v.Assign.targets.items[0]->kind != MP_EXPR_NAME || !is_const_call(L, s->v.Assign.value))
        return false;
    const char *name = s->v.Assign.targets.items[0]->v.Name.id;
    int64_t v;
    if (!fold_int(L, s->v.Assign.value->v.Call.args.items[0], &v))
        return false;
    if (L->n_consts < 256) {
        L->consts[L->n_consts].name = name;
        L->consts[L->n_consts].value = v;
        L->n_consts++;
    }
    if (name[0] != '_') {
        int c = op0(L, IR_CONST, ir_const_int(L->a, L->m, v));
        store_name(L, name, c);
    }
    return true;
}

static int decorate(lower *L, const mp_expr_seq *decos, const int *vals, int v) {
    for (int k = decos->count - 1; k >= 0; k--) {
        ir_instr *i = emit(L, IR_CALL, 2);
        i->args[0] = vals[k];
        i->args[1] = v;
        i->imm = 1;
        v = def(L, i, IR_REP_OBJ);
    }
    return v;
}

static int *eval_decorators(lower *L, const mp_expr_seq *decos) {
    int *vals = mp_arena_alloc(L->a, sizeof(int) * (size_t)(decos->count + 1));
    for (int k = 0; k < decos->count; k++)
        vals[k] = expr(L, decos->items[k]);
    return vals;
}

static void class_def(lower *L, const mp_stmt *s) {
    const mp_expr_seq *decos = &s->v.ClassDef.decorator_list;
    int *dv = eval_decorators(L, decos);
    int bases = build_seq(L, IR_TUPLE, &s->v.ClassDef.bases);
    int meta = -1;
    for (int k = 0; k < s->v.ClassDef.keywords.count; k++) {
        const mp_keyword *kw = s->v.ClassDef.keywords.items[k];
        if (kw->arg && str_eq(kw->arg, "metaclass"))
            meta = expr(L, kw->value);
        else
            unsupported(L, kw->loc, "class keyword arguments other than metaclass");
    }
    scope *saved = L->sc;
    int saved_ns = L->ns;
    int saved_loops = L->n_loops;
    L->n_loops = 0;
    L->sc = scope_of(&L->st, s);
    int ns = op0(L, IR_NAMESPACE, 0);
    L->ns = ns;
    int modname = load_name(L, "__name__");
    int a2[2] = {ns, modname};
    name_stmt(L, IR_STORE_NAME, "__module__", 2, a2);
    int qn = const_str_vreg(L, s->v.ClassDef.name, mp_strlen(s->v.ClassDef.name));
    int a3[2] = {ns, qn};
    name_stmt(L, IR_STORE_NAME, "__qualname__", 2, a3);
    sc_sym *cc = L->sc->has_class_cell ? scope_lookup(L->sc, "__class__") : NULL;
    if (cc)
        stmt_op(L, IR_CELL_NEW, 0, NULL, cc->slot, -1);
    stmts(L, &s->v.ClassDef.body);
    L->sc = saved;
    L->ns = saved_ns;
    L->n_loops = saved_loops;
    int name = const_name_vreg(L, s->v.ClassDef.name);
    ir_instr *i = emit(L, IR_BUILD_CLASS, 4);
    i->args[0] = name;
    i->args[1] = bases;
    i->args[2] = ns;
    i->args[3] = meta;
    int cls = def(L, i, IR_REP_OBJ);
    if (cc)
        stmt_op(L, IR_STORE_CELL, 1, &cls, cc->slot, -1);
    cls = decorate(L, decos, dv, cls);
    store_name(L, s->v.ClassDef.name, cls);
}

static void func_def(lower *L, const mp_stmt *s) {
    const mp_expr_seq *decos = &s->v.FunctionDef.decorator_list;
    int *dv = eval_decorators(L, decos);
    int f = lower_function(L, s, s->v.FunctionDef.name, s->v.FunctionDef.args, &s->v.FunctionDef.body, NULL,
                           s->loc);
    f = decorate(L, decos, dv, f);
    L->line = s->loc.line;
    store_name(L, s->v.FunctionDef.name, f);
}

static void stmt(lower *L, const mp_stmt *s) {
    if (L->err->has_error)
        return;
    L->line = s->loc.line;
    switch (s->kind) {
    case MP_STMT_EXPR: expr(L, s->v.Expr.value); break;
    case MP_STMT_ASSIGN: {
        if (const_assign(L, s))
            break;
        int v = expr(L, s->v.Assign.value);
        for (int k = 0; k < s->v.Assign.targets.count; k++)
            assign(L, s->v.Assign.targets.items[k], v);
        break;
    }
    case MP_STMT_ANNASSIGN:
        if (s->v.AnnAssign.value)
            assign(L, s->v.AnnAssign.target, expr(L, s->v.AnnAssign.value));
        break;
    case MP_STMT_AUGASSIGN: {
        const mp_expr *t = s->v.AugAssign.target;
        int op = inplace_number(s->v.AugAssign.op);
        if (t->kind == MP_EXPR_NAME) {
            int cur = load_name(L, t->v.Name.id);
            int v = expr(L, s->v.AugAssign.value);
            L->line = s->loc.line;
            store_name(L, t->v.Name.id, op2(L, IR_INPLACE, cur, v, op));
        } else if (t->kind == MP_EXPR_ATTRIBUTE) {
            int o = expr(L, t->v.Attribute.value);
            int cur = name_op(L, IR_LOAD_ATTR, t->v.Attribute.attr, 1, &o);
            int v = expr(L, s->v.AugAssign.value);
            L->line = s->loc.line;
            int args[2] = {o, op2(L, IR_INPLACE, cur, v, op)};
            name_stmt(L, IR_STORE_ATTR, t->v.Attribute.attr, 2, args);
        } else if (t->kind == MP_EXPR_SUBSCRIPT) {
            int o = expr(L, t->v.Subscript.value);
            int idx = subscript_index(L, t->v.Subscript.slice);
            int cur = op2(L, IR_SUBSCR, o, idx, 0);
            int v = expr(L, s->v.AugAssign.value);
            L->line = s->loc.line;
            int args[3] = {o, idx, op2(L, IR_INPLACE, cur, v, op)};
            stmt_op(L, IR_STORE_SUBSCR, 3, args, 0, -1);
        } else {
            unsupported(L, t->loc, "this augmented assignment target");
        }
        break;
    }
    case MP_STMT_RETURN: {
        if (L->fn->kind == IR_FN_MODULE) {
            fail(L, s->loc, "%s", "'return' outside function");
            break;
        }
        int v = s->v.Return.value ? expr(L, s->v.Return.value) : none_vreg(L);
        L->line = s->loc.line;
        ret(L, v);
        dead_block(L);
        break;
    }
    case MP_STMT_IF: if_stmt(L, s); break;
    case MP_STMT_WHILE: while_stmt(L, s); break;
    case MP_STMT_FOR: case MP_STMT_ASYNCFOR: for_stmt(L, s); break;
    case MP_STMT_BREAK: loop_exit(L, s, true); break;
    case MP_STMT_CONTINUE: loop_exit(L, s, false); break;
    case MP_STMT_PASS: case MP_STMT_GLOBAL: case MP_STMT_NONLOCAL: break;
    case MP_STMT_DELETE:
        for (int k = 0; k < s->v.Delete.targets.count; k++)
            delete_target(L, s->v.Delete.targets.items[k]);
        break;
    case MP_STMT_FUNCTIONDEF: case MP_STMT_ASYNCFUNCTIONDEF: func_def(L, s); break;
    case MP_STMT_CLASSDEF: class_def(L, s); break;
    case MP_STMT_RAISE: raise_stmt(L, s); break;
    case MP_STMT_TRY: case MP_STMT_TRYSTAR: try_stmt(L, s); break;
    case MP_STMT_WITH: case MP_STMT_ASYNCWITH: with_stmt(L, s, 0); break;
    case MP_STMT_ASSERT: assert_stmt(L, s); break;
    case MP_STMT_IMPORT: import_stmt(L, s); break;
    case MP_STMT_IMPORTFROM: import_from(L, s); break;
    case MP_STMT_MATCH: unsupported(L, s->loc, "the match statement"); break;
    default: unsupported(L, s->loc, "this statement"); break;
    }
}

static void stmts(lower *L, const mp_stmt_seq *body) {
    for (int k = 0; k < body->count && !L->err->has_error; k++)
        stmt(L, body->items[k]);
}

/* ---- functions ------------------------------------------------------------------ */

static const char *qualify(lower *L, const char *name) {
    /* enclosing function/class names, CPython style */
    const char *prefix = NULL;
    scope *s = L->sc;
    while (s && s->kind == SC_COMP)
        s = s->parent;
    if (s && s->kind == SC_FUNCTION)
        prefix = L->fn->qualname ? L->fn->qualname : L->fn->name;
    if (!prefix)
        return name;
    size_t a = mp_strlen(prefix), b = mp_strlen(name);
    char *out = mp_arena_alloc(L->a, a + b + 12);
    mp_memcpy(out, prefix, a);
    mp_memcpy(out + a, ".<locals>.", 10);
    mp_memcpy(out + a + 10, name, b + 1);
    return out;
}

/* The tuple of cells a new function of scope sc closes over, or -1. */
static int closure_tuple(lower *L, scope *sc) {
    if (!sc->n_frees)
        return -1;
    int *cells = mp_arena_alloc(L->a, sizeof(int) * (size_t)sc->n_frees);
    for (int k = 0; k < sc->n_frees; k++) {
        binding b = scope_closure_cell(L->sc, sc->frees[k]);
        if (b.kind == B_FREE)
            cells[k] = op0(L, IR_CELL_OF_FREE, b.index);
        else
            cells[k] = op0(L, IR_CELL_OF_LOCAL, b.index);
    }
    ir_instr *t = emit(L, IR_TUPLE, sc->n_frees);
    for (int k = 0; k < sc->n_frees; k++)
        t->args[k] = cells[k];
    t->imm = sc->n_frees;
    return def(L, t, IR_REP_OBJ);
}

static void function_prologue(lower *L, scope *sc) {
    for (int k = 0; k < sc->n_syms; k++) {
        sc_sym *y = &sc->syms[k];
        if (!(y->flags & SYM_CELL) || y->slot < 0)
            continue;
        stmt_op(L, (y->flags & SYM_PARAM) ? IR_CELL_INIT : IR_CELL_NEW, 0, NULL, y->slot, -1);
    }
}

static int lower_function(lower *L, const void *node, const char *name, const mp_arguments *args,
                          const mp_stmt_seq *body, const mp_expr *lambda_body, mp_loc loc) {
    scope *sc = scope_of(&L->st, node);
    /* defaults, evaluated in the enclosing scope */
    int defaults = -1, kwdefaults = -1;
    if (args->defaults.count)
        defaults = build_seq(L, IR_TUPLE, &args->defaults);
    for (int k = 0; k < args->kwonlyargs.count; k++) {
        if (!args->kw_defaults.items[k])
            continue;
        if (kwdefaults < 0)
            kwdefaults = op0(L, IR_DICT, 0);
        int a3[3] = {kwdefaults, const_name_vreg(L, args->kwonlyargs.items[k]->arg),
                     expr(L, args->kw_defaults.items[k])};
        stmt_op(L, IR_DICT_SET, 3, a3, 0, -1);
    }
    int closure = closure_tuple(L, sc);

    ir_function *fn = ir_function_new(L->a, L->m);
    fn->kind = sc->is_generator ? IR_FN_GENERATOR : IR_FN_FUNCTION;
    fn->name = name;
    fn->qualname = qualify(L, name);
    fn->line = loc.line;
    fn->n_posonly = args->posonlyargs.count;
    fn->n_pos = args->posonlyargs.count + args->args.count;
    fn->n_kwonly = args->kwonlyargs.count;
    fn->has_varargs = args->vararg != NULL;
    fn->has_varkw = args->kwarg != NULL;
    fn->n_params = fn->n_pos + fn->n_kwonly + fn->has_varargs + fn->has_varkw;
    fn->param_names = mp_arena_alloc(L->a, sizeof(char *) * (size_t)(fn->n_params + 1));
    for (int k = 0; k < fn->n_params; k++)
        fn->param_names[k] = sc->slot_names[k];
    fn->n_free = sc->n_frees;

    /* switch to the new function */
    lower saved = *L;
    L->fn = fn;
    L->sc = sc;
    L->handler = -1;
    L->n_loops = 0;
    L->n_fins = 0;
    L->n_caught = 0;
    L->cur = new_block(L);
    L->line = loc.line;
    function_prologue(L, sc);
    if (lambda_body) {
        int v = expr(L, lambda_body);
        ret(L, v);
    } else {
        stmts(L, body);
        if (!ir_block_terminated(L->cur))
            ret(L, none_vreg(L));
    }
    /* slots are known only once inline scopes have been lowered */
    fn->n_slots = sc->n_slots;
    fn->slot_names = sc->slot_names;
    *L = saved;

    ir_instr *i = emit(L, IR_FUNCTION, 3);
    i->imm = fn->index;
    i->args[0] = defaults;
    i->args[1] = kwdefaults;
    i->args[2] = closure;
    return def(L, i, IR_REP_OBJ);
}

ir_module *ir_lower_module(mp_arena *arena, const mp_module *ast, const char *module_name,
                           const char *file, bool is_package, ir_error *err) {
    mp_memset(err, 0, sizeof *err);
    lower *L = mp_arena_zalloc(arena, sizeof *L);
    ir_module *m = mp_arena_zalloc(arena, sizeof *m);
    if (!L || !m)
        return NULL;
    m->name = module_name;
    m->file = file;
    L->a = arena;
    L->m = m;
    L->err = err;
    L->modname = module_name;
    L->is_package = is_package;
    if (!scope_analyse(&L->st, arena, ast, err))
        return NULL;
    ir_function *fn = ir_function_new(arena, m);
    fn->kind = IR_FN_MODULE;
    fn->name = "<module>";
    fn->line = 1;
    L->fn = fn;
    L->sc = L->st.scopes[0];
    L->handler = -1;
    L->cur = new_block(L);
    L->line = 1;
    stmts(L, &ast->body);
    if (!ir_block_terminated(L->cur))
        ret(L, none_vreg(L));
    fn->n_slots = L->sc->n_slots;
    fn->slot_names = L->sc->slot_names;
    if (err->has_error)
        return NULL;
    return m;
}
