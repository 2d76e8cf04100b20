/* IR -> C11 for one module. Every IR function becomes one C function; Python
 * slots and IR values become C locals (the GC scans the C stack
 * conservatively). Instructions that can raise jump to their block's
 * handler, or to the function's error exit, which records the traceback
 * entry (file, line, function) from the per-function `line` variable. */
#include "emit_c.h"
#include "reach.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The runtime's own names (runtime/names.def), reused for program names. */
static const struct { const char *id, *text; } runtime_names[] = {
#define NAME(id) {#id, #id},
#define NAME_STR(id, text) {#id, text},
#include "names.def"
#undef NAME
#undef NAME_STR
};

static const char *const binop_enum[] = {
#define COMPARE_OP(e, sym, d, r) "RT_BINOP_" #e,
#define BINARY_OP(e, sym, d, r, i) "RT_BINOP_" #e,
#include "ops.def"
#undef COMPARE_OP
#undef BINARY_OP
#define BINARY_OP(e, sym, d, r, i) "RT_BINOP_INPLACE_" #e,
#include "ops.def"
#undef BINARY_OP
};

static const char *const unop_enum[] = {
#define UNARY_OP(e, sym, d) "RT_UNARY_" #e,
#include "ops.def"
#undef UNARY_OP
};

void cgen_names_free(cgen_names *names) {
    for (int i = 0; i < names->n; i++)
        free(names->texts[i]);
    free(names->texts);
    free(names->lens);
    memset(names, 0, sizeof *names);
}

/* Index of a program name in the image table (added when new). */
static int image_name(cgen_names *names, const char *s, size_t len) {
    for (int i = 0; i < names->n; i++)
        if (names->lens[i] == len && !memcmp(names->texts[i], s, len))
            return i;
    if (names->n == names->cap) {
        names->cap = names->cap ? names->cap * 2 : 64;
        names->texts = realloc(names->texts, sizeof(char *) * (size_t)names->cap);
        names->lens = realloc(names->lens, sizeof(size_t) * (size_t)names->cap);
        if (!names->texts || !names->lens) {
            fputs("mpyc: out of memory\n", stderr);
            exit(1);
        }
    }
    names->texts[names->n] = malloc(len + 1);
    memcpy(names->texts[names->n], s, len);
    names->texts[names->n][len] = 0;
    names->lens[names->n] = len;
    return names->n++;
}

/* The text of a names.def id (bool_ -> "bool"). */
static const char *runtime_name_text(const char *id) {
    for (size_t i = 0; i < sizeof runtime_names / sizeof runtime_names[0]; i++)
        if (!strcmp(runtime_names[i].id, id))
            return runtime_names[i].text;
    return id;
}

static const char *runtime_name_id(const char *s, size_t len) {
    for (size_t i = 0; i < sizeof runtime_names / sizeof runtime_names[0]; i++)
        if (strlen(runtime_names[i].text) == len && !memcmp(runtime_names[i].text, s, len))
            return runtime_names[i].id;
    return NULL;
}

/* A C string literal (octal escapes for everything unusual). */
static void c_string(FILE *out, const char *s, size_t len) {
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f && c != '?')
            fputc(c, out);
        else
            fprintf(out, "\\%03o", c);
    }
    fputc('"', out);
}

static uint32_t str_hash(const char *s, size_t len) {
    uint32_t h = 0, power = 1;
    for (size_t i = 0; i < len; i++) {
        h += (uint32_t)(unsigned char)s[i] * power;
        power *= 0x01000193u;
    }
    return h;
}

static bool is_ascii(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* ---- per-module state ---------------------------------------------------- */

typedef struct emitter {
    FILE *out;
    const ir_module *m;
    int index;
    cgen_names *names;
    const ir_function *fn;
    const ir_block *blk;
    int32_t last_line;
    bool *handler_used;
} emitter;

static void name_expr(emitter *E, int c, char *buf, size_t size) {
    const ir_const *k = &E->m->consts[c];
    const char *rid = runtime_name_id(k->s, k->len);
    if (rid)
        snprintf(buf, size, "NAME(%s)", rid);
    else
        snprintf(buf, size, "RT_OBJ(&mpyc_image_names[%d])", image_name(E->names, k->s, k->len));
}

/* Small-int range: 31 bits on 32-bit boards, 63 on 64-bit hosts. The
 * generated C serves both, so constants in between get a ROM big int as
 * well, picked by the target's RT_SMALL_MIN/MAX at C compile time. */
static bool small_on_every_target(int64_t v) { return v >= -((int64_t)1 << 30) && v < ((int64_t)1 << 30); }
static bool small_on_64bit(int64_t v) { return v >= -((int64_t)1 << 62) && v < ((int64_t)1 << 62); }

/* An expression for constant c. */
static void const_expr(emitter *E, int c, char *buf, size_t size) {
    const ir_const *k = &E->m->consts[c];
    switch (k->kind) {
    case IR_C_NONE: snprintf(buf, size, "RT_NONE"); break;
    case IR_C_TRUE: snprintf(buf, size, "RT_TRUE"); break;
    case IR_C_FALSE: snprintf(buf, size, "RT_FALSE"); break;
    case IR_C_ELLIPSIS: snprintf(buf, size, "RT_ELLIPSIS"); break;
    case IR_C_INT:
        if (small_on_every_target(k->i))
            snprintf(buf, size, "RT_SMALL(%" PRId64 "LL)", k->i);
        else if (small_on_64bit(k->i))
            /* small on a 64-bit target only: the choice is a compile-time constant */
            snprintf(buf, size, "(%" PRId64 "LL >= RT_SMALL_MIN && %" PRId64 "LL <= RT_SMALL_MAX ? "
                     "RT_SMALL(%" PRId64 "LL) : RT_OBJ(&m%d_c%d))", k->i, k->i, k->i, E->index, c);
        else
            snprintf(buf, size, "RT_OBJ(&m%d_c%d)", E->index, c);
        break;
    case IR_C_NAME: name_expr(E, c, buf, size); break;
    default: snprintf(buf, size, "RT_OBJ(&m%d_c%d)", E->index, c); break;
    }
}

/* Decimal digits -> base-65536 digits, least significant first. */
static int decimal_to_digits(const char *s, size_t len, uint16_t *d, int max) {
    int n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        uint32_t carry = (uint32_t)(s[i] - '0');
        for (int k = 0; k < n; k++) {
            uint32_t v = (uint32_t)d[k] * 10 + carry;
            d[k] = (uint16_t)v;
            carry = v >> 16;
        }
        if (carry && n < max)
            d[n++] = (uint16_t)carry;
    }
    return n;
}

