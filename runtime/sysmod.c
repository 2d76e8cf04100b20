/* The sys, gc and micropython modules. */
#include "datatypes.h"
#include "hal.h"

/* ---- sys -------------------------------------------------------------------- */

static Obj sys_exit(size_t n, const Obj *args) {
    return rt_raise(rt_exc_new(&type_SystemExit, n, args));
}
static RT_FN_VAR(sys_exit_obj, 0, 1, sys_exit);

static Obj sys_print_exception(size_t n, const Obj *args) {
    Stream *s = &rt_stdout;
    if (n == 2 && type_of(args[1]) == &type_console_file && args[1] == RT_OBJ(&rt_sys_stderr_obj))
        s = &rt_stderr;
    rt_print_exception(s, args[0]);
    return RT_NONE;
}
static RT_FN_VAR(sys_print_exception_obj, 1, 2, sys_print_exception);

static const struct { const Type *type; size_t len; Obj items[3]; } sys_version_info = {
    &type_tuple, 3, { RT_SMALL(3), RT_SMALL(4), RT_SMALL(0) },
};
static const Str sys_version_str = RT_ROM_STR("3.4.0; mpyc", 0);
/* The board build defines both (hal/boards.def); the host is Linux. */
#ifndef MPYC_PLATFORM
#define MPYC_PLATFORM "linux"
#endif
#ifndef MPYC_MACHINE
#define MPYC_MACHINE "mpyc host"
#endif
static const Str sys_platform_str = RT_ROM_STR(MPYC_PLATFORM, 0);

/* sys.implementation: a tuple whose items are also attributes (MicroPython's
 * "attrtuple"; its type is named tuple there too). */
static const Str impl_name_str = RT_ROM_STR("micropython", 0);
static const Str impl_machine_str = RT_ROM_STR(MPYC_MACHINE, 0);
static const struct { const Type *type; size_t len; Obj items[4]; } impl_version = {
    &type_tuple, 4, { RT_SMALL(1), RT_SMALL(26), RT_SMALL(0), NAME(empty) },
};
static const Type type_attrtuple;
static const Obj impl_fields[] = { NAME(name), NAME(version), NAME(_machine) };
enum { IMPL_N_FIELDS = sizeof impl_fields / sizeof impl_fields[0] };
static const struct { const Type *type; size_t len; Obj items[IMPL_N_FIELDS]; } sys_implementation = {
    &type_attrtuple, IMPL_N_FIELDS,
    { RT_OBJ(&impl_name_str), RT_OBJ(&impl_version), RT_OBJ(&impl_machine_str) },
};

static Obj attrtuple_attr(Obj self, Obj name, Obj value) {
    if (value)
        return RT_NO_ATTR;
    for (size_t i = 0; i < IMPL_N_FIELDS; i++)
        if (impl_fields[i] == name)
            return rt_tuple_items(self)[i];
    return RT_NO_ATTR;
}

static int attrtuple_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    if (rt_stream_write(s, "(", 1) < 0)
        return -1;
    for (size_t i = 0; i < IMPL_N_FIELDS; i++)
        if (rt_stream_printf(s, "%s%q=%r", i ? ", " : "", impl_fields[i], rt_tuple_items(self)[i]) < 0)
            return -1;
    return rt_stream_write(s, ")", 1);
}

static const Type type_attrtuple = {
    .type = &type_type, .name = NAME(tuple), .base = &type_tuple,
    .print = attrtuple_print, .unary_op = rt_tuple_unary_op, .binary_op = rt_tuple_binary_op,
    .subscr = rt_tuple_subscr, .getiter = rt_tuple_getiter, .attr = attrtuple_attr,
    .attrs = rt_tuple_attrs, .n_attrs = RT_TUPLE_N_ATTRS,
};

/* sys.path: searched by nothing (every module is frozen into the image), but
 * programs read and extend it; MicroPython's bare-metal default. */
