/* The whole-program reachable set of a firmware image (reach.h). The rules
 * over-approximate: a name anywhere in the program (global, attribute,
 * import) counts as a use, so a builtin is kept when its name appears at
 * all. What cannot be seen statically is documented in runtime/README.md
 * (firmware subset). */
#include "reach.h"

#include <stdlib.h>
#include <string.h>

#include "methods.h"
#include "modules.def"
#include "obj.h"

const cgen_builtin cgen_builtins[] = {
#define RT_BUILTIN_IS_FN false
#define RT_BUILTIN_IS_TYPE true
#define BUILTIN(id, object, kind) {#id, #object, RT_BUILTIN_IS_##kind},
#include "builtins.def"
#undef BUILTIN
#define EXC(n) {#n, "type_" #n, true},
    RT_EXCEPTION_TYPES(EXC)
#undef EXC
};
const int cgen_builtins_count = (int)(sizeof cgen_builtins / sizeof cgen_builtins[0]);

#define CGEN_METHOD(name, object, ctype) {#name, #object, #ctype},
#define CGEN_METHOD_ENTRIES(table, list) static const cgen_method table##_entries[] = { list(CGEN_METHOD) };
RT_METHOD_TABLES(CGEN_METHOD_ENTRIES)
#define CGEN_METHOD_TABLE(table, list) \
    {#table, table##_entries, (int)(sizeof table##_entries / sizeof table##_entries[0])},
const cgen_method_table cgen_method_tables[] = { RT_METHOD_TABLES(CGEN_METHOD_TABLE) };
const int cgen_method_tables_count = (int)(sizeof cgen_method_tables / sizeof cgen_method_tables[0]);

/* Names that reach any attribute by a run-time string. */
static const char *const dynamic_attr_names[] = {
    "getattr", "hasattr", "setattr", "delattr", "dir", "vars", "__dict__", "builtins", "__builtins__",
};
/* Methods the runtime itself calls by name (besides special methods): it
 * looks them up on objects of other types than its own (dict.update and
 * `**` take a dict subclass's keys), so only a program that can make such a
 * class needs them in these tables. */
static const char *const runtime_called_methods[] = {"keys", "write", "send", "throw", "close"};
#define CGEN_CONSTRUCTOR(tname, impl) {#tname, #impl},
const cgen_constructor cgen_constructors[] = { RT_CONSTRUCTORS(CGEN_CONSTRUCTOR) };
const int cgen_constructors_count = (int)(sizeof cgen_constructors / sizeof cgen_constructors[0]);

const char *const cgen_builtin_modules[3][2] = {
    {"sys", "rt_module_sys"}, {"gc", "rt_module_gc"}, {"micropython", "rt_module_micropython"},
};
#define CGEN_STDLIB_ATTR(name, object, ctype, needs) {#name, #object, #ctype, needs},
#define CGEN_STDLIB_ATTRS(mod, type, list, needs) \
    static const cgen_stdlib_attr stdlib_##mod##_attrs[] = { list(CGEN_STDLIB_ATTR) };
STDLIB_MODULES(CGEN_STDLIB_ATTRS)
#define CGEN_STDLIB_MODULE(mod, type, list, needs) \
    {#mod, #type, stdlib_##mod##_attrs, (int)(sizeof stdlib_##mod##_attrs / sizeof stdlib_##mod##_attrs[0]), needs},
const cgen_stdlib_module cgen_stdlib_modules[] = { STDLIB_MODULES(CGEN_STDLIB_MODULE) };
const int cgen_stdlib_modules_count = (int)(sizeof cgen_stdlib_modules / sizeof cgen_stdlib_modules[0]);

/* Names through which the program may apply %. */
static const char *const modulo_names[] = {"__mod__", "__rmod__", "__imod__"};
/* Builtins that never make a str out of another one's characters; naming
 * any other builtin counts as taking strings apart. */
static const char *const str_keeping_builtins[] = {
    "print", "len", "range", "abs", "isinstance", "id", "hash", "bool", "callable", "True", "False", "None",
};
static const char *const or_names[] = {"__or__", "__ror__", "__ior__"};
/* Names through which a program subscripts (reversed reads seq[i]). */
static const char *const subscript_names[] = {"__getitem__", "__setitem__", "__delitem__", "reversed"};

/* Names through which a program reaches type(name, bases, dict). */
static const char *const class_making_names[] = {"type", "__class__", "__build_class__"};

static bool name_is(const ir_const *k, const char *s) {
    return k->kind == IR_C_NAME && k->len == strlen(s) && !memcmp(k->s, s, k->len);
}

/* Names whose use means the program can make a float: the float builtins,
 * the float-returning special methods, and modules that work in floats. */
static const char *const float_names[] = {
    "float", "round", "pow", "complex", "math", "cmath", "__float__", "__truediv__",
    "__rtruediv__", "__itruediv__", "__pow__", "__rpow__", "__ipow__",
};
static const char *const complex_names[] = {"complex", "cmath"};

static bool in_list(const char *s, size_t len, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == len && !memcmp(list[i], s, len))
            return true;
    return false;
}
#define IN_LIST(s, len, list) in_list(s, len, list, sizeof list / sizeof list[0])

static bool is_spec_char(char c) {
    return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G' || c == '%';
}

/* A string constant that formats a float even when handed an int:
 * "%.2f" % n, "{:e}".format(n), f"{n:.1f}" (its spec ".1f"). */
static bool formats_float(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '%' || s[i] == ':') {
            size_t j = i + 1;
            while (j < len && strchr("-+ #0123456789.*<>=^,_", s[j]))
                j++;
            if (j < len && is_spec_char(s[j]) && (s[i] == '%' ? s[j] != '%' : true))
                return true;
        }
    }
    /* a bare format spec: ".2f", "e", "08.3%" */
    size_t j = 0;
    while (j < len && strchr("-+ #0123456789.<>=^,_", s[j]))
        j++;
    return len && j == len - 1 && is_spec_char(s[j]);
}

