/* The builtins module with every builtin of builtins.def. Linked only when
 * the image does not define rt_module_builtins itself: the host, and
 * firmware images that may look builtins up by a name only known at run
 * time (backend-c/reach.c decides). Keep this file to that one symbol. */
#include "datatypes.h"

#define BUILTIN(id, object, kind) { NAME(id), RT_OBJ(&object) },
#define EXC_ENTRY(n) { NAME(n), RT_OBJ(&type_##n) },
static const AttrEntry all_builtins[] = {
    { NAME(__name__), NAME(builtins) },
#include "builtins.def"
    RT_EXCEPTION_TYPES(EXC_ENTRY)
    RT_BUILTIN_CONSTANTS
};

const Module rt_module_builtins = {
    &type_module, NAME(builtins), 0, all_builtins, sizeof all_builtins / sizeof all_builtins[0],
};
