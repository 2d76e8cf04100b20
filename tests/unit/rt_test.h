/* A tiny harness for the runtime unit tests. */
#ifndef MPYC_RT_TEST_H
#define MPYC_RT_TEST_H
#include <stdio.h>
#include <string.h>
#include "rt.h"
#include "hal_host.h"

static int test_failures, test_checks;

#define CHECK(cond) do { test_checks++; if (!(cond)) { test_failures++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

/* The image hooks, empty for the tests. */
const ModuleInit rt_image_modules[1];
const size_t rt_image_modules_count = 0;
const Obj rt_image_names[1];
const size_t rt_image_names_count = 0;

/* The builtin constructors, which a program image links as the host image
 * does (methods.h: RT_CONSTRUCTORS). */
#include "methods.h"
#define RT_TEST_CONSTRUCTOR(tname, impl) \
    Obj rt_new_##tname(const Type *t, size_t n_args, size_t n_kw, const Obj *args) { \
        return impl(t, n_args, n_kw, args); \
    }
RT_CONSTRUCTORS(RT_TEST_CONSTRUCTOR)

/* The other parts a host image anchors (backend-c/emit_c.c, emit_reach):
 * the hooks it defines (all of hooks.def) and optional files it refers to. */
#define HOOK(flag, ret, hook, impl, params, args) \
    ret impl params; \
    ret hook params { return impl args; }
#include "hooks.def"
#undef HOOK
extern const Str rt_ascii_chars[128];
extern const Module rt_module_sys, rt_module_gc, rt_module_micropython;
Obj rt_str_modulo(Obj fmt, Obj args);
Obj rt_format(Obj value, Obj spec);
Obj rt_str_format_method(size_t n_args, size_t n_kw, const Obj *args);
const void *const rt_test_anchors[] = {
    rt_ascii_chars, &rt_module_sys, &rt_module_gc, &rt_module_micropython, (const void *)&rt_str_modulo,
    (const void *)&rt_format, (const void *)&rt_str_format_method, (const void *)&rt_build_class,
};

/* repr(o) as a C string (static buffer), "<exc>" when it raised. */
static inline const char *repr_c(Obj o) {
    static char buf[4096];
    Obj s = o ? rt_repr(o) : 0;
    if (!s) {
        rt_exc_clear();
        return "<exc>";
    }
    snprintf(buf, sizeof buf, "%.*s", (int)rt_str_len(s), rt_str_data(s));
    return buf;
}

/* The pending exception as "Type: message" (cleared), or "" if none. */
static inline const char *exc_c(void) {
    static char buf[1024];
    Obj e = rt_exc_take();
    if (!e)
        return "";
    Obj s = rt_str(e);
    snprintf(buf, sizeof buf, "%s: %.*s", rt_type_name(type_of(e)), s ? (int)rt_str_len(s) : 0, s ? rt_str_data(s) : "");
    rt_exc_clear();
    return buf;
}

static inline Obj cstr(const char *s) { return rt_str_from_cstr(s); }
static inline Obj name(const char *s) { return rt_str_intern(s, strlen(s)); }

static int test_summary(const char *what) {
    printf("%s: %d checks, %d failures\n", what, test_checks, test_failures);
    return test_failures ? 1 : 0;
}
#endif

/* Stand-ins until the data-types files (bytes.c) are linked: weak, so the
 * real definitions win when present. */
__attribute__((weak)) const Type type_bytes = { .type = &type_type, .name = NAME(bytes), .base = &type_object };
__attribute__((weak)) Obj rt_bytes_new(const void *data, size_t len) {
    Obj s = rt_str_new(data, len);
    if (s)
        ((Str *)s)->type = &type_bytes;
    return s;
}