/* The vreg's value as computed last before instruction q of block bl, or
 * NULL when another block computes it. */
static const ir_instr *defined_before(const ir_block *bl, int q, int vreg) {
    while (q-- > 0)
        if (bl->instrs[q].dest == vreg)
            return &bl->instrs[q];
    return NULL;
}

/* Instruction q of bl (a getiter) iterates `range(...)`: no strs (a
 * program that rebinds range to make strs only allocates its one-character
 * strs instead of taking them from the ROM table). */
static bool iterates_range(const ir_module *mod, const ir_block *bl, int q) {
    const ir_instr *call = bl->instrs[q].n_args ? defined_before(bl, q, bl->instrs[q].args[0]) : NULL;
    if (!call || call->op != IR_CALL || call->n_args < 1)
        return false;
    const ir_instr *f = defined_before(bl, (int)(call - bl->instrs), call->args[0]);
    return f && (f->op == IR_LOAD_GLOBAL || f->op == IR_LOAD_NAME) && f->name >= 0 &&
           name_is(&mod->consts[f->name], "range");
}

static bool is_ident_char(char c, bool first) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

/* Keeps every method table entry called s[0:len]. */
static void mark_methods_named(cgen_reach *r, const char *s, size_t len, const char *(*id_text)(const char *)) {
    for (int t = 0; t < cgen_method_tables_count; t++)
        for (int e = 0; e < cgen_method_tables[t].n; e++) {
            const char *text = id_text(cgen_method_tables[t].entries[e].id);
            if (strlen(text) == len && !memcmp(text, s, len))
                r->method_used[t][e] = true;
        }
}

static void mark_methods_named_in_text(cgen_reach *r, const char *s, size_t len, const char *(*id_text)(const char *)) {
    for (size_t i = 0; i < len;) {
        if (!is_ident_char(s[i], true)) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && is_ident_char(s[i], false))
            i++;
        mark_methods_named(r, s + start, i - start, id_text);
    }
}

