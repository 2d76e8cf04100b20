/* Shared declarations of the builtin modules in stdlib/ (time, machine,
 * memorymap): their ROM module objects, the machine types, and a keyword
 * argument parser for builtin functions. Freestanding C11 like runtime/. */
#ifndef MPYC_STDLIB_MODULES_H
#define MPYC_STDLIB_MODULES_H

#include "datatypes.h"

#include "modules.def"

/* The objects modules.def lists (module types and attributes). */
#define STDLIB_DECLARE_ATTR(name, object, ctype, needs) extern const ctype object;
#define STDLIB_DECLARE_MODULE(mod, type, list, needs) extern const Type type; list(STDLIB_DECLARE_ATTR)
STDLIB_MODULES(STDLIB_DECLARE_MODULE)
extern const Type stdlib_type_mem;

/* One parameter of a builtin taking keywords: its name (interned Str) and
 * whether it can only be passed by keyword. */
typedef struct StdlibParam {
    Obj name;
    bool kw_only;
    bool required;
} StdlibParam;

/* Binds args (n_args positional values then n_kw name/value pairs) to the
 * n parameters of `params`: out[i] is the value, or 0 when not passed.
 * TypeErrors (MicroPython's messages) for extra, unknown, duplicate or
 * missing arguments. 0 / -1. */
int stdlib_bind(const char *fn, size_t n_args, size_t n_kw, const Obj *args,
                const StdlibParam *params, size_t n, Obj *out);

/* The low 32 bits of an int of any size (two's complement, as
 * MicroPython's mp_obj_get_int_truncated); TypeError for non-ints. 0 / -1. */
int stdlib_int_low32(Obj o, uint32_t *out);

/* A module or class attribute table entry for an int constant. */
#define STDLIB_INT_ATTR(id, v) { NAME(id), RT_SMALL(v) }

#endif