static Obj sys_path(void) {
    if (!rt_state.sys_path) {
        static const Str frozen = RT_ROM_STR(".frozen", 0), lib = RT_ROM_STR("/lib", 0);
        Obj items[] = { NAME(empty), RT_OBJ(&frozen), RT_OBJ(&lib) };
        rt_state.sys_path = rt_list_new(3, items);
    }
    return rt_state.sys_path;
}

static Obj sys_argv(void) {
    if (!rt_state.argv)
        rt_state.argv = rt_list_new(0, NULL);
    return rt_state.argv;
}

static Obj sys_modules(void) {
    if (!rt_state.modules)
        rt_state.modules = rt_dict_new(8);
    return rt_state.modules;
}

static Obj sys_attr(Obj self, Obj name, Obj value) {
    (void)self;
    if (!value && name == NAME(modules))
        return sys_modules();
    if (!value && name == NAME(argv))
        return sys_argv();
    if (name == NAME(path)) {
        if (!value)
            return sys_path();
        if (value == RT_DELETE)
            return RT_NO_ATTR;
        rt_state.sys_path = value;
        return RT_NONE;
    }
    if (!value && name == NAME(maxsize))
        return rt_int_from_intptr(INTPTR_MAX);
    return RT_NO_ATTR;
}
static const Type type_sys_module;

static const AttrEntry sys_attrs[] = {
    { NAME(__name__), NAME(sys) },
    { NAME(exit), RT_OBJ(&sys_exit_obj) },
    { NAME(print_exception), RT_OBJ(&sys_print_exception_obj) },
    { NAME(stdout), RT_OBJ(&rt_sys_stdout_obj) },
    { NAME(stderr), RT_OBJ(&rt_sys_stderr_obj) },
    { NAME(byteorder), NAME(little) },
    { NAME(implementation), RT_OBJ(&sys_implementation) },
    { NAME(version), RT_OBJ(&sys_version_str) },
    { NAME(version_info), RT_OBJ(&sys_version_info) },
    { NAME(platform), RT_OBJ(&sys_platform_str) },
};

static Obj sys_module_attr(Obj self, Obj name, Obj value) {
    Obj r = sys_attr(self, name, value);
    if (r != RT_NO_ATTR || value)
        return r;
    r = rt_attr_table_lookup(sys_attrs, sizeof sys_attrs / sizeof sys_attrs[0], name);
    return r ? r : RT_NO_ATTR;
}

static int sys_module_print(Stream *s, Obj self, PrintKind kind) {
    (void)self;
    (void)kind;
    return rt_stream_puts(s, "<module 'sys'>");
}

static const Type type_sys_module = {
    .type = &type_type, .name = NAME(module), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = sys_module_print, .attr = sys_module_attr,
};

const Module rt_module_sys = {
    &type_sys_module, NAME(sys), 0, sys_attrs, sizeof sys_attrs / sizeof sys_attrs[0],
};

/* ---- gc ---------------------------------------------------------------------- */

static Obj gc_collect(void) { rt_gc_collect(); return RT_NONE; }
static Obj gc_enable(void) { rt_gc_enable(true); return RT_NONE; }
static Obj gc_disable(void) { rt_gc_enable(false); return RT_NONE; }
static Obj gc_isenabled(void) { return rt_bool(rt_gc_is_enabled()); }
static Obj gc_mem_free(void) { return rt_int_from_uintptr(rt_gc_mem_free()); }
static Obj gc_mem_alloc(void) { return rt_int_from_uintptr(rt_gc_mem_alloc()); }
static Obj gc_threshold(size_t n, const Obj *args) {
    if (n == 0)
        return rt_int_from_intptr(rt_gc_threshold());
    intptr_t v;
    if (rt_get_int(args[0], &v) < 0)
        return 0;
    rt_gc_set_threshold(v);
    return RT_NONE;
}
static RT_FN0(gc_collect_obj, gc_collect);
static RT_FN0(gc_enable_obj, gc_enable);
static RT_FN0(gc_disable_obj, gc_disable);
static RT_FN0(gc_isenabled_obj, gc_isenabled);
static RT_FN0(gc_mem_free_obj, gc_mem_free);
static RT_FN0(gc_mem_alloc_obj, gc_mem_alloc);
static RT_FN_VAR(gc_threshold_obj, 0, 1, gc_threshold);

