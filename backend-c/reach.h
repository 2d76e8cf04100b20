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

/* The builtin modules a firmware links only when imported: name, C object;
 * the last is math, whose table the image defines (cgen_math_attrs). */
#define CGEN_BUILTIN_MODULES 4
#define CGEN_MODULE_MATH 3
extern const char *const cgen_builtin_modules[CGEN_BUILTIN_MODULES][2];
/* The attributes of stdlib/'s math module (stdlib/math_names.h): names.def
 * id, C object, C type. */
extern const cgen_method cgen_math_attrs[];
extern const int cgen_math_attrs_count;

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
    /* the program can apply % (an operator, __mod__, or a module that may) */
    bool uses_modulo;
    /* it can apply | (an operator, __or__, ...: dict | dict) */
    bool uses_or;
    /* it can take strings apart (one-character strs: runtime/str_ascii.c) */
    bool takes_strings_apart;
    /* it can pass print a file= (names file, or calls with **kwargs) */
    bool print_to_file;
    /* it can make an OSError (names it, imports a module) */
    bool uses_os_error;
    /* it can apply ** to ints (the operator, pow, __pow__, a module) */
    bool uses_power;
    /* it can format (f-strings, format(), str.format: str_format.c) */
    bool uses_format;
    /* builtin modules it imports: sys, gc, micropython, math (cgen_builtin_modules) */
    bool module_used[CGEN_BUILTIN_MODULES];
    /* the math attributes it names (cgen_math_attrs; all of them with
     * all_methods) */
    bool math_used[64];
    bool constructor_used[8];   /* per cgen_constructors entry */
} cgen_reach;

/* The constructors of runtime/methods.h (RT_CONSTRUCTORS): the type's
 * name and the C function the image's hook rt_new_<type> calls. */
typedef struct cgen_constructor {
    const char *type, *impl;
} cgen_constructor;
extern const cgen_constructor cgen_constructors[];
extern const int cgen_constructors_count;


/* id_text maps a names.def id to its text (e.g. bool_ -> "bool"). */
/* everything: the program may reach anything (the host image), which the
 * rules then spread to every flag. */
void cgen_reach_compute(ir_module *const *mods, int n, const char *(*id_text)(const char *id), bool everything,
                        cgen_reach *r);
void cgen_reach_free(cgen_reach *r);

#endif
