/* The table of stdlib modules that runtime/module.c's import consults (a
 * weak reference there: linking this file is what makes them importable). */
#include "stdlib_modules.h"

const Module *const rt_stdlib_modules[] = {
    &stdlib_module_time,
    &stdlib_module_machine,
    &stdlib_module_memorymap,
};
const size_t rt_stdlib_modules_count = sizeof rt_stdlib_modules / sizeof rt_stdlib_modules[0];