static void c_double(FILE *out, double f) {
    if (isinf(f))
        fputs(f > 0 ? "__builtin_inf()" : "-__builtin_inf()", out);
    else if (isnan(f))
        fputs("__builtin_nan(\"\")", out);
    else
        fprintf(out, "%a", f);
}

static void emit_const_defs(emitter *E) {
    FILE *o = E->out;
    for (int c = 0; c < E->m->n_consts; c++) {
        const ir_const *k = &E->m->consts[c];
        switch (k->kind) {
        case IR_C_STR:
        case IR_C_BYTES:
            fprintf(o, "static const Str m%d_c%d = {&type_%s, %" PRIu32 "u, %zu, %d, 0, 0, ", E->index, c,
                    k->kind == IR_C_STR ? "str" : "bytes", str_hash(k->s, k->len), k->len,
                    is_ascii(k->s, k->len));
            c_string(o, k->s, k->len);
            fputs("};\n", o);
            break;
        case IR_C_FLOAT:
            fprintf(o, "static const Float m%d_c%d = {&type_float, ", E->index, c);
            c_double(o, k->f);
            fputs("};\n", o);
            break;
        case IR_C_COMPLEX:
            fprintf(o, "static const Complex m%d_c%d = {&type_complex, 0.0, ", E->index, c);
            c_double(o, k->f);
            fputs("};\n", o);
            break;
        case IR_C_INT:
        case IR_C_BIGINT: {
            char dec[32];
            const char *s = k->s;
            size_t len = k->len;
            bool neg = k->negative;
            if (k->kind == IR_C_INT) {
                if (small_on_every_target(k->i))
                    break;
                uint64_t u = k->i < 0 ? (uint64_t)0 - (uint64_t)k->i : (uint64_t)k->i;
                neg = k->i < 0;
                snprintf(dec, sizeof dec, "%" PRIu64, u);
                s = dec;
                len = strlen(dec);
            }
            int max = (int)(len / 4 + 2);
            uint16_t *d = calloc((size_t)max, sizeof *d);
            int n = decimal_to_digits(s, len, d, max);
            fprintf(o, "static const struct { const Type *type; uint32_t len, negative; BigDigit digits[%d]; } "
                       "m%d_c%d = {&type_int, %d, %d, {", n ? n : 1, E->index, c, n, neg);
            for (int i = 0; i < n; i++)
                fprintf(o, "%s%u", i ? "," : "", d[i]);
            fputs(n ? "}};\n" : "0}};\n", o);
            free(d);
            break;
        }
        case IR_C_TUPLE: {
            fprintf(o, "static const struct { const Type *type; size_t len; Obj items[%d]; } m%d_c%d = "
                       "{&type_tuple, %d, {", k->n_items ? k->n_items : 1, E->index, c, k->n_items);
            for (int i = 0; i < k->n_items; i++) {
                char buf[256];
                const_expr(E, k->items[i], buf, sizeof buf);
                fprintf(o, "%s%s", i ? ", " : "", buf);
            }
            fputs(k->n_items ? "}};\n" : "0}};\n", o);
            break;
        }
        default:
            break;
        }
    }
}

/* ---- instructions ------------------------------------------------------------ */

static const char *ctype(int rep) {
    switch (rep) {
    case IR_REP_INT: return "intptr_t";
    case IR_REP_UINT: return "uintptr_t";
    case IR_REP_BOOL: return "bool";
    case IR_REP_FLOAT: return "mp_float";
    case IR_REP_PTR8: return "uint8_t *";
    case IR_REP_PTR16: return "uint16_t *";
    case IR_REP_PTR32: return "uint32_t *";
    default: return "Obj";
    }
}

static void v(emitter *E, int r) {
    if (r < 0)
        fputs("0", E->out);
    else
        fprintf(E->out, "v%d", r);
}

/* The goto target of a raising instruction in the current block. */
static void fail_target(emitter *E, char *buf, size_t size) {
    if (E->blk->handler >= 0) {
        snprintf(buf, size, "b%d_tb", E->blk->handler);
        E->handler_used[E->blk->handler] = true;
    } else {
        snprintf(buf, size, "error_tb");
    }
}

static void fail_target_raw(emitter *E, char *buf, size_t size) {
    if (E->blk->handler >= 0) {
        snprintf(buf, size, "b%d", E->blk->handler);
        E->handler_used[E->blk->handler] = true;
    } else {
        snprintf(buf, size, "error_raw");
    }
}

/* `(const Obj[]){a, b, c}` or NULL. */
static void arg_array(emitter *E, const ir_instr *i, int from) {
    if (i->n_args <= from) {
        fputs("NULL", E->out);
        return;
    }
    fputs("(const Obj[]){", E->out);
    for (int k = from; k < i->n_args; k++) {
        if (k > from)
            fputs(", ", E->out);
        v(E, i->args[k]);
    }
    fputs("}", E->out);
}

