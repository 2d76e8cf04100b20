/* IR construction helpers and the op tables. All memory comes from the arena. */
#include "ir.h"

const char *const ir_op_names[IR_OP_COUNT] = {
#define IR_OP(e, text, value, raise) text,
#include "ir_ops.def"
#undef IR_OP
};

const bool ir_op_can_raise[IR_OP_COUNT] = {
#define IR_OP(e, text, value, raise) raise,
#include "ir_ops.def"
#undef IR_OP
};

const char *const ir_rep_names[] = {"", "obj", "int", "uint", "bool", "float", "ptr8", "ptr16", "ptr32"};

/* Grows an arena array to hold at least `need` elements. */
static void *grow(mp_arena *a, void *old, int *cap, int need, size_t elem) {
    if (need <= *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = mp_arena_zalloc(a, (size_t)ncap * elem);
    if (!p)
        return NULL;
    if (old)
        mp_memcpy(p, old, (size_t)*cap * elem);
    *cap = ncap;
    return p;
}

ir_function *ir_function_new(mp_arena *a, ir_module *m) {
    ir_function *f = mp_arena_zalloc(a, sizeof *f);
    ir_function **fs = grow(a, m->functions, &m->fn_cap, m->n_functions + 1, sizeof *fs);
    if (!f || !fs)
        return NULL;
    m->functions = fs;
    f->index = m->n_functions;
    m->functions[m->n_functions++] = f;
    return f;
}

ir_block *ir_block_new(mp_arena *a, ir_function *f) {
    ir_block *b = mp_arena_zalloc(a, sizeof *b);
    ir_block **bs = grow(a, f->blocks, &f->block_cap, f->n_blocks + 1, sizeof *bs);
    if (!b || !bs)
        return NULL;
    f->blocks = bs;
    b->id = f->n_blocks;
    b->handler = -1;
    f->blocks[f->n_blocks++] = b;
    return b;
}

int ir_vreg_new(mp_arena *a, ir_function *f, ir_rep rep) {
    uint8_t *r = grow(a, f->vreg_reps, &f->vreg_cap, f->n_vregs + 1, 1);
    if (!r)
        return -1;
    f->vreg_reps = r;
    f->vreg_reps[f->n_vregs] = (uint8_t)rep;
    return f->n_vregs++;
}

ir_instr *ir_emit(mp_arena *a, ir_function *f, ir_block *b, ir_op op) {
    (void)f;
    ir_instr *is = grow(a, b->instrs, &b->cap, b->n_instrs + 1, sizeof *is);
    if (!is)
        return NULL;
    b->instrs = is;
    ir_instr *i = &b->instrs[b->n_instrs++];
    mp_memset(i, 0, sizeof *i);
    i->op = (uint16_t)op;
    i->dest = -1;
    i->name = -1;
    i->target = i->target2 = -1;
    return i;
}

static bool const_equal(const ir_const *x, const ir_const *y) {
    if (x->kind != y->kind || x->negative != y->negative)
        return false;
    switch (x->kind) {
    case IR_C_INT:
        return x->i == y->i;
    case IR_C_FLOAT:
    case IR_C_COMPLEX:
        /* bitwise: keeps 0.0 and -0.0 apart */
        return mp_memcmp(&x->f, &y->f, sizeof x->f) == 0;
    case IR_C_STR: case IR_C_BYTES: case IR_C_NAME: case IR_C_BIGINT:
        return x->len == y->len && mp_memcmp(x->s, y->s, x->len) == 0;
    case IR_C_TUPLE:
        if (x->n_items != y->n_items)
            return false;
        for (int i = 0; i < x->n_items; i++)
            if (x->items[i] != y->items[i])
                return false;
        return true;
    default:
        return true;
    }
}

int ir_const_add(mp_arena *a, ir_module *m, const ir_const *c) {
    for (int i = 0; i < m->n_consts; i++)
        if (const_equal(&m->consts[i], c))
            return i;
    ir_const *cs = grow(a, m->consts, &m->const_cap, m->n_consts + 1, sizeof *cs);
    if (!cs)
        return -1;
    m->consts = cs;
    m->consts[m->n_consts] = *c;
    return m->n_consts++;
}

int ir_const_name(mp_arena *a, ir_module *m, const char *name) {
    ir_const c = {0};
    c.kind = IR_C_NAME;
    c.s = name;
    c.len = mp_strlen(name);
    return ir_const_add(a, m, &c);
}

int ir_const_int(mp_arena *a, ir_module *m, int64_t v) {
    ir_const c = {0};
    c.kind = IR_C_INT;
    c.i = v;
    return ir_const_add(a, m, &c);
}

bool ir_block_terminated(const ir_block *b) {
    if (!b->n_instrs)
        return false;
    int op = b->instrs[b->n_instrs - 1].op;
    return op == IR_RET || op == IR_JMP || op == IR_JNZ || op == IR_RAISE || op == IR_RERAISE ||
           op == IR_ASSERT_FAIL;
}
