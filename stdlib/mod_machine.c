/* The machine module: memory access objects, reset, freq, unique_id, idle,
 * IRQ state, and Pin (machine_pin.c) on boards with GPIO. */
#include "hal.h"
#include "stdlib_modules.h"

static Obj machine_reset(void) { hal_reset(); }

/* MicroPython unwinds the program with SystemExit; here that ends it. */
static Obj machine_soft_reset(void) { return rt_raise(RT_OBJ(&type_SystemExit)); }

static Obj machine_freq(size_t n, const Obj *args) {
    if (n == 0)
        return rt_int_from_uintptr(hal_cpu_freq());
    long long hz;
    if (rt_int_to_ll(args[0], &hz) < 0)
        return 0;
    if (hz <= 0 || hz > 0xFFFFFFFFll || !hal_set_cpu_freq((uint32_t)hz))
        return rt_raise_value_error("frequency not supported");
    return RT_NONE;
}

static Obj machine_unique_id(void) {
    uint8_t id[16];
    size_t n = hal_unique_id(id, sizeof id);
    return rt_bytes_new(id, n > sizeof id ? sizeof id : n);
}

/* Nothing runs in the background yet, so idling is only a yield point. */
static Obj machine_idle(void) { return RT_NONE; }

/* The runtime takes no interrupts of its own: the state is an opaque 0. */
static Obj machine_disable_irq(void) { return RT_SMALL(0); }
static Obj machine_enable_irq(size_t n, const Obj *args) {
    (void)n, (void)args;
    return RT_NONE;
}

RT_FN0(stdlib_machine_reset_obj, machine_reset);
RT_FN0(stdlib_machine_soft_reset_obj, machine_soft_reset);
RT_FN_VAR(stdlib_machine_freq_obj, 0, 1, machine_freq);
RT_FN0(stdlib_machine_unique_id_obj, machine_unique_id);
RT_FN0(stdlib_machine_idle_obj, machine_idle);
RT_FN0(stdlib_machine_disable_irq_obj, machine_disable_irq);
RT_FN_VAR(stdlib_machine_enable_irq_obj, 0, 1, machine_enable_irq);

/* Pin only where the board has GPIO: elsewhere `machine.Pin` is an
 * AttributeError (the table lookup skips it). */
static Obj machine_module_attr(Obj self, Obj name, Obj value) {
    if (value)
        return rt_raise_msg(&type_AttributeError, "can't set attribute");
    if (name == NAME(__name__))
        return NAME(machine);
    if (name == NAME(Pin) && hal_gpio_count() == 0)
        return RT_NO_ATTR;
    const Module *m = (const Module *)self;
    Obj v = rt_attr_table_lookup(m->attrs, m->n_attrs, name);
    return v ? v : RT_NO_ATTR;
}

static int machine_module_print(Stream *s, Obj self, PrintKind kind) {
    (void)self, (void)kind;
    return rt_stream_puts(s, "<module 'machine'>");
}

/* The machine module object itself is modules.def's (registry.c, or the
 * firmware image with only the attributes the program names). */
const Type stdlib_type_machine_module = {
    .type = &type_type, .name = NAME(module), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = machine_module_print, .attr = machine_module_attr,
};