static void emit_instr(emitter *E, const ir_instr *i) {
    FILE *o = E->out;
    char fail[32], nm[96];
    fail_target(E, fail, sizeof fail);
    if (ir_op_can_raise[i->op] && i->line != E->last_line && i->line > 0) {
        fprintf(o, "\tline = %d;\n", i->line);
        E->last_line = i->line;
    }
    if (i->name >= 0)
        name_expr(E, i->name, nm, sizeof nm);
    int d = i->dest;
    const int32_t *a = i->args;
#define CHECK_OBJ(...) do { fprintf(o, "\tif (!(v%d = ", d); fprintf(o, __VA_ARGS__); fprintf(o, ")) goto %s;\n", fail); } while (0)
    switch ((ir_op)i->op) {
    case IR_CONST: {
        char buf[256];
        const_expr(E, (int)i->imm, buf, sizeof buf);
        fprintf(o, "\tv%d = %s;\n", d, buf);
        break;
    }
    case IR_INT: fprintf(o, "\tv%d = %" PRId64 ";\n", d, i->imm); break;
    case IR_BOX_INT: CHECK_OBJ("rt_int_from_intptr(v%d)", a[0]); break;
    case IR_BOX_BOOL: fprintf(o, "\tv%d = rt_bool(%sv%d);\n", d, i->imm ? "!" : "", a[0]); break;
    case IR_TRUTHY:
        fprintf(o, "\t{ int t = rt_truthy_inline(v%d); if (t < 0) goto %s; v%d = t; }\n", a[0], fail, d);
        break;
    case IR_COPY: fprintf(o, "\tv%d = ", d); v(E, a[0]); fputs(";\n", o); break;
    case IR_NULL_OBJ: fprintf(o, "\tv%d = 0;\n", d); break;
    case IR_LOAD_LOCAL:
        fprintf(o, "\tif (!(v%d = l%" PRId64 ")) { rt_raise_unbound_local(); goto %s; }\n", d, i->imm, fail);
        break;
    case IR_STORE_LOCAL: fprintf(o, "\tl%" PRId64 " = ", i->imm); v(E, a[0]); fputs(";\n", o); break;
    case IR_DEL_LOCAL:
        fprintf(o, "\tif (!l%" PRId64 ") { rt_raise_unbound_local(); goto %s; }\n\tl%" PRId64 " = 0;\n", i->imm,
                fail, i->imm);
        break;
    case IR_CELL_NEW: fprintf(o, "\tif (!(l%" PRId64 " = rt_cell_new(0))) goto %s;\n", i->imm, fail); break;
    case IR_CELL_INIT:
        fprintf(o, "\tif (!(l%" PRId64 " = rt_cell_new(l%" PRId64 "))) goto %s;\n", i->imm, i->imm, fail);
        break;
    case IR_LOAD_CELL: CHECK_OBJ("rt_cell_load(l%" PRId64 ")", i->imm); break;
    case IR_STORE_CELL: fprintf(o, "\trt_cell_store(l%" PRId64 ", v%d);\n", i->imm, a[0]); break;
    case IR_DEL_CELL:
        if (i->imm >= 0)
            fprintf(o, "\tif (!rt_cell_load(l%" PRId64 ")) goto %s;\n\trt_cell_store(l%" PRId64 ", 0);\n", i->imm,
                    fail, i->imm);
        else
            fprintf(o, "\tif (!rt_cell_load(closure[%" PRId64 "])) goto %s;\n\trt_cell_store(closure[%" PRId64 "], 0);\n",
                    -1 - i->imm, fail, -1 - i->imm);
        break;
    case IR_LOAD_FREE: CHECK_OBJ("rt_cell_load(closure[%" PRId64 "])", i->imm); break;
    case IR_STORE_FREE: fprintf(o, "\trt_cell_store(closure[%" PRId64 "], v%d);\n", i->imm, a[0]); break;
    case IR_CELL_OF_LOCAL: fprintf(o, "\tv%d = l%" PRId64 ";\n", d, i->imm); break;
    case IR_CELL_OF_FREE: fprintf(o, "\tv%d = closure[%" PRId64 "];\n", d, i->imm); break;
    case IR_LOAD_GLOBAL:
        fprintf(o, "\t{ MPYC_SITE(MpycGlobalSite, site); if (!(v%d = mpyc_global_load(globals, %s, site))) goto %s; }\n", d,
                nm, fail);
        break;
    case IR_STORE_GLOBAL: fprintf(o, "\tif (rt_global_store(globals, %s, v%d) < 0) goto %s;\n", nm, a[0], fail); break;
    case IR_DEL_GLOBAL: fprintf(o, "\tif (rt_global_delete(globals, %s) < 0) goto %s;\n", nm, fail); break;
    case IR_LOAD_NAME:
        fprintf(o, "\tif (!(v%d = rt_dict_get(v%d, %s))) { if (rt_exc_pending() || !(v%d = rt_global_load(globals, %s))) goto %s; }\n",
                d, a[0], nm, d, nm, fail);
        break;
    case IR_STORE_NAME: fprintf(o, "\tif (rt_dict_set(v%d, %s, v%d) < 0) goto %s;\n", a[0], nm, a[1], fail); break;
    case IR_DEL_NAME:
        fprintf(o, "\tif (!rt_dict_remove(v%d, %s)) { if (!rt_exc_pending()) rt_raise_name_error(%s); goto %s; }\n",
                a[0], nm, nm, fail);
        break;
    case IR_LOAD_ATTR:
        fprintf(o, "\t{ MPYC_SITE(RtAttrSite, site); if (!(v%d = mpyc_load_attr(v%d, %s, site))) goto %s; }\n", d, a[0],
                nm, fail);
        break;
    case IR_STORE_ATTR:
        fprintf(o, "\t{ MPYC_SITE(RtAttrSite, site); if (mpyc_store_attr(v%d, %s, v%d, site) < 0) goto %s; }\n", a[0], nm,
                a[1], fail);
        break;
    case IR_DEL_ATTR: fprintf(o, "\tif (rt_delete_attr(v%d, %s) < 0) goto %s;\n", a[0], nm, fail); break;
    case IR_SUBSCR: CHECK_OBJ("rt_subscr_load(v%d, v%d)", a[0], a[1]); break;
    case IR_STORE_SUBSCR:
        fprintf(o, "\tif (rt_subscr_store(v%d, v%d, v%d) < 0) goto %s;\n", a[0], a[1], a[2], fail);
        break;
    case IR_DEL_SUBSCR: fprintf(o, "\tif (rt_subscr_delete(v%d, v%d) < 0) goto %s;\n", a[0], a[1], fail); break;
    case IR_BINOP: CHECK_OBJ("mpyc_binary_op(%s, v%d, v%d)", binop_enum[i->imm], a[0], a[1]); break;
    case IR_INPLACE: CHECK_OBJ("mpyc_inplace_op(%s, v%d, v%d)", binop_enum[i->imm], a[0], a[1]); break;
    case IR_UNOP: CHECK_OBJ("rt_unary_op(%s, v%d)", unop_enum[i->imm], a[0]); break;
    case IR_NOT: CHECK_OBJ("rt_not(v%d)", a[0]); break;
    case IR_IS: fprintf(o, "\tv%d = v%d == v%d;\n", d, a[0], a[1]); break;
    case IR_CONTAINS: CHECK_OBJ("rt_contains(v%d, v%d)", a[1], a[0]); break;
    case IR_CALL:
        if (i->imm2 == 0) {
            fprintf(o, "\tif (!(v%d = mpyc_call(v%d, %" PRId64 ", ", d, a[0], i->imm);
            if (i->n_args > 1) {
                fputs("(Obj[]){", o);
                for (int k = 1; k < i->n_args; k++) {
                    fputs(k > 1 ? ", " : "", o);
                    v(E, i->args[k]);
                }
                fputs("}", o);
            } else {
                fputs("NULL", o);
            }
            fprintf(o, "))) goto %s;\n", fail);
            break;
        }
        fprintf(o, "\tif (!(v%d = rt_call(v%d, %" PRId64 ", %" PRId64 ", ", d, a[0], i->imm, i->imm2);
        arg_array(E, i, 1);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_CALL_METHOD:
        if (i->imm2 == 0) {
            fprintf(o, "\t{ MPYC_SITE(RtAttrSite, site); if (!(v%d = mpyc_call_method(v%d, %s, %" PRId64 ", ", d, a[0],
                    nm, i->imm);
            arg_array(E, i, 1);
            fprintf(o, ", site))) goto %s; }\n", fail);
            break;
        }
        fprintf(o, "\tif (!(v%d = rt_call_method(v%d, %s, %" PRId64 ", %" PRId64 ", ", d, a[0], nm, i->imm, i->imm2);
        arg_array(E, i, 1);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_CALL_EX:
        fprintf(o, "\tif (!(v%d = rt_call_ex(v%d, 0, 0, NULL, v%d, ", d, a[0], a[1]);
        v(E, a[2]);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_TUPLE:
        if (i->n_args == 0) {
            fprintf(o, "\tv%d = RT_EMPTY_TUPLE;\n", d);
            break;
        }
        fprintf(o, "\tif (!(v%d = rt_tuple_new(%d, ", d, i->n_args);
        arg_array(E, i, 0);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_LIST:
    case IR_SET:
        fprintf(o, "\tif (!(v%d = %s(%d, ", d, i->op == IR_LIST ? "rt_list_new" : "mpyc_set_new", i->n_args);
        arg_array(E, i, 0);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_DICT: CHECK_OBJ("rt_dict_new(%d)", i->n_args / 2); break;
    case IR_SLICE:
        fprintf(o, "\tif (!(v%d = mpyc_slice_new(", d);
        v(E, a[0]); fputs(", ", o); v(E, a[1]); fputs(", ", o); v(E, a[2]);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_LIST_APPEND: fprintf(o, "\tif (rt_list_append(v%d, v%d) < 0) goto %s;\n", a[0], a[1], fail); break;
    case IR_LIST_EXTEND:
        fprintf(o, "\tif (%s(v%d, v%d) < 0) goto %s;\n", i->imm ? "mpyc_set_update" : "mpyc_list_extend", a[0], a[1],
                fail);
        break;
    case IR_SET_ADD: fprintf(o, "\tif (mpyc_set_add(v%d, v%d) < 0) goto %s;\n", a[0], a[1], fail); break;
    case IR_DICT_SET: fprintf(o, "\tif (rt_dict_set(v%d, v%d, v%d) < 0) goto %s;\n", a[0], a[1], a[2], fail); break;
    case IR_DICT_UPDATE:
        fprintf(o, "\tif (mpyc_dict_update(v%d, v%d, %d) < 0) goto %s;\n", a[0], a[1], (int)i->imm, fail);
        break;
    case IR_LIST_TO_TUPLE: CHECK_OBJ("rt_tuple_new(((List *)v%d)->len, ((List *)v%d)->items)", a[0], a[0]); break;
    case IR_GETITER: CHECK_OBJ("rt_getiter(v%d)", a[0]); break;
    case IR_ITERNEXT: CHECK_OBJ("rt_iternext(v%d)", a[0]); break;
    case IR_IS_STOP: fprintf(o, "\tv%d = v%d == RT_STOP;\n", d, a[0]); break;
    case IR_UNPACK: CHECK_OBJ("mpyc_unpack(v%d, %" PRId64 ")", a[0], i->imm); break;
    case IR_UNPACK_EX: CHECK_OBJ("mpyc_unpack_ex(v%d, %" PRId64 ", %" PRId64 ")", a[0], i->imm, i->imm2); break;
    case IR_ITEM: fprintf(o, "\tv%d = rt_tuple_items(v%d)[%" PRId64 "];\n", d, a[0], i->imm); break;
    case IR_FUNCTION:
        fprintf(o, "\tif (!(v%d = rt_function_new(&m%d_code%" PRId64 ", module, ", d, E->index, i->imm);
        v(E, a[0]); fputs(", ", o); v(E, a[1]); fputs(", ", o); v(E, a[2]);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_BUILD_CLASS:
        fprintf(o, "\tif (!(v%d = rt_build_class(v%d, v%d, v%d, ", d, a[0], a[1], a[2]);
        v(E, a[3]);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_IMPORT: CHECK_OBJ("mpyc_import(%s, %d)", nm, (int)i->imm); break;
    case IR_IMPORT_FROM: CHECK_OBJ("mpyc_import_from(v%d, %s)", a[0], nm); break;
    case IR_IMPORT_STAR: fprintf(o, "\tif (mpyc_import_star(v%d, globals) < 0) goto %s;\n", a[0], fail); break;
    case IR_FORMAT:
        fprintf(o, "\tif (!(v%d = mpyc_format(v%d, %d, ", d, a[0], (int)i->imm);
        v(E, a[1]);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_STR_JOIN:
        fprintf(o, "\tif (!(v%d = mpyc_str_join(%d, ", d, i->n_args);
        arg_array(E, i, 0);
        fprintf(o, "))) goto %s;\n", fail);
        break;
    case IR_RAISE:
        if (a[0] < 0)
            fprintf(o, "\tmpyc_reraise_current();\n");
        else if (a[1] >= 0)
            fprintf(o, "\trt_raise_from(v%d, v%d);\n", a[0], a[1]);
        else
            fprintf(o, "\trt_raise(v%d);\n", a[0]);
        fprintf(o, "\tgoto %s;\n", fail);
        break;
    case IR_RERAISE: {
        char raw[32];
        fail_target_raw(E, raw, sizeof raw);
        fprintf(o, "\trt_raise(v%d);\n\tgoto %s;\n", a[0], raw);
        break;
    }
    case IR_EXC_TAKE: fprintf(o, "\tv%d = rt_exc_take();\n", d); break;
    case IR_EXC_MATCH: fprintf(o, "\tv%d = rt_exc_matches(v%d, v%d);\n", d, a[0], a[1]); break;
    case IR_EXC_PUSH: case IR_EXC_POP: break;
    case IR_ASSERT_FAIL:
        if (a[0] >= 0)
            fprintf(o, "\trt_raise(rt_exc_new(&type_AssertionError, 1, &v%d));\n", a[0]);
        else
            fprintf(o, "\trt_raise(RT_OBJ(&type_AssertionError));\n");
        fprintf(o, "\tgoto %s;\n", fail);
        break;
    case IR_SUPER: CHECK_OBJ("rt_super(v%d, v%d)", a[0], a[1]); break;
    case IR_NAMESPACE: CHECK_OBJ("rt_dict_new(8)"); break;
    case IR_RET:
        if (E->fn->kind == IR_FN_GENERATOR)
            fprintf(o, "\tg->state = -1;\n\tg->ret = v%d;\n\treturn RT_STOP;\n", a[0]);
        else
            fprintf(o, "\treturn v%d;\n", a[0]);
        break;
    case IR_YIELD:
        fprintf(o, "\tg->state = %d;\n\treturn v%d;\nresume_%d:\n", (int)i->imm, a[0], (int)i->imm);
        fprintf(o, "\tif (thrown) { rt_raise(thrown); goto %s; }\n\tv%d = sent;\n", fail, d);
        break;
    case IR_YIELD_FROM:
        fprintf(o, "\tsent = RT_NONE;\n\tthrown = 0;\nresume_%d:\n", (int)i->imm);
        fprintf(o, "\t{ Obj r = mpyc_yield_from_step(v%d, sent, thrown, &v%d); if (!r) goto %s; "
                   "if (r != RT_STOP) { g->state = %d; return r; } }\n", a[0], d, fail, (int)i->imm);
        break;
    case IR_GLOBALS: fprintf(o, "\tv%d = globals;\n", d); break;
    case IR_AWAIT_ITER: CHECK_OBJ("mpyc_await_iter(v%d)", a[0]); break;
    case IR_JMP: fprintf(o, "\tgoto b%d;\n", i->target); break;
    case IR_JNZ: fprintf(o, "\tif (v%d) goto b%d; else goto b%d;\n", a[0], i->target, i->target2); break;
    default: fprintf(o, "\t#error unknown IR op %d\n", i->op); break;
    }
#undef CHECK_OBJ
}