void cgen_reach_compute(ir_module *const *mods, int n, const char *(*id_text)(const char *id), bool everything,
                        cgen_reach *r) {
    memset(r, 0, sizeof *r);
    r->builtin_used = calloc((size_t)cgen_builtins_count, sizeof *r->builtin_used);
    for (int t = 0; t < cgen_method_tables_count; t++)
        r->method_used[t] = calloc((size_t)cgen_method_tables[t].n, sizeof *r->method_used[t]);
    for (int s = 0; s < cgen_stdlib_modules_count; s++)
        r->stdlib_attr_used[s] = calloc((size_t)cgen_stdlib_modules[s].n, sizeof *r->stdlib_attr_used[s]);
    bool uses_power = false, imports_any = false, import_star = false, names_format = false;
    for (int m = 0; m < n; m++) {
        const ir_module *mod = mods[m];
        for (int c = 0; c < mod->n_consts; c++) {
            const ir_const *k = &mod->consts[c];
            if (k->kind == IR_C_FLOAT)
                r->uses_float = true;
            if (k->kind == IR_C_COMPLEX)
                r->uses_complex = true;
            if (k->kind == IR_C_STR && formats_float(k->s, k->len))
                r->uses_float = true;
            if (k->kind != IR_C_NAME)
                continue;
            if (name_is(k, "builtins") || name_is(k, "__builtins__"))
                r->all_builtins = true;
            if (IN_LIST(k->s, k->len, float_names))
                r->uses_float = true;
            if (IN_LIST(k->s, k->len, complex_names))
                r->uses_complex = true;
            if (name_is(k, "pow") || name_is(k, "__pow__") || name_is(k, "__rpow__") || name_is(k, "__ipow__"))
                uses_power = true;
            for (int b = 0; b < cgen_builtins_count; b++)
                if (name_is(k, id_text(cgen_builtins[b].id))) {
                    r->builtin_used[b] = true;
                    if (!IN_LIST(k->s, k->len, str_keeping_builtins))
                        r->takes_strings_apart = true;
                }
            if (IN_LIST(k->s, k->len, dynamic_attr_names))
                r->all_methods = true;
            if (IN_LIST(k->s, k->len, class_making_names))
                r->makes_classes = true;
            if (IN_LIST(k->s, k->len, modulo_names))
                r->uses_modulo = true;
            if (IN_LIST(k->s, k->len, or_names))
                r->uses_or = true;
            if (IN_LIST(k->s, k->len, subscript_names))
                r->uses_subscript = true;
            if (name_is(k, "format") || name_is(k, "__format__"))
                r->uses_format = true;
            /* str.format's fields name attributes in (maybe run-time) text */
            names_format |= name_is(k, "format");
            if (name_is(k, "__import__"))
                imports_any = true;
            if (name_is(k, "file"))
                r->print_to_file = true;
            if (name_is(k, "OSError") || name_is(k, "IOError") || name_is(k, "EnvironmentError"))
                r->uses_os_error = true;
            for (int c = 0; c < cgen_constructors_count; c++)
                if (name_is(k, cgen_constructors[c].type) || name_is(k, "__new__"))
                    r->constructor_used[c] = true;
            mark_methods_named(r, k->s, k->len, id_text);
        }
        for (int f = 0; f < mod->n_functions; f++) {
            const ir_function *fn = mod->functions[f];
            for (int v = 0; v < fn->n_vregs; v++)
                if (fn->vreg_reps[v] == IR_REP_FLOAT)
                    r->uses_float = true;
            for (int b = 0; b < fn->n_blocks; b++)
                for (int q = 0; q < fn->blocks[b]->n_instrs; q++) {
                    const ir_instr *i = &fn->blocks[b]->instrs[q];
                    import_star |= i->op == IR_IMPORT_STAR;
                    if (i->op == IR_BINOP || i->op == IR_INPLACE) {
                        int op = (int)i->imm;
                        if (op == RT_BINOP_TRUE_DIVIDE || op == RT_BINOP_INPLACE_TRUE_DIVIDE)
                            r->uses_float = true;
                        if (op == RT_BINOP_POWER || op == RT_BINOP_INPLACE_POWER)
                            r->uses_float = uses_power = true;
                        if (op == RT_BINOP_MODULO || op == RT_BINOP_INPLACE_MODULO)
                            r->uses_modulo = true;
                        if (op == RT_BINOP_OR || op == RT_BINOP_INPLACE_OR)
                            r->uses_or = true;
                    }
                    if (i->op == IR_BUILD_CLASS)
                        r->makes_classes = true;
                    if (i->op == IR_FORMAT)
                        r->uses_format = true;
                    switch (i->op) {
                    case IR_STORE_SUBSCR: case IR_DEL_SUBSCR:
                        r->uses_subscript = true;
                        break;
                    case IR_SUBSCR: case IR_UNPACK: case IR_UNPACK_EX: case IR_CALL_EX:
                        r->uses_subscript |= i->op == IR_SUBSCR;
                        r->takes_strings_apart = true;
                        r->print_to_file |= i->op == IR_CALL_EX;
                        break;
                    case IR_GETITER:
                        r->takes_strings_apart |= !iterates_range(mod, fn->blocks[b], q);
                        break;
                    default:
                        break;
                    }
                    if (i->op == IR_IMPORT && i->name >= 0) {
                        const ir_const *k = &mod->consts[i->name];
                        size_t top = 0;
                        while (top < k->len && k->s[top] != '.')
                            top++;
                        /* the runtime finds builtin and stdlib modules
                         * before the program's own (rt_import) */
                        for (int s = 0; s < cgen_stdlib_modules_count; s++) {
                            const char *text = id_text(cgen_stdlib_modules[s].name);
                            if (strlen(text) == top && !memcmp(text, k->s, top))
                                r->stdlib_used[s] = true;
                        }
                        for (int b = 0; b < 3; b++)
                            if (strlen(cgen_builtin_modules[b][0]) == top && !memcmp(cgen_builtin_modules[b][0], k->s, top))
                                r->module_used[b] = true;
                    }
                }
        }
    }
    /* "{0.upper}".format(s) looks a method up by a name in text: with
     * str.format in the program, every identifier in its string constants
     * counts as named (a format string built at run time is made of them) */
    if (names_format)
        for (int m = 0; m < n; m++)
            for (int c = 0; c < mods[m]->n_consts; c++)
                if (mods[m]->consts[c].kind == IR_C_STR)
                    mark_methods_named_in_text(r, mods[m]->consts[c].s, mods[m]->consts[c].len, id_text);
    if (everything)
        r->all_builtins = r->all_methods = r->uses_float = r->uses_complex = true;
    if (r->all_methods || r->all_builtins)
        r->makes_classes = r->uses_modulo = r->uses_format = r->uses_or = imports_any = true;
    /* stdlib modules: the ones imported (all, when the name may be made at
     * run time), each with the attributes whose names the program has, or
     * all of them when it may name one at run time (getattr, dir, import *,
     * str.format's "{0.name}"); then what those need (modules.def). The
     * C code of a stdlib part calls no Python code and makes no objects
     * other than its own, ints, strs, bytes, tuples and exceptions; what
     * it reaches beyond its own references is its declared needs. */
    bool all_attrs = r->all_methods || imports_any || import_star || names_format;
    for (int s = 0; s < cgen_stdlib_modules_count; s++) {
        const cgen_stdlib_module *sm = &cgen_stdlib_modules[s];
        r->stdlib_used[s] |= imports_any;
        if (!r->stdlib_used[s])
            continue;
        unsigned needs = sm->needs;
        for (int a = 0; a < sm->n; a++) {
            const char *text = id_text(sm->attrs[a].id);
            bool *used = &r->stdlib_attr_used[s][a];
            for (int m = 0; m < n && !*used; m++)
                for (int c = 0; c < mods[m]->n_consts && !*used; c++)
                    *used = name_is(&mods[m]->consts[c], text);
            *used |= all_attrs || IN_LIST(text, strlen(text), runtime_called_methods) || !strncmp(text, "__", 2);
            if (*used)
                needs |= sm->attrs[a].needs;
        }
#define CGEN_APPLY_NEEDS(flag) r->flag |= (needs & NEEDS(flag)) != 0;
        CGEN_NEEDS_FLAGS(CGEN_APPLY_NEEDS)
#undef CGEN_APPLY_NEEDS
    }
    if (r->makes_classes)
        r->takes_strings_apart = true;
    /* a class subscripts its native base; %(name)s and "{0[k]}" subscript */
    if (r->makes_classes || r->uses_modulo || r->uses_format)
        r->uses_subscript = true;
    if (r->makes_classes)
        r->print_to_file = true;
    if (r->all_builtins || r->all_methods)
        r->uses_os_error = r->uses_power = true;
    r->uses_power |= uses_power;
    if (imports_any)
        for (int b = 0; b < 3; b++)
            r->module_used[b] = true;
    /* a class reaches the special methods of the tables (__init__, __new__
     * through super() and type.__call__), the methods the runtime calls by
     * name, and the constructors of its bases */
    if (r->makes_classes) {
        for (int t = 0; t < cgen_method_tables_count; t++)
            for (int e = 0; e < cgen_method_tables[t].n; e++) {
                const char *text = id_text(cgen_method_tables[t].entries[e].id);
                if (IN_LIST(text, strlen(text), runtime_called_methods) || !strncmp(text, "__", 2))
                    r->method_used[t][e] = true;
            }
        for (int c = 0; c < cgen_constructors_count; c++)
            r->constructor_used[c] = true;
    }
    /* str's methods make one-character strs (split, strip, ...) */
    for (int t = 0; t < cgen_method_tables_count; t++)
        for (int e = 0; e < cgen_method_tables[t].n && !strcmp(cgen_method_tables[t].symbol, "rt_str_attrs"); e++)
            r->takes_strings_apart |= r->all_methods || r->method_used[t][e];
    /* a negative number to a fractional power is complex */
    if (r->uses_float && uses_power)
        r->uses_complex = true;
    if (r->uses_complex)
        r->uses_float = true;
    /* float formatting and round() compute powers of ten with int ** */
    if (r->uses_float)
        r->uses_power = true;
}

