/* The hooks of hooks.def: each weak hook and the implementation an image
 * forwards it to. */
#ifndef MPYC_HOOKS_H
#define MPYC_HOOKS_H
#include "rt.h"

#define HOOK(flag, ret, hook, impl, params, args) \
    ret hook params __attribute__((weak)); \
    ret impl params;
#include "hooks.def"
#undef HOOK

#endif