static void emit_blocks(emitter *E, const ir_function *f) {
    FILE *o = E->out;
    bool *used = calloc((size_t)f->n_blocks + 1, sizeof(bool));
    E->handler_used = used;
    for (int b = 0; b < f->n_blocks; b++)
        if (f->blocks[b]->handler >= 0)
            used[f->blocks[b]->handler] = true;
    for (int b = 0; b < f->n_blocks; b++) {
        const ir_block *blk = f->blocks[b];
        E->blk = blk;
        E->last_line = -1;
        if (used[b])
            fprintf(o, "b%d_tb:\n\trt_traceback_add(m%d_file, line, m%d_fn%d_name);\n", b, E->index, E->index,
                    f->index);
        fprintf(o, "b%d:;\n", b);
        for (int k = 0; k < blk->n_instrs; k++)
            emit_instr(E, &blk->instrs[k]);
        if (!ir_block_terminated(blk))
            fputs(f->kind == IR_FN_GENERATOR ? "\tg->state = -1;\n\treturn RT_STOP;\n" : "\treturn RT_NONE;\n", o);
    }
    fprintf(o, "error_tb:\n\trt_traceback_add(m%d_file, line, m%d_fn%d_name);\n", E->index, E->index, f->index);
    if (f->kind == IR_FN_GENERATOR)
        fputs("error_raw:\n\tg->state = -1;\n\treturn 0;\n", o);
    else
        fputs("error_raw:\n\treturn 0;\n", o);
    free(used);
}

