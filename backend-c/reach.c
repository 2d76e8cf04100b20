/* The whole-program reachable set of a firmware image (reach.h). The rules
 * over-approximate: a name anywhere in the program (global, attribute,
 * import) counts as a use, so a builtin is kept when its name appears at
 * all. What cannot be seen statically is documented in runtime/README.md
 * (firmware subset). */
#include "reach.h"

#include <stdlib.h>
#include <string.h>

#include "math_names.h"
#include "methods.h"
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
 * class (or imports a module that may) needs them in these tables. */
static const char *const runtime_called_methods[] = {"keys", "write", "send", "throw", "close"};
#define CGEN_CONSTRUCTOR(tname, impl) {#tname, #impl},
const cgen_constructor cgen_constructors[] = { RT_CONSTRUCTORS(CGEN_CONSTRUCTOR) };
const int cgen_constructors_count = (int)(sizeof cgen_constructors / sizeof cgen_constructors[0]);

const char *const cgen_builtin_modules[CGEN_BUILTIN_MODULES][2] = {
    {"sys", "rt_module_sys"}, {"gc", "rt_module_gc"}, {"micropython", "rt_module_micropython"},
    {"math", "rt_module_math"},
};
#define CGEN_MATH_F(n) {#n, "stdlib_math_" #n, "BuiltinFunction"},
#define CGEN_MATH_C(n) {#n, "stdlib_math_" #n, "Float"},
const cgen_method cgen_math_attrs[] = { STDLIB_MATH_ATTRS(CGEN_MATH_F, CGEN_MATH_C) };
const int cgen_math_attrs_count = (int)(sizeof cgen_math_attrs / sizeof cgen_math_attrs[0]);
/* Names through which the program may apply %. */
static const char *const modulo_names[] = {"__mod__", "__rmod__", "__imod__"};
/* Builtins that never make a str out of another one's characters; naming
 * any other builtin counts as taking strings apart. */
static const char *const str_keeping_builtins[] = {
    "print", "len", "range", "abs", "isinstance", "id", "hash", "bool", "callable", "True", "False", "None",
};
static const char *const or_names[] = {"__or__", "__ror__", "__ior__"};

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
/* Builtin modules that never make floats; importing any other module
 * (time, json, struct, ...) counts as a float use. */
static const char *const floatless_modules[] = {"builtins", "sys", "gc", "micropython", "machine"};

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

