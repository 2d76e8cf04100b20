/* Modules: module objects, import over the image's module table and the
 * builtin modules, global-variable access, the builtins namespace. */
#include "rt_internal.h"

static int module_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<module '%q'>", ((const Module *)self)->name);
}

static Obj module_attr(Obj self, Obj name, Obj value) {
    Module *m = (Module *)self;
    if (!m->globals) {
        if (value)
            return rt_raise_msg(&type_AttributeError, "can't set attribute");
        if (name == NAME(__name__))
            return m->name;
        Obj v = rt_attr_table_lookup(m->attrs, m->n_attrs, name);
        return v ? v : RT_NO_ATTR;
    }
    if (value == RT_DELETE) {
        if (!rt_dict_remove(m->globals, name))
            return rt_exc_pending() ? 0 : RT_NO_ATTR;
        return RT_NONE;
    }
    if (value)
        return rt_dict_set(m->globals, name, value) < 0 ? 0 : RT_NONE;
    if (name == NAME(__dict__))
        return m->globals;
    Obj v = rt_dict_get(m->globals, name);
    return v ? v : RT_NO_ATTR;
}

const Type type_module = {
    .type = &type_type, .name = NAME(module), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = module_print, .attr = module_attr,
};

Obj rt_module_new(Obj name) {
    Module *m = rt_alloc_obj(&type_module, sizeof(Module));
    if (!m)
        return 0;
    m->name = name;
    m->globals = rt_dict_new(8);
    if (m->globals)
        ((Dict *)m->globals)->is_globals = 1;
    if (!m->globals || rt_dict_set(m->globals, NAME(__name__), name) < 0)
        return 0;
    return RT_OBJ(m);
}

/* sys, gc and micropython are linked only when the program imports them
 * (the image anchors them: backend-c/reach.c); a missing one is not found. */
extern const Module rt_module_sys, rt_module_gc, rt_module_micropython;
#pragma weak rt_module_sys
#pragma weak rt_module_gc
#pragma weak rt_module_micropython
static const Module *const builtin_modules[] = {
    &rt_module_builtins, &rt_module_sys, &rt_module_gc, &rt_module_micropython,
};

extern const Module *const rt_stdlib_modules[] __attribute__((weak));
extern const size_t rt_stdlib_modules_count __attribute__((weak));

Obj rt_import(Obj name) {
    if (!rt_state.modules && !(rt_state.modules = rt_dict_new(8)))
        return 0;
    Obj m = rt_dict_get(rt_state.modules, name);
    if (m)
        return m;
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (builtin_modules[i] && rt_str_equal(builtin_modules[i]->name, name))
            return RT_OBJ(builtin_modules[i]);
    /* stdlib/ modules (time, machine, ...): a weak table, present when the
     * stdlib's registry is linked (stdlib/README.md). */
    if (&rt_stdlib_modules_count)
        for (size_t i = 0; i < rt_stdlib_modules_count; i++)
            if (rt_str_equal(rt_stdlib_modules[i]->name, name))
                return RT_OBJ(rt_stdlib_modules[i]);
    for (size_t i = 0; i < rt_image_modules_count; i++) {
        const ModuleInit *mi = &rt_image_modules[i];
        if (!rt_str_equal(mi->name, name))
            continue;
        m = rt_module_new(mi->name);
        if (!m || rt_dict_set(rt_state.modules, mi->name, m) < 0)
            return 0;
        if (!mi->init(m)) {
            rt_dict_remove(rt_state.modules, mi->name);
            return 0;
        }
        return m;
    }
    return rt_raise_fmt(&type_ImportError, "no module named '%q'", name);
}

Obj rt_import_from(Obj module, Obj name) {
    Obj v = rt_load_attr_default(module, name, 0);
    if (!v && !rt_exc_pending())
        return rt_raise_fmt(&type_ImportError, "cannot import name %q", name);
    return v;
}

Obj rt_builtin_lookup(Obj name) {
    return rt_attr_table_lookup(rt_module_builtins.attrs, rt_module_builtins.n_attrs, name);
}

Obj rt_global_load(Obj globals, Obj name) {
    Obj v = rt_dict_get(globals, name);
    if (v)
        return v;
    if (rt_exc_pending())
        return 0;
    v = rt_builtin_lookup(name);
    return v ? v : rt_raise_name_error(name);
}

int rt_global_store(Obj globals, Obj name, Obj value) {
    return rt_dict_set(globals, name, value);
}

int rt_global_delete(Obj globals, Obj name) {
    if (rt_dict_remove(globals, name))
        return 0;
    if (!rt_exc_pending())
        rt_raise_name_error(name);
    return -1;
}