/* A generator: the entry makes the frame and the generator object; the
 * resume function refers to frame fields through macros named like the
 * locals of an ordinary function, so the instruction emitter is shared. */
static void emit_generator(emitter *E, const ir_function *f) {
    FILE *o = E->out;
    int mi = E->index, fi = f->index;
    fprintf(o, "\nstruct m%d_fr%d {\n\tuint32_t line;\n", mi, fi);
    for (int s = 0; s < f->n_slots; s++)
        fprintf(o, "\tObj l%d;\n", s);
    for (int r = 0; r < f->n_vregs; r++)
        fprintf(o, "\t%s v%d;\n", ctype(f->vreg_reps[r]), r);
    fputs("};\n", o);
    fprintf(o, "static Obj m%d_g%d(Generator *g, Obj sent, Obj thrown);\n", mi, fi);
    fprintf(o, "static Obj m%d_f%d(const Function *self, Obj *params) {\n", mi, fi);
    fprintf(o, "\tstruct m%d_fr%d *F = rt_alloc(sizeof *F);\n\tif (!F)\n\t\treturn 0;\n", mi, fi);
    for (int s = 0; s < f->n_params; s++)
        fprintf(o, "\tF->l%d = params[%d];\n", s, s);
    fprintf(o, "\tF->line = %d;\n\treturn mpyc_generator_new(self, m%d_g%d, F);\n}\n", f->line, mi, fi);
    fprintf(o, "static Obj m%d_g%d(Generator *g, Obj sent, Obj thrown) {\n", mi, fi);
    fputs("\tMPYC_STACK_CHECK();\n", o);
    fprintf(o, "\tconst Function *self = g->fn;\n\tstruct m%d_fr%d *F = g->frame;\n", mi, fi);
    fputs("\tObj module = self->module;\n", o);
    fputs("\tconst Obj *closure = self->closure ? rt_tuple_items(self->closure) : NULL; (void)closure;\n", o);
    fputs("\tObj globals = rt_module_globals(module); (void)globals;\n", o);
    fputs("#define line (F->line)\n", o);
    for (int s = 0; s < f->n_slots; s++)
        fprintf(o, "#define l%d (F->l%d)\n", s, s);
    for (int r = 0; r < f->n_vregs; r++)
        fprintf(o, "#define v%d (F->v%d)\n", r, r);
    fputs("\tswitch (g->state) {\n", o);
    for (int k = 1; k <= f->n_resume; k++)
        fprintf(o, "\tcase %d: goto resume_%d;\n", k, k);
    fputs("\tdefault: break;\n\t}\n", o);
    emit_blocks(E, f);
    fputs("}\n#undef line\n", o);
    for (int s = 0; s < f->n_slots; s++)
        fprintf(o, "#undef l%d\n", s);
    for (int r = 0; r < f->n_vregs; r++)
        fprintf(o, "#undef v%d\n", r);
}

