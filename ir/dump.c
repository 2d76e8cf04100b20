/* The IR's stable text form (QBE-like): one instruction per line,
 * `%vN =rep op operands`, blocks `@bN`, constants listed first. */
#include "ir.h"

typedef struct out {
    ir_write_fn write;
    void *ctx;
} out;

static void put(out *o, const char *s) {
    o->write(o->ctx, s, mp_strlen(s));
}

static void put_int(out *o, int64_t v) {
    char buf[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        buf[n++] = '-';
    char rev[24];
    for (int i = 0; i < n; i++)
        rev[i] = buf[n - 1 - i];
    rev[n] = 0;
    put(o, rev);
}

/* Quoted, with non-printable bytes as \xNN. */
static void put_quoted(out *o, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    put(o, "\"");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char e[3] = {'\\', (char)c, 0};
            put(o, e);
        } else if (c < 0x20 || c >= 0x7f) {
            char e[5] = {'\\', 'x', hex[c >> 4], hex[c & 15], 0};
            put(o, e);
        } else {
            char e[2] = {(char)c, 0};
            put(o, e);
        }
    }
    put(o, "\"");
}

static void put_double(out *o, double d) {
    /* Exact and freestanding: the bit pattern in hex. */
    uint64_t bits;
    mp_memcpy(&bits, &d, sizeof bits);
    static const char hex[] = "0123456789abcdef";
    char buf[19] = "0x";
    for (int i = 0; i < 16; i++)
        buf[2 + i] = hex[(bits >> (60 - 4 * i)) & 15];
    buf[18] = 0;
    put(o, buf);
}

static void dump_const(out *o, const ir_module *m, int idx) {
    const ir_const *c = &m->consts[idx];
    switch (c->kind) {
    case IR_C_NONE: put(o, "None"); break;
    case IR_C_TRUE: put(o, "True"); break;
    case IR_C_FALSE: put(o, "False"); break;
    case IR_C_ELLIPSIS: put(o, "Ellipsis"); break;
    case IR_C_INT: put(o, "int "); put_int(o, c->i); break;
    case IR_C_BIGINT: put(o, c->negative ? "bigint -" : "bigint "); o->write(o->ctx, c->s, c->len); break;
    case IR_C_FLOAT: put(o, "float "); put_double(o, c->f); break;
    case IR_C_COMPLEX: put(o, "complex "); put_double(o, c->f); break;
    case IR_C_STR: put(o, "str "); put_quoted(o, c->s, c->len); break;
    case IR_C_BYTES: put(o, "bytes "); put_quoted(o, c->s, c->len); break;
    case IR_C_NAME: put(o, "name "); put_quoted(o, c->s, c->len); break;
    case IR_C_TUPLE:
        put(o, "tuple (");
        for (int i = 0; i < c->n_items; i++) {
            if (i)
                put(o, ", ");
            put(o, "c");
            put_int(o, c->items[i]);
        }
        put(o, ")");
        break;
    }
}

static void put_vreg(out *o, int v) {
    if (v < 0) {
        put(o, "null");
        return;
    }
    put(o, "%v");
    put_int(o, v);
}

static void dump_instr(out *o, const ir_module *m, const ir_instr *i) {
    put(o, "\t");
    if (i->dest >= 0) {
        put_vreg(o, i->dest);
        put(o, " =");
        put(o, ir_rep_names[i->rep]);
        put(o, " ");
    }
    put(o, ir_op_names[i->op]);
    bool first = true;
#define SEP() do { put(o, first ? " " : ", "); first = false; } while (0)
    switch (i->op) {
    case IR_CONST:
        SEP(); put(o, "c"); put_int(o, i->imm);
        put(o, " ; "); dump_const(o, m, (int)i->imm);
        break;
    case IR_LOAD_LOCAL: case IR_STORE_LOCAL: case IR_DEL_LOCAL: case IR_CELL_NEW: case IR_CELL_INIT:
    case IR_LOAD_CELL: case IR_STORE_CELL: case IR_DEL_CELL: case IR_CELL_OF_LOCAL:
        SEP(); put(o, "$"); put_int(o, i->imm);
        break;
    case IR_LOAD_FREE: case IR_STORE_FREE: case IR_CELL_OF_FREE:
        SEP(); put(o, "free"); put_int(o, i->imm);
        break;
    case IR_INT: case IR_BINOP: case IR_INPLACE: case IR_UNOP: case IR_UNPACK: case IR_ITEM: case IR_YIELD: case IR_YIELD_FROM:
    case IR_FORMAT:
        SEP(); put_int(o, i->imm);
        break;
    case IR_UNPACK_EX: case IR_CALL:
        SEP(); put_int(o, i->imm); SEP(); put_int(o, i->imm2);
        break;
    case IR_CALL_METHOD:
        SEP(); put_int(o, i->imm);
        break;
    case IR_FUNCTION:
        SEP(); put(o, "$f"); put_int(o, i->imm);
        break;
    default:
        break;
    }
    if (i->name >= 0) {
        SEP();
        put_quoted(o, m->consts[i->name].s, m->consts[i->name].len);
    }
    for (int k = 0; k < i->n_args; k++) {
        SEP();
        put_vreg(o, i->args[k]);
    }
    if (i->target >= 0) {
        SEP(); put(o, "@b"); put_int(o, i->target);
    }
    if (i->target2 >= 0) {
        SEP(); put(o, "@b"); put_int(o, i->target2);
    }
#undef SEP
    put(o, "\n");
}

static void dump_function(out *o, const ir_module *m, const ir_function *f) {
    static const char *const kinds[] = {"module", "function", "generator"};
    put(o, "\nfunction $f");
    put_int(o, f->index);
    put(o, " ");
    put_quoted(o, f->qualname ? f->qualname : f->name, mp_strlen(f->qualname ? f->qualname : f->name));
    put(o, " ");
    put(o, kinds[f->kind]);
    put(o, " params ");
    put_int(o, f->n_params);
    put(o, " slots ");
    put_int(o, f->n_slots);
    put(o, " free ");
    put_int(o, f->n_free);
    put(o, " {\n");
    for (int s = 0; s < f->n_slots; s++) {
        put(o, "\t# $");
        put_int(o, s);
        put(o, " ");
        put(o, f->slot_names[s] ? f->slot_names[s] : "?");
        put(o, "\n");
    }
    for (int b = 0; b < f->n_blocks; b++) {
        const ir_block *blk = f->blocks[b];
        put(o, "@b");
        put_int(o, blk->id);
        if (blk->handler >= 0) {
            put(o, " except @b");
            put_int(o, blk->handler);
        }
        put(o, "\n");
        for (int k = 0; k < blk->n_instrs; k++)
            dump_instr(o, m, &blk->instrs[k]);
    }
    put(o, "}\n");
}

void ir_dump_module(const ir_module *m, ir_write_fn write, void *ctx) {
    out o = {write, ctx};
    put(&o, "module ");
    put_quoted(&o, m->name, mp_strlen(m->name));
    put(&o, "\n");
    for (int c = 0; c < m->n_consts; c++) {
        put(&o, "const c");
        put_int(&o, c);
        put(&o, " = ");
        dump_const(&o, m, c);
        put(&o, "\n");
    }
    for (int f = 0; f < m->n_functions; f++)
        dump_function(&o, m, m->functions[f]);
}