void cgen_reach_free(cgen_reach *r) {
    free(r->builtin_used);
    r->builtin_used = NULL;
    for (int t = 0; t < cgen_method_tables_count; t++) {
        free(r->method_used[t]);
        r->method_used[t] = NULL;
    }
    for (int s = 0; s < cgen_stdlib_modules_count; s++) {
        free(r->stdlib_attr_used[s]);
        r->stdlib_attr_used[s] = NULL;
    }
}

_Static_assert(sizeof cgen_constructors / sizeof cgen_constructors[0] <=
                   sizeof ((cgen_reach *)0)->constructor_used / sizeof ((cgen_reach *)0)->constructor_used[0],
               "cgen_reach.constructor_used needs a slot per constructor");
_Static_assert(sizeof cgen_method_tables / sizeof cgen_method_tables[0] <=
                   sizeof ((cgen_reach *)0)->method_used / sizeof ((cgen_reach *)0)->method_used[0],
               "cgen_reach.method_used needs a slot per method table");
_Static_assert(sizeof cgen_stdlib_modules / sizeof cgen_stdlib_modules[0] <=
                   sizeof ((cgen_reach *)0)->stdlib_used / sizeof ((cgen_reach *)0)->stdlib_used[0],
               "cgen_reach.stdlib_used needs a slot per stdlib module");