static void emit_function(emitter *E, const ir_function *f) {
    FILE *o = E->out;
    E->fn = f;
    if (f->kind == IR_FN_GENERATOR) {
        emit_generator(E, f);
        return;
    }
    bool is_module = f->kind == IR_FN_MODULE;
    if (is_module)
        fprintf(o, "\nObj mpyc_module_init_%d(Obj module) {\n", E->index);
    else
        fprintf(o, "\nstatic Obj m%d_f%d(const Function *self, Obj *params) {\n", E->index, f->index);
    if (is_module) {
        fputs("\tconst Obj *closure = NULL; (void)closure;\n", o);
    } else {
        fputs("\tMPYC_STACK_CHECK();\n", o);
        fputs("\tObj module = self->module;\n", o);
        fputs("\tconst Obj *closure = self->closure ? rt_tuple_items(self->closure) : NULL; (void)closure;\n", o);
    }
    fputs("\tObj globals = rt_module_globals(module); (void)globals;\n", o);
    fprintf(o, "\tuint32_t line = %d;\n", f->line);
    for (int s = 0; s < f->n_slots; s++) {
        if (s < f->n_params && !is_module)
            fprintf(o, "\tObj l%d = params[%d];\n", s, s);
        else
            fprintf(o, "\tObj l%d = 0;\n", s);
    }
    for (int r = 0; r < f->n_vregs; r++)
        fprintf(o, "\t%s v%d;\n", ctype(f->vreg_reps[r]), r);
    emit_blocks(E, f);
    fputs("}\n", o);
}

static void emit_code_info(emitter *E, const ir_function *f) {
    FILE *o = E->out;
    if (f->kind == IR_FN_MODULE)
        return;
    char nm[96];
    fprintf(o, "static const Obj m%d_params%d[] = {", E->index, f->index);
    for (int p = 0; p < f->n_params; p++) {
        int k = -1;
        for (int q = 0; q < E->m->n_consts; q++)
            if (E->m->consts[q].kind == IR_C_NAME && !strcmp(E->m->consts[q].s, f->param_names[p]))
                k = q;
        if (k >= 0)
            name_expr(E, k, nm, sizeof nm);
        else {
            const char *rid = runtime_name_id(f->param_names[p], strlen(f->param_names[p]));
            if (rid)
                snprintf(nm, sizeof nm, "NAME(%s)", rid);
            else
                snprintf(nm, sizeof nm, "RT_OBJ(&mpyc_image_names[%d])",
                         image_name(E->names, f->param_names[p], strlen(f->param_names[p])));
        }
        fprintf(o, "%s%s", p ? ", " : "", nm);
    }
    fprintf(o, "%s};\n", f->n_params ? "" : "0");
    const char *rid = runtime_name_id(f->name, strlen(f->name));
    if (rid)
        snprintf(nm, sizeof nm, "NAME(%s)", rid);
    else
        snprintf(nm, sizeof nm, "RT_OBJ(&mpyc_image_names[%d])", image_name(E->names, f->name, strlen(f->name)));
    char qn[96];
    rid = runtime_name_id(f->qualname, strlen(f->qualname));
    if (rid)
        snprintf(qn, sizeof qn, "NAME(%s)", rid);
    else
        snprintf(qn, sizeof qn, "RT_OBJ(&mpyc_image_names[%d])",
                 image_name(E->names, f->qualname, strlen(f->qualname)));
    fprintf(o, "static const CodeInfo m%d_code%d = {%s, %s, m%d_params%d, %d, %d, %d, %s%s%s0, m%d_f%d, m%d_file};\n",
            E->index, f->index, nm, qn, E->index, f->index, f->n_posonly, f->n_pos, f->n_kwonly,
            f->has_varargs ? "RT_CODE_VARARGS | " : "", f->has_varkw ? "RT_CODE_VARKW | " : "",
            f->kind == IR_FN_GENERATOR ? "RT_CODE_GENERATOR | " : "", E->index,
            f->index, E->index);
}

