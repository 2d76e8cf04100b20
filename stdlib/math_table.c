/* The math module with all its attributes: linked on the host and by a
 * firmware that may name attributes at run time (getattr, dir, ...).
 * Otherwise the firmware image defines rt_module_math with the entries the
 * program names (backend-c/reach.c), and this file is not linked. */
#include "math_names.h"
#include "stdlib_modules.h"

#define MATH_DECL_F(n) extern const BuiltinFunction stdlib_math_##n;
#define MATH_DECL_C(n) extern const Float stdlib_math_##n;
STDLIB_MATH_ATTRS(MATH_DECL_F, MATH_DECL_C)

#define MATH_ENTRY(n) {NAME(n), RT_OBJ(&stdlib_math_##n)},
static const AttrEntry math_attrs[] = {
    {NAME(__name__), NAME(math)},
    STDLIB_MATH_ATTRS(MATH_ENTRY, MATH_ENTRY)
};

const Module rt_module_math = {&type_module, NAME(math), 0, math_attrs, sizeof math_attrs / sizeof math_attrs[0]};