static const AttrEntry gc_attrs[] = {
    { NAME(__name__), NAME(gc) },
    { NAME(collect), RT_OBJ(&gc_collect_obj) },
    { NAME(enable), RT_OBJ(&gc_enable_obj) },
    { NAME(disable), RT_OBJ(&gc_disable_obj) },
    { NAME(isenabled), RT_OBJ(&gc_isenabled_obj) },
    { NAME(mem_free), RT_OBJ(&gc_mem_free_obj) },
    { NAME(mem_alloc), RT_OBJ(&gc_mem_alloc_obj) },
    { NAME(threshold), RT_OBJ(&gc_threshold_obj) },
};

const Module rt_module_gc = {
    &type_module, NAME(gc), 0, gc_attrs, sizeof gc_attrs / sizeof gc_attrs[0],
};

/* ---- micropython ------------------------------------------------------------- */

static Obj mp_mem_info(size_t n, const Obj *args) {
    GcInfo i;
    rt_gc_info(&i);
    rt_stream_printf(&rt_stdout, "mem: total=%zu, current=%zu, peak=%zu\n", i.total, i.used, i.used);
    rt_stream_printf(&rt_stdout, "GC: total: %zu, used: %zu, free: %zu\n", i.total, i.used, i.free);
    rt_stream_printf(&rt_stdout, " No. of 1-blocks: %zu, 2-blocks: %zu, max blk sz: %zu, max free sz: %zu\n",
                     i.blocks_1, i.blocks_2, i.max_block, i.max_free_block / (2 * sizeof(uintptr_t)));
    if (n > 0 && rt_truthy(args[0])) {
        rt_stream_puts(&rt_stdout, "GC memory layout:\n");
        rt_gc_dump_map(&rt_stdout);
    }
    return RT_NONE;
}
static RT_FN_VAR(mp_mem_info_obj, 0, 1, mp_mem_info);

static Obj mp_heap_lock(void) { return small_from(rt_gc_heap_lock() - 1); }
static Obj mp_heap_unlock(void) { return small_from(rt_gc_heap_unlock()); }
static Obj mp_const(Obj x) { return x; }
/* Only recorded: code is compiled ahead of time, so the level changes nothing. */
static intptr_t mp_opt_level_value;
static Obj mp_opt_level(size_t n, const Obj *args) {
    if (n == 0)
        return rt_int_from_intptr(mp_opt_level_value);
    if (rt_get_int(args[0], &mp_opt_level_value) < 0)
        return 0;
    return RT_NONE;
}
static Obj mp_emergency(Obj x) { (void)x; return RT_NONE; }
static RT_FN0(mp_heap_lock_obj, mp_heap_lock);
static RT_FN0(mp_heap_unlock_obj, mp_heap_unlock);
static RT_FN1(mp_const_obj, mp_const);
static RT_FN_VAR(mp_opt_level_obj, 0, 1, mp_opt_level);
static RT_FN1(mp_emergency_obj, mp_emergency);

static const AttrEntry micropython_attrs[] = {
    { NAME(__name__), NAME(micropython) },
    { NAME(mem_info), RT_OBJ(&mp_mem_info_obj) },
    { NAME(heap_lock), RT_OBJ(&mp_heap_lock_obj) },
    { NAME(heap_unlock), RT_OBJ(&mp_heap_unlock_obj) },
    { NAME(const), RT_OBJ(&mp_const_obj) },
    { NAME(opt_level), RT_OBJ(&mp_opt_level_obj) },
    { NAME(alloc_emergency_exception_buf), RT_OBJ(&mp_emergency_obj) },
};

const Module rt_module_micropython = {
    &type_module, NAME(micropython), 0, micropython_attrs, sizeof micropython_attrs / sizeof micropython_attrs[0],
};