void cgen_module(FILE *out, const ir_module *m, int index, cgen_names *names) {
    emitter E = {0};
    E.out = out;
    E.m = m;
    E.index = index;
    E.names = names;
    fprintf(out, "/* Generated by mpyc from %s (module %s). */\n", m->file, m->name);
    fputs("#include \"codegen_support.h\"\n\n", out);
    if (!runtime_name_id(m->name, strlen(m->name)))
        image_name(names, m->name, strlen(m->name));
    fprintf(out, "static const char m%d_file[] = ", index);
    c_string(out, m->file, strlen(m->file));
    fputs(";\n", out);
    for (int f = 0; f < m->n_functions; f++) {
        fprintf(out, "static const char m%d_fn%d_name[] = ", index, f);
        const char *n = m->functions[f]->name;
        c_string(out, n, strlen(n));
        fputs(";\n", out);
    }
    emit_const_defs(&E);
    for (int f = 1; f < m->n_functions; f++)
        fprintf(out, "static Obj m%d_f%d(const Function *self, Obj *params);\n", index, f);
    for (int f = 1; f < m->n_functions; f++)
        emit_code_info(&E, m->functions[f]);
    for (int f = 0; f < m->n_functions; f++)
        emit_function(&E, m->functions[f]);
}

/* What the image makes the link keep. A firmware image defines the builtins
 * module with only the builtins the program names (unless it may look one
 * up by a run-time name); the runtime's full table (builtins_table.c) is
 * then not linked. The optional features (float, complex) are anchored by
 * a reference to their type: the runtime itself refers to them only weakly
 * (runtime/optional.h). The host keeps everything, so behaves the same
 * whatever the program names. */
