/* What a whole program reaches, for a firmware image that links only that:
 * the builtins its code names and the optional runtime features (float,
 * complex) it can make values of. Host images keep everything. */
#ifndef MPYC_BACKEND_C_REACH_H
#define MPYC_BACKEND_C_REACH_H

#include <stdbool.h>

#include "ir.h"

/* One entry of the builtins namespace (runtime/builtins.def plus the
 * exception types): names.def id, C object, and whether it is a Type. */
typedef struct cgen_builtin {
    const char *id, *object;
    bool is_type;
} cgen_builtin;
extern const cgen_builtin cgen_builtins[];
extern const int cgen_builtins_count;

/* The method tables of runtime/methods.h: each entry's names.def id, C
 * object and its C type. */
typedef struct cgen_method {
    const char *id, *object, *ctype;
} cgen_method;
typedef struct cgen_method_table {
    const char *symbol;
    const cgen_method *entries;
    int n;
} cgen_method_table;
extern const cgen_method_table cgen_method_tables[];
extern const int cgen_method_tables_count;

typedef struct cgen_reach {
    /* the program may look a builtin up by a name known only at run time
     * (`import builtins`): the image keeps the whole namespace */
    bool all_builtins;
    bool uses_float, uses_complex;
    bool *builtin_used;     /* per cgen_builtins entry; free with cgen_reach_free */
    /* the program may name an attribute at run time (getattr, hasattr,
     * setattr, delattr, dir, vars, __dict__, builtins): full method tables */
    bool all_methods;
    bool *method_used[8];   /* per cgen_method_tables entry, per method */
    /* the program can make a class: a class statement, or it names type or
     * __class__ (type(name, bases, dict)), or attributes at run time */
    bool makes_classes;
    /* the program can apply % (an operator, __mod__, ...) */
    bool uses_modulo;
    /* it can subscript str, tuple or dict (an operator, __getitem__, ...,
     * reversed, % and format with mappings, a class) */
    bool uses_subscript;
    /* it can apply | (an operator, __or__, ...: dict | dict) */
    bool uses_or;
    /* it can take strings apart (one-character strs: runtime/str_ascii.c) */
    bool takes_strings_apart;
    /* it can pass print a file= (names file, or calls with **kwargs) */
    bool print_to_file;
    /* it can make an OSError (names it, or a stdlib part raises one) */
    bool uses_os_error;
    /* it can apply ** to ints (the operator, pow, __pow__, a module) */
    bool uses_power;
    /* it can format (f-strings, format(), str.format: str_format.c) */
    bool uses_format;
    /* builtin modules it imports: sys, gc, micropython (cgen_builtin_modules) */
    bool module_used[3];
    bool constructor_used[8];   /* per cgen_constructors entry */
    /* stdlib modules it imports (per cgen_stdlib_modules entry) and, of
     * each, the attributes it can reach (per attribute; free with
     * cgen_reach_free) */
    bool stdlib_used[16];
    bool *stdlib_attr_used[16];
} cgen_reach;

/* The flags a stdlib module or attribute may declare it needs
 * (stdlib/modules.def: NEEDS(flag) | ...): it reaches that runtime part
 * through a weak reference or hook. */
#define CGEN_NEEDS_FLAGS(F) \
    F(uses_float) F(uses_complex) F(makes_classes) F(uses_modulo) F(uses_or) F(takes_strings_apart) \
    F(print_to_file) F(uses_os_error) F(uses_power) F(uses_format) F(uses_subscript)
enum {
#define CGEN_NEEDS_BIT(flag) CGEN_NEEDS_BIT_##flag,
    CGEN_NEEDS_FLAGS(CGEN_NEEDS_BIT)
#undef CGEN_NEEDS_BIT
};
#define NEEDS(flag) (1u << CGEN_NEEDS_BIT_##flag)

/* The stdlib of stdlib/modules.def: each module's name, the C type of its
 * module object, its attributes (names.def id, C object, C type) and what
 * each needs. */
typedef struct cgen_stdlib_attr {
    const char *id, *object, *ctype;
    unsigned needs;
} cgen_stdlib_attr;
typedef struct cgen_stdlib_module {
    const char *name, *type;
    const cgen_stdlib_attr *attrs;
    int n;
    unsigned needs;
} cgen_stdlib_module;
extern const cgen_stdlib_module cgen_stdlib_modules[];
extern const int cgen_stdlib_modules_count;

/* The constructors of runtime/methods.h (RT_CONSTRUCTORS): the type's
 * name and the C function the image's hook rt_new_<type> calls. */
typedef struct cgen_constructor {
    const char *type, *impl;
} cgen_constructor;
extern const cgen_constructor cgen_constructors[];
extern const int cgen_constructors_count;

/* The builtin modules a firmware links only when imported: name, C object. */
extern const char *const cgen_builtin_modules[3][2];

/* id_text maps a names.def id to its text (e.g. bool_ -> "bool"). */
/* everything: the program may reach anything (the host image), which the
 * rules then spread to every flag. */
void cgen_reach_compute(ir_module *const *mods, int n, const char *(*id_text)(const char *id), bool everything,
                        cgen_reach *r);
void cgen_reach_free(cgen_reach *r);

#endif
