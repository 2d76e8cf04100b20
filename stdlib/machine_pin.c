/* machine.Pin over hal_gpio_*: Pin(id, mode=-1, pull=-1, *, value=None),
 * init, value, on, off, toggle, __call__, repr as MicroPython's rp2 port
 * (`Pin(GPIO25, mode=OUT)`). Only the modes and pulls the HAL has exist
 * (IN, OUT, PULL_UP, PULL_DOWN); others (OPEN_DRAIN = 2, ALT = 3 on rp2)
 * are a ValueError. -1 keeps the current mode / pull, pull=None removes it.
 * Pin objects of one id share the pin's state (kept here, per pin). */
#include "hal.h"
#include "stdlib_modules.h"

enum { PIN_MODE_IN = 0, PIN_MODE_OUT = 1, PIN_PULL_UP = 1, PIN_PULL_DOWN = 2 };
#define PIN_STATE_MAX 32

typedef struct PinObj {
    const Type *type;
    uintptr_t id;
} PinObj;

static struct {
    uint8_t mode;   /* PIN_MODE_* */
    uint8_t pull;   /* 0 or PIN_PULL_* */
    uint8_t level;  /* last value written to the output register */
} pin_state[PIN_STATE_MAX];

static int pin_count(void) {
    int n = hal_gpio_count();
    return n > PIN_STATE_MAX ? PIN_STATE_MAX : n;
}

static enum hal_pin_pull hal_pull(uint8_t pull) {
    return pull == PIN_PULL_UP ? HAL_PULL_UP : pull == PIN_PULL_DOWN ? HAL_PULL_DOWN : HAL_PULL_NONE;
}

static int pin_write(uintptr_t id, Obj value) {
    int truth = rt_truthy(value);
    if (truth < 0)
        return -1;
    pin_state[id].level = (uint8_t)truth;
    hal_gpio_write((int)id, truth);
    return 0;
}

/* mode / pull / value: 0 when not passed. */
static int pin_configure(uintptr_t id, Obj mode, Obj pull, Obj value) {
    intptr_t m = -1, p = -1;
    if (mode && mode != RT_NONE && rt_get_int(mode, &m) < 0)
        return -1;
    if (pull == RT_NONE)
        p = 0;
    else if (pull && rt_get_int(pull, &p) < 0)
        return -1;
    if (m != -1 && m != PIN_MODE_IN && m != PIN_MODE_OUT) {
        rt_raise_fmt(&type_ValueError, "invalid pin mode: %d", (int)m);
        return -1;
    }
    if (p != -1 && p != 0 && p != PIN_PULL_UP && p != PIN_PULL_DOWN) {
        rt_raise_fmt(&type_ValueError, "invalid pull: %d", (int)p);
        return -1;
    }
    /* The output level first, so a pin switched to OUT starts at it. */
    if (value && value != RT_NONE && pin_write(id, value) < 0)
        return -1;
    if (m == -1 && p == -1)
        return 0;
    if (m != -1)
        pin_state[id].mode = (uint8_t)m;
    if (p != -1)
        pin_state[id].pull = (uint8_t)p;
    hal_gpio_init((int)id, pin_state[id].mode == PIN_MODE_OUT ? HAL_PIN_OUT : HAL_PIN_IN,
                  hal_pull(pin_state[id].pull));
    return 0;
}

static const StdlibParam pin_params[] = {
    { NAME(id), false, true }, { NAME(mode), false, false },
    { NAME(pull), false, false }, { NAME(value), true, false },
};

static Obj pin_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    Obj a[4];
    if (stdlib_bind("Pin", n_args, n_kw, args, pin_params, 4, a) < 0)
        return 0;
    intptr_t id;
    if (!obj_is_small(a[0]))
        return rt_raise_value_error("invalid pin");
    id = small_value(a[0]);
    if (id < 0 || id >= pin_count())
        return rt_raise_value_error("invalid pin");
    PinObj *pin = rt_alloc_obj(&stdlib_type_pin, sizeof(PinObj));
    if (!pin)
        return 0;
    pin->id = (uintptr_t)id;
    if (pin_configure(pin->id, a[1], a[2], a[3]) < 0)
        return 0;
    return RT_OBJ(pin);
}

static Obj pin_init(size_t n_args, size_t n_kw, const Obj *args) {
    Obj a[3];
    if (stdlib_bind("init", n_args - 1, n_kw, args + 1, pin_params + 1, 3, a) < 0)
        return 0;
    return pin_configure(((const PinObj *)args[0])->id, a[0], a[1], a[2]) < 0 ? 0 : RT_NONE;
}

static Obj pin_value(size_t n, const Obj *args) {
    uintptr_t id = ((const PinObj *)args[0])->id;
    if (n == 1)
        return small_from(hal_gpio_read((int)id));
    return pin_write(id, args[1]) < 0 ? 0 : RT_NONE;
}

static Obj pin_on(Obj self) {
    return pin_write(((const PinObj *)self)->id, RT_TRUE) < 0 ? 0 : RT_NONE;
}

static Obj pin_off(Obj self) {
    return pin_write(((const PinObj *)self)->id, RT_FALSE) < 0 ? 0 : RT_NONE;
}

static Obj pin_toggle(Obj self) {
    uintptr_t id = ((const PinObj *)self)->id;
    return pin_write(id, rt_bool(!pin_state[id].level)) < 0 ? 0 : RT_NONE;
}

static Obj pin_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 0, 1, false) < 0)
        return 0;
    Obj both[2] = { self, n_args ? args[0] : 0 };
    return pin_value(1 + n_args, both);
}

static int pin_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    uintptr_t id = ((const PinObj *)self)->id;
    const char *pull = pin_state[id].pull == PIN_PULL_UP ? ", pull=PULL_UP"
                     : pin_state[id].pull == PIN_PULL_DOWN ? ", pull=PULL_DOWN" : "";
    return rt_stream_printf(s, "Pin(GPIO%d, mode=%s%s)", (int)id,
                            pin_state[id].mode == PIN_MODE_OUT ? "OUT" : "IN", pull);
}

static RT_METHOD_KW(pin_init_obj, 1, 3, pin_init);
static RT_METHOD_VAR(pin_value_obj, 1, 2, pin_value);
static RT_METHOD1(pin_on_obj, pin_on);
static RT_METHOD1(pin_off_obj, pin_off);
static RT_METHOD1(pin_toggle_obj, pin_toggle);

static const AttrEntry pin_attrs[] = {
    { NAME(init), RT_OBJ(&pin_init_obj) },
    { NAME(value), RT_OBJ(&pin_value_obj) },
    { NAME(on), RT_OBJ(&pin_on_obj) },
    { NAME(off), RT_OBJ(&pin_off_obj) },
    { NAME(toggle), RT_OBJ(&pin_toggle_obj) },
    STDLIB_INT_ATTR(IN, PIN_MODE_IN),
    STDLIB_INT_ATTR(OUT, PIN_MODE_OUT),
    STDLIB_INT_ATTR(PULL_UP, PIN_PULL_UP),
    STDLIB_INT_ATTR(PULL_DOWN, PIN_PULL_DOWN),
};

const Type stdlib_type_pin = {
    .type = &type_type, .name = NAME(Pin), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .n_attrs = sizeof pin_attrs / sizeof pin_attrs[0], .base = &type_object,
    .attrs = pin_attrs, .make_new = pin_make_new, .print = pin_print, .call = pin_call,
};
