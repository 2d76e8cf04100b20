/* machine.mem8 / mem16 / mem32: raw memory access by subscript. As in
 * MicroPython, reads return mem8/mem16 values unsigned and mem32 values
 * as the C `int` of the target (negative above 0x7fffffff on 32-bit
 * targets, so `& 0xffffffff` gives the unsigned value); writes truncate any
 * int to the width. Addresses must be aligned to the width. Unlike
 * MicroPython, every access is checked against the board's memory map
 * (hal_address_range_ok): a bad address is a ValueError, not a fault. */
#include "hal.h"
#include "stdlib_modules.h"

typedef struct MemObj {
    const Type *type;
    uintptr_t width; /* bytes per access: 1, 2, 4 */
} MemObj;

static void format_hex(char *out, uintptr_t v) {
    int digits = v > 0xFFFFFFFFu ? 16 : 8;
    for (int i = 0; i < digits; i++)
        out[i] = "0123456789abcdef"[(v >> (4 * (digits - 1 - i))) & 15];
    out[digits] = 0;
}

/* The address an index names: an int (a bigint on 32-bit targets is taken
 * modulo 2**32, as MicroPython truncates), aligned and inside the map. */
static int mem_address(Obj index, uintptr_t width, uintptr_t *out) {
    uintptr_t addr;
    if (obj_is_small(index)) {
        addr = (uintptr_t)small_value(index);
    } else if (sizeof(uintptr_t) == 4) {
        uint32_t low;
        if (stdlib_int_low32(index, &low) < 0)
            return -1;
        addr = low;
    } else {
        long long v;
        if (rt_int_to_ll(index, &v) < 0)
            return -1;
        addr = (uintptr_t)v;
    }
    char hex[17];
    format_hex(hex, addr);
    if (addr & (width - 1)) {
        rt_raise_fmt(&type_ValueError, "address %s is not aligned to %d bytes", hex, (int)width);
        return -1;
    }
    if (!hal_address_range_ok(addr, width)) {
        rt_raise_fmt(&type_ValueError, "address %s is not accessible", hex);
        return -1;
    }
    *out = addr;
    return 0;
}

static Obj mem_subscr(Obj self, Obj index, Obj value) {
    const MemObj *mem = (const MemObj *)self;
    if (value == RT_DELETE)
        return rt_raise_type_error("'mem' object doesn't support item deletion");
    uintptr_t addr;
    if (mem_address(index, mem->width, &addr) < 0)
        return 0;
    if (!value) {
        uint32_t v;
        switch (mem->width) {
        case 1: v = *(volatile uint8_t *)addr; break;
        case 2: v = *(volatile uint16_t *)addr; break;
        default: v = *(volatile uint32_t *)addr; break;
        }
        /* MicroPython converts the 32-bit value to its signed machine int. */
        return mem->width == 4 ? rt_int_from_intptr((intptr_t)(uintptr_t)v) : small_from((intptr_t)v);
    }
    uint32_t v;
    if (stdlib_int_low32(value, &v) < 0)
        return 0;
    switch (mem->width) {
    case 1: *(volatile uint8_t *)addr = (uint8_t)v; break;
    case 2: *(volatile uint16_t *)addr = (uint16_t)v; break;
    default: *(volatile uint32_t *)addr = v; break;
    }
    return RT_NONE;
}

static int mem_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<%d-bit memory>", (int)(((const MemObj *)self)->width * 8));
}

const Type stdlib_type_mem = {
    .type = &type_type, .name = NAME(mem), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = mem_print, .subscr = mem_subscr,
};

const MemObj stdlib_mem8 = { &stdlib_type_mem, 1 };
const MemObj stdlib_mem16 = { &stdlib_type_mem, 2 };
const MemObj stdlib_mem32 = { &stdlib_type_mem, 4 };
