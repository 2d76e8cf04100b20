/* The singletons (None, True, False, ...), the interned-name table from
 * names.def, and small freestanding helpers. */
#include "rt.h"

#undef NAME
#ifdef RT_NAMES_GATHERED_BY_LINKER
#define NAME_SECTION(id) __attribute__((section(".rodata.rt_name." #id)))
#else
#define NAME_SECTION(id)
#endif
/* Each name's text is its own array (its own section under
 * -fdata-sections): string literals in data initializers would all share
 * one section per file, which a firmware link keeps whole. */
#define NAME_TEXT(id, text) \
    static const char rt_name_text_##id[] = text; \
    const Str rt_name_##id NAME_SECTION(id) = \
        { &type_str, RT_STR_HASH_LITERAL(text), sizeof(text) - 1, 1, 1, 0, rt_name_text_##id };
#define NAME(id) NAME_TEXT(id, #id)
#define NAME_STR(id, text) NAME_TEXT(id, text)
#include "names.def"
#undef NAME
#undef NAME_STR

#ifndef RT_NAMES_GATHERED_BY_LINKER
const Str *const rt_names_all[] = {
#define NAME(id) &rt_name_##id,
#define NAME_STR(id, text) &rt_name_##id,
#include "names.def"
#undef NAME
#undef NAME_STR
};
const size_t rt_names_all_count = sizeof rt_names_all / sizeof rt_names_all[0];
#endif

/* A name longer than 32 bytes would get a wrong precomputed hash. */
#define NAME(id) _Static_assert(sizeof(#id) <= 33, "name too long: " #id);
#define NAME_STR(id, text) _Static_assert(sizeof(text) <= 33, "name too long: " text);
#include "names.def"
#undef NAME
#undef NAME_STR
#define NAME(id) RT_OBJ(&rt_name_##id)

const ObjBase rt_none_obj = { &type_none };
const ObjBase rt_ellipsis_obj = { &type_ellipsis };
const ObjBase rt_not_implemented_obj = { &type_not_implemented };
const BoolObj rt_true_obj = { &type_bool, 1 };
const BoolObj rt_false_obj = { &type_bool, 0 };
const ObjBase rt_delete_marker = { &type_marker };
const ObjBase rt_no_attr_marker = { &type_marker };
const ObjBase rt_stop_marker = { &type_marker };

const char *rt_type_name(const Type *t) {
    return rt_str_data(t->name);
}

void rt_memcpy(void *dst, const void *src, size_t n) {
    if (n)
        __builtin_memcpy(dst, src, n);
}

void rt_memset(void *dst, int c, size_t n) {
    if (n)
        __builtin_memset(dst, c, n);
}

int rt_memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++)
        if (p[i] != q[i])
            return p[i] < q[i] ? -1 : 1;
    return 0;
}

size_t rt_strlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}
