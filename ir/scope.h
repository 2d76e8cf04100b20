/* Scope analysis: which names are local, global, nonlocal, cell or free in
 * every module, class, function, lambda and comprehension scope. Class
 * bodies and comprehensions are "inlined" into the function that hosts them
 * (their code runs in that function's IR), so their variables get slots in
 * the host; functions, lambdas and the module body are hosts themselves. */
#ifndef MPYC_IR_SCOPE_H
#define MPYC_IR_SCOPE_H

#include "ir.h"

typedef enum { SC_MODULE, SC_FUNCTION, SC_LAMBDA, SC_CLASS, SC_COMP } sc_kind;

enum {
    SYM_LOCAL = 1 << 0,     /* bound here (assignment, def, import, param, for target) */
    SYM_PARAM = 1 << 1,
    SYM_GLOBAL = 1 << 2,    /* declared global */
    SYM_NONLOCAL = 1 << 3,  /* declared nonlocal */
    SYM_USED = 1 << 4,
    SYM_CELL = 1 << 5,      /* captured by an inner function */
};

typedef struct sc_sym {
    const char *name;
    unsigned flags;
    int slot;               /* slot in the host function, or -1 */
} sc_sym;

typedef struct scope scope;
struct scope {
    sc_kind kind;
    scope *parent;
    scope *host;            /* self for module/function/lambda */
    const void *node;       /* the AST node that opens it (NULL: module) */
    int n_syms, sym_cap;
    sc_sym *syms;
    int n_frees, free_cap;  /* hosts: closure names, in closure order */
    const char **frees;
    int n_slots;            /* hosts: slot count */
    int slot_cap;
    const char **slot_names;
    bool is_generator, is_async, has_class_cell, uses_super;
    bool is_genexp;         /* a generator expression: a lambda-like host whose
                               parameter ".0" is the first iterator */
    int line, col;
    ir_error *err;
};

typedef enum { B_LOCAL, B_CELL, B_FREE, B_GLOBAL, B_NAME } bind_kind;
typedef struct binding {
    bind_kind kind;
    int index;              /* slot (LOCAL, CELL) or closure index (FREE) */
} binding;

typedef struct scope_table {
    mp_arena *arena;
    int n, cap;
    scope **scopes;
    ir_error *err;
} scope_table;

/* Builds and resolves every scope of a module; false on error (err set). */
bool scope_analyse(scope_table *t, mp_arena *arena, const mp_module *m, ir_error *err);
scope *scope_of(const scope_table *t, const void *node);
/* How `name`, used in scope s, is reached. */
binding scope_resolve(scope *s, const char *name);
/* How the host of `s` reaches the cell of free variable `name` of a child
 * function defined in s (CELL slot or FREE index). */
binding scope_closure_cell(scope *s, const char *name);
sc_sym *scope_lookup(scope *s, const char *name);
/* A fresh hidden slot in the host of s. */
int scope_new_slot(scope *s, const char *name);

#endif
