/* The full stdlib: every module of modules.def with all its attributes, and
 * the table that runtime/module.c's import consults (a weak reference
 * there: linking this file is what makes them importable). The host and
 * the C tests link it (-u rt_stdlib_modules_count); a firmware image
 * defines the same symbols itself with only what the program reaches
 * (backend-c/reach.c), and then this file is not linked. Keep this file to
 * these tables. */
#include "stdlib_modules.h"

#define STDLIB_ENTRY(name, object, ctype, needs) { NAME(name), RT_OBJ(&object) },
#define STDLIB_MODULE(mod, type, list, needs) \
    static const AttrEntry stdlib_##mod##_attrs[] = { { NAME(__name__), NAME(mod) }, list(STDLIB_ENTRY) }; \
    const Module stdlib_module_##mod = { \
        &type, NAME(mod), 0, stdlib_##mod##_attrs, sizeof stdlib_##mod##_attrs / sizeof stdlib_##mod##_attrs[0], \
    };
STDLIB_MODULES(STDLIB_MODULE)

#define STDLIB_MODULE_REF(mod, type, list, needs) &stdlib_module_##mod,
const Module *const rt_stdlib_modules[] = { STDLIB_MODULES(STDLIB_MODULE_REF) };
const size_t rt_stdlib_modules_count = sizeof rt_stdlib_modules / sizeof rt_stdlib_modules[0];