static bool emit_reach(FILE *out, ir_module *const *mods, int n, bool firmware) {
    cgen_reach r;
    cgen_reach_compute(mods, n, runtime_name_text, !firmware, &r);
    for (int c = 0; c < cgen_constructors_count; c++)
        if (r.constructor_used[c])
            fprintf(out, "Obj %s(const Type *t, size_t n_args, size_t n_kw, const Obj *args);\n"
                         "Obj rt_new_%s(const Type *t, size_t n_args, size_t n_kw, const Obj *args) {\n"
                         "\treturn %s(t, n_args, n_kw, args);\n}\n",
                    cgen_constructors[c].impl, cgen_constructors[c].type, cgen_constructors[c].impl);
    if (r.uses_modulo)
        fputs("Obj rt_str_modulo(Obj fmt, Obj args);\nconst void *const mpyc_uses_modulo = (const void *)&rt_str_modulo;\n", out);
#define HOOK(flag, ret, hook, impl, params, args) \
    if (r.flag) \
        fputs(#ret " " #impl #params ";\n" #ret " " #hook #params " {\n\treturn " #impl #args ";\n}\n", out);
#include "hooks.def"
#undef HOOK
    if (r.takes_strings_apart)
        fputs("extern const Str rt_ascii_chars[128];\nconst void *const mpyc_uses_ascii = rt_ascii_chars;\n", out);
    if (r.uses_format)
        fputs("Obj rt_format(Obj value, Obj spec);\nObj rt_str_format_method(size_t n_args, size_t n_kw, const Obj *args);\n"
              "const void *const mpyc_uses_format[2] = {(const void *)&rt_format, (const void *)&rt_str_format_method};\n",
              out);
    for (int b = 0; b < 3; b++)
        if (r.module_used[b])
            fprintf(out, "extern const Module %s;\nconst void *const mpyc_uses_%s = &%s;\n", cgen_builtin_modules[b][1],
                    cgen_builtin_modules[b][0], cgen_builtin_modules[b][1]);
    if (r.makes_classes)
        fputs("const void *const mpyc_makes_classes = (const void *)&rt_build_class;\n", out);
    bool uses_float = r.uses_float;
    if (r.uses_float)
        fputs("const void *const mpyc_uses_float = &type_float;\n", out);
    if (r.uses_complex)
        fputs("const void *const mpyc_uses_complex = &type_complex;\n", out);
    if (!r.all_builtins) {
        fputs("static const AttrEntry mpyc_builtins[] = {\n\t{NAME(__name__), NAME(builtins)},\n", out);
        for (int b = 0; b < cgen_builtins_count; b++)
            if (r.builtin_used[b])
                fprintf(out, "\t{NAME(%s), RT_OBJ(&%s)},\n", cgen_builtins[b].id, cgen_builtins[b].object);
        fputs("\tRT_BUILTIN_CONSTANTS\n};\n", out);
        fputs("const Module rt_module_builtins = {&type_module, NAME(builtins), 0, mpyc_builtins, "
              "sizeof mpyc_builtins / sizeof mpyc_builtins[0]};\n", out);
    }
    /* the stdlib modules it imports, each with the attributes it reaches,
     * instead of stdlib/registry.c's full tables (the host keeps those) */
    int n_stdlib = 0;
    for (int s = 0; s < cgen_stdlib_modules_count && firmware; s++) {
        if (!r.stdlib_used[s])
            continue;
        const cgen_stdlib_module *sm = &cgen_stdlib_modules[s];
        n_stdlib++;
        fprintf(out, "extern const Type %s;\n", sm->type);
        for (int a = 0; a < sm->n; a++)
            if (r.stdlib_attr_used[s][a])
                fprintf(out, "extern const %s %s;\n", sm->attrs[a].ctype, sm->attrs[a].object);
        fprintf(out, "static const AttrEntry mpyc_stdlib_%s_attrs[] = {\n\t{NAME(__name__), NAME(%s)},\n", sm->name,
                sm->name);
        for (int a = 0; a < sm->n; a++)
            if (r.stdlib_attr_used[s][a])
                fprintf(out, "\t{NAME(%s), RT_OBJ(&%s)},\n", sm->attrs[a].id, sm->attrs[a].object);
        fprintf(out, "};\nstatic const Module mpyc_stdlib_%s = {&%s, NAME(%s), 0, mpyc_stdlib_%s_attrs, "
                     "sizeof mpyc_stdlib_%s_attrs / sizeof mpyc_stdlib_%s_attrs[0]};\n",
                sm->name, sm->type, sm->name, sm->name, sm->name, sm->name);
    }
    if (n_stdlib) {
        fputs("const Module *const rt_stdlib_modules[] = {", out);
        for (int s = 0; s < cgen_stdlib_modules_count; s++)
            if (r.stdlib_used[s])
                fprintf(out, "&mpyc_stdlib_%s, ", cgen_stdlib_modules[s].name);
        fprintf(out, "};\nconst size_t rt_stdlib_modules_count = %d;\n", n_stdlib);
    }
    if (!r.all_methods)
        for (int t = 0; t < cgen_method_tables_count; t++) {
            const cgen_method_table *mt = &cgen_method_tables[t];
            for (int e = 0; e < mt->n; e++)
                if (r.method_used[t][e])
                    fprintf(out, "extern const %s %s;\n", mt->entries[e].ctype, mt->entries[e].object);
            /* the entries it links, then a zero entry that ends the table
             * (the type's n_attrs is the full table's) */
            fprintf(out, "const AttrEntry %s[] = {\n", mt->symbol);
            for (int e = 0; e < mt->n; e++)
                if (r.method_used[t][e])
                    fprintf(out, "\t{NAME(%s), RT_OBJ(&%s)},\n", mt->entries[e].id, mt->entries[e].object);
            fputs("\t{0, 0},\n};\n", out);
        }
    fputs("\n", out);
    cgen_reach_free(&r);
    return uses_float;
}

void cgen_image(FILE *out, ir_module *const *mods, int n, const cgen_names *names,
                cgen_image_options *opt) {
    fputs("/* Generated by mpyc: the program image (names, module table, main). */\n", out);
    fputs("#include \"codegen_support.h\"\n#include \"hal.h\"\n", out);
    fputs(opt->firmware ? "\n" : "#include \"hal_host.h\"\n\n", out);
    fprintf(out, "const Str mpyc_image_names[%d] = {\n", names->n ? names->n : 1);
    for (int i = 0; i < names->n; i++) {
        fprintf(out, "\t{&type_str, %" PRIu32 "u, %zu, %d, 1, 0, ", str_hash(names->texts[i], names->lens[i]),
                names->lens[i], is_ascii(names->texts[i], names->lens[i]));
        c_string(out, names->texts[i], names->lens[i]);
        fputs("},\n", out);
    }
    if (!names->n)
        fputs("\t{&type_str, 0, 0, 1, 1, 0, \"\"},\n", out);
    fputs("};\n", out);
    fprintf(out, "const Obj rt_image_names[%d] = {", names->n ? names->n : 1);
    for (int i = 0; i < names->n; i++)
        fprintf(out, "%sRT_OBJ(&mpyc_image_names[%d])", i ? ", " : "", i);
    fprintf(out, "%s};\nconst size_t rt_image_names_count = %d;\n\n", names->n ? "" : "0", names->n);
    opt->uses_float = emit_reach(out, mods, n, opt->firmware);
    for (int i = 0; i < n; i++)
        fprintf(out, "Obj mpyc_module_init_%d(Obj module);\n", i);
    fputs("const ModuleInit rt_image_modules[] = {\n", out);
    for (int i = 0; i < n; i++) {
        const char *name = mods[i]->name;
        const char *rid = runtime_name_id(name, strlen(name));
        int k = -1;
        for (int q = 0; q < names->n; q++)
            if (!strcmp(names->texts[q], name))
                k = q;
        if (rid)
            fprintf(out, "\t{NAME(%s), mpyc_module_init_%d},\n", rid, i);
        else
            fprintf(out, "\t{RT_OBJ(&mpyc_image_names[%d]), mpyc_module_init_%d},\n", k, i);
    }
    fprintf(out, "};\nconst size_t rt_image_modules_count = %d;\n\n", n);
    if (opt->firmware) {
        /* the board's startup calls hal_init() and exits with our status;
         * heap and stack sizes are set at link time */
        fputs("int mpyc_main(void) {\n\trt_init(0);\n", out); /* sys.argv starts empty (sysmod.c) */
        fputs("\tint status = rt_run_main(NAME(__main__));\n\trt_deinit();\n\treturn status;\n}\n", out);
        return;
    }
    fputs("int main(int argc, char **argv) {\n\thal_init();\n", out);
    if (opt->heap_size)
        fprintf(out, "\thal_host_set_heap_size(%zu);\n", opt->heap_size);
    fputs("\trt_init(0);\n\tmpyc_set_argv(argc, argv);\n", out);
    fputs("\tint status = rt_run_main(NAME(__main__));\n\trt_deinit();\n\thal_exit(status);\n}\n", out);
}