void cgen_reach_compute(ir_module *const *mods, int n, const char *(*id_text)(const char *id), bool everything,
                        cgen_reach *r) {
    memset(r, 0, sizeof *r);
    r->builtin_used = calloc((size_t)cgen_builtins_count, sizeof *r->builtin_used);
    for (int t = 0; t < cgen_method_tables_count; t++)
        r->method_used[t] = calloc((size_t)cgen_method_tables[t].n, sizeof *r->method_used[t]);
    bool uses_power = false, imports_other = false, imports_any = false;
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
            if (name_is(k, "format") || name_is(k, "__format__"))
                r->uses_format = true;
            if (name_is(k, "__import__"))
                imports_any = true;
            if (name_is(k, "file"))
                r->print_to_file = true;
            if (name_is(k, "OSError") || name_is(k, "IOError") || name_is(k, "EnvironmentError"))
                r->uses_os_error = true;
            for (int c = 0; c < cgen_constructors_count; c++)
                if (name_is(k, cgen_constructors[c].type) || name_is(k, "__new__"))
                    r->constructor_used[c] = true;
            for (int t = 0; t < cgen_method_tables_count; t++)
                for (int e = 0; e < cgen_method_tables[t].n; e++)
                    if (name_is(k, id_text(cgen_method_tables[t].entries[e].id)))
                        r->method_used[t][e] = true;
            for (int a = 0; a < cgen_math_attrs_count; a++)
                if (name_is(k, id_text(cgen_math_attrs[a].id)))
                    r->math_used[a] = true;
        }
        for (int f = 0; f < mod->n_functions; f++) {
            const ir_function *fn = mod->functions[f];
            for (int v = 0; v < fn->n_vregs; v++)
                if (fn->vreg_reps[v] == IR_REP_FLOAT)
                    r->uses_float = true;
            for (int b = 0; b < fn->n_blocks; b++)
                for (int q = 0; q < fn->blocks[b]->n_instrs; q++) {
                    const ir_instr *i = &fn->blocks[b]->instrs[q];
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
                    case IR_SUBSCR: case IR_GETITER: case IR_UNPACK: case IR_UNPACK_EX: case IR_CALL_METHOD:
                    case IR_LOAD_ATTR: case IR_CALL_EX: case IR_FORMAT: case IR_STR_JOIN:
                        r->takes_strings_apart = true;
                        r->print_to_file |= i->op == IR_CALL_EX;
                        break;
                    default:
                        break;
                    }
                    if (i->op == IR_IMPORT && i->name >= 0) {
                        const ir_const *k = &mod->consts[i->name];
                        size_t top = 0;
                        while (top < k->len && k->s[top] != '.')
                            top++;
                        bool own = false;
                        for (int o = 0; o < n; o++)
                            own |= strlen(mods[o]->name) == k->len && !memcmp(mods[o]->name, k->s, k->len);
                        if (!own && !IN_LIST(k->s, top, floatless_modules))
                            r->uses_float = true;
                        /* math calls nothing by name and makes no classes */
                        imports_other |= !own && !(k->len == 4 && !memcmp(k->s, "math", 4));
                        for (int b = 0; b < CGEN_BUILTIN_MODULES; b++)
                            if (strlen(cgen_builtin_modules[b][0]) == top && !memcmp(cgen_builtin_modules[b][0], k->s, top))
                                r->module_used[b] = true;
                    }
                }
        }
    }
    if (everything) {
        r->all_builtins = r->all_methods = r->uses_float = r->uses_complex = true;
        imports_other = imports_any = true;
    }
    if (r->all_methods || r->all_builtins)
        r->makes_classes = r->uses_modulo = r->uses_format = r->uses_or = imports_any = true;
    if (imports_other || r->makes_classes || r->uses_modulo || r->uses_format)
        r->takes_strings_apart = true;
    if (imports_other || r->makes_classes)
        r->print_to_file = true;
    if (imports_other || r->all_builtins || r->all_methods)
        r->uses_os_error = r->uses_power = true;
    r->uses_power |= uses_power;
    if (imports_other)
        r->uses_modulo = r->uses_format = r->uses_or = r->takes_strings_apart = true;
    if (imports_any)
        for (int b = 0; b < CGEN_BUILTIN_MODULES; b++)
            r->module_used[b] = true;
    /* a class (or a module) reaches the special methods of the tables
     * (__init__, __new__ through super() and type.__call__), the methods the
     * runtime calls by name, and the constructors of its bases */
    if (r->makes_classes || imports_other) {
        for (int t = 0; t < cgen_method_tables_count; t++)
            for (int e = 0; e < cgen_method_tables[t].n; e++) {
                const char *text = id_text(cgen_method_tables[t].entries[e].id);
                if (IN_LIST(text, strlen(text), runtime_called_methods) || !strncmp(text, "__", 2))
                    r->method_used[t][e] = true;
            }
        for (int c = 0; c < cgen_constructors_count; c++)
            r->constructor_used[c] = true;
    }
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
}

_Static_assert(sizeof cgen_math_attrs / sizeof cgen_math_attrs[0] <=
                   sizeof ((cgen_reach *)0)->math_used / sizeof ((cgen_reach *)0)->math_used[0],
               "cgen_reach.math_used needs a slot per math attribute");
_Static_assert(sizeof cgen_constructors / sizeof cgen_constructors[0] <=
                   sizeof ((cgen_reach *)0)->constructor_used / sizeof ((cgen_reach *)0)->constructor_used[0],
               "cgen_reach.constructor_used needs a slot per constructor");
_Static_assert(sizeof cgen_method_tables / sizeof cgen_method_tables[0] <=
                   sizeof ((cgen_reach *)0)->method_used / sizeof ((cgen_reach *)0)->method_used[0],
               "cgen_reach.method_used needs a slot per method table");
