/* The stdlib modules on a board, through the runtime as compiled code calls
 * them: memorymap writes read back through machine.mem32 and the reverse
 * (on a RAM buffer), time.ticks_* around sleep_ms, and on boards with GPIO
 * (rp2040) machine.Pin driving GP25 plus SIO registers written through
 * mem32 and an AddressRange (one 32-bit store: SIO takes no byte writes);
 * the runner's GPIO log is checked by check_stdlib_gpio.py.
 * Prints "stdlib ok" at the end. */
#include "fw_print.h"
#include "datatypes.h"

const ModuleInit rt_image_modules[1];
const size_t rt_image_modules_count = 0;
const Obj rt_image_names[1];
const size_t rt_image_names_count = 0;

#define LED 25
#define SIO_GPIO_OUT 0xD0000010u
#define SIO_GPIO_OUT_CLR 0xD0000018u
#define SIO_GPIO_OUT_XOR 0xD000001Cu

static volatile uint32_t scratch[4] __attribute__((aligned(8)));

static Obj attr(Obj o, const char *name) { return o ? rt_load_attr(o, rt_str_intern(name, rt_strlen(name))) : 0; }
static Obj int_obj(uint32_t v) { return rt_int_from_ull(v); }
static int as_int(Obj o, long long *v) { return o ? rt_int_to_ll(o, v) : -1; }

/* AddressRange(start=start, length=length) */
static Obj address_range(Obj memorymap, uintptr_t start, size_t length) {
    Obj kw[4];
    kw[0] = rt_str_intern("start", 5), kw[1] = int_obj((uint32_t)start);
    kw[2] = rt_str_intern("length", 6), kw[3] = int_obj((uint32_t)length);
    return rt_call(attr(memorymap, "AddressRange"), 0, 2, kw);
}

static int check_memory(Obj machine, Obj memorymap) {
    uintptr_t base = (uintptr_t)scratch;
    Obj mem32 = attr(machine, "mem32"), mem8 = attr(machine, "mem8");
    Obj range = address_range(memorymap, base, sizeof scratch);
    FW_CHECK(range && mem32 && mem8, "AddressRange over a RAM buffer");
    long long v;
    /* memorymap -> mem32 */
    Obj word = rt_bytes_new("\x78\x56\x34\x12", 4);
    FW_CHECK(rt_subscr_store(range, rt_slice_new(int_obj(0), int_obj(4), RT_NONE), word) == 0, "slice write");
    FW_CHECK(as_int(rt_subscr_load(mem32, int_obj(base)), &v) == 0 && v == 0x12345678, "mem32 reads the slice write");
    FW_CHECK(scratch[0] == 0x12345678u, "the buffer holds the slice write");
    FW_CHECK(rt_subscr_store(range, int_obj(7), small_from(0xAB)) == 0, "index write");
    FW_CHECK(as_int(rt_subscr_load(mem8, int_obj(base + 7)), &v) == 0 && v == 0xAB, "mem8 reads the index write");
    /* mem32 -> memorymap; a value above 2**31 reads back negative on 32-bit targets */
    FW_CHECK(rt_subscr_store(mem32, int_obj(base + 8), int_obj(0xCAFEF00Du)) == 0, "mem32 write");
    FW_CHECK(as_int(rt_subscr_load(range, int_obj(8)), &v) == 0 && v == 0x0D, "AddressRange reads the mem32 write");
    FW_CHECK(as_int(rt_subscr_load(range, small_from(-5)), &v) == 0 && v == 0xCA, "negative index");
    FW_CHECK(as_int(rt_subscr_load(mem32, int_obj(base + 8)), &v) == 0 && v == (long long)(int32_t)0xCAFEF00Du,
             "mem32 read is the signed machine word");
    Obj slice = rt_subscr_load(range, rt_slice_new(int_obj(8), int_obj(12), RT_NONE));
    BufferInfo buf;
    FW_CHECK(slice && rt_get_buffer(slice, &buf, RT_BUFFER_READ) == 0 && buf.len == 4
             && rt_memcmp(buf.buf, "\x0d\xf0\xfe\xca", 4) == 0, "slice read");
    /* errors are exceptions, not faults */
    FW_CHECK(!rt_subscr_load(mem32, int_obj(base + 2)) && rt_exc_pending_matches(&type_ValueError), "misaligned mem32");
    rt_exc_clear();
    FW_CHECK(!address_range(memorymap, 0xFFFFFFF0u, 8) && rt_exc_pending_matches(&type_ValueError), "protected range");
    rt_exc_clear();
    FW_CHECK(!rt_subscr_load(range, int_obj(16)) && rt_exc_pending_matches(&type_IndexError), "index past the end");
    rt_exc_clear();
    return 0;
}

static int check_time(Obj time) {
    long long t0, t1, d;
    FW_CHECK(as_int(rt_call0(attr(time, "ticks_ms")), &t0) == 0, "ticks_ms");
    FW_CHECK(rt_call1(attr(time, "sleep_ms"), small_from(30)) == RT_NONE, "sleep_ms");
    FW_CHECK(as_int(rt_call0(attr(time, "ticks_ms")), &t1) == 0, "ticks_ms again");
    FW_CHECK(as_int(rt_call2(attr(time, "ticks_diff"), small_from(t1), small_from(t0)), &d) == 0 && d >= 30 && d < 1000,
             "ticks_diff covers the sleep");
    FW_CHECK(as_int(rt_call2(attr(time, "ticks_add"), small_from(0), small_from(-1)), &d) == 0 && d == (1 << 30) - 1,
             "ticks_add wraps at 2**30");
    return 0;
}

static int check_pin(Obj machine, Obj memorymap) {
    Obj Pin = attr(machine, "Pin");
    FW_CHECK(Pin, "machine.Pin exists");
    Obj led = rt_call2(Pin, small_from(LED), attr(Pin, "OUT"));
    FW_CHECK(led, "Pin(25, Pin.OUT)");
    Obj text = rt_repr(led);
    FW_CHECK(text && rt_str_len(text) == 21, "repr Pin(GPIO25, mode=OUT)");
    FW_CHECK(rt_call_method(led, rt_str_intern("on", 2), 0, 0, NULL) == RT_NONE, "on()");
    hal_delay_us(1000);
    long long v;
    Obj mem32 = attr(machine, "mem32");
    FW_CHECK(as_int(rt_subscr_load(mem32, int_obj(SIO_GPIO_OUT)), &v) == 0 && ((v >> LED) & 1), "GPIO_OUT has the LED bit");
    FW_CHECK(rt_call_method(led, rt_str_intern("toggle", 6), 0, 0, NULL) == RT_NONE, "toggle()");
    FW_CHECK(as_int(rt_call0(led), &v) == 0 && v == 0, "value after toggle");
    hal_delay_us(1000);
    /* an aligned 4-byte slice write is one 32-bit store to GPIO_OUT_XOR */
    Obj xor_reg = address_range(memorymap, SIO_GPIO_OUT_XOR, 4);
    uint8_t bits[4] = { 0, 0, 0, 1u << (LED - 24) };
    FW_CHECK(xor_reg && rt_subscr_store(xor_reg, rt_slice_new(RT_NONE, RT_NONE, RT_NONE), rt_bytes_new(bits, 4)) == 0,
             "XOR through memorymap");
    FW_CHECK(as_int(rt_call0(led), &v) == 0 && v == 1, "the XOR set the LED");
    hal_delay_us(1000);
    FW_CHECK(rt_subscr_store(mem32, int_obj(SIO_GPIO_OUT_CLR), int_obj(1u << LED)) == 0, "mem32 write to GPIO_OUT_CLR");
    FW_CHECK(as_int(rt_call0(led), &v) == 0 && v == 0, "the CLR cleared the LED");
    Obj button = rt_call3(Pin, small_from(2), attr(Pin, "IN"), attr(Pin, "PULL_UP"));
    FW_CHECK(button && as_int(rt_call0(button), &v) == 0 && v == 1, "pulled-up input reads 1");
    FW_CHECK(!rt_call1(Pin, small_from(30)) && rt_exc_pending_matches(&type_ValueError), "Pin(30) is invalid");
    rt_exc_clear();
    return 0;
}

static int __attribute__((noinline)) run(void) {
    Obj time = rt_import(rt_str_intern("time", 4));
    Obj machine = rt_import(rt_str_intern("machine", 7));
    Obj memorymap = rt_import(rt_str_intern("memorymap", 9));
    FW_CHECK(time && machine && memorymap, "import time, machine, memorymap");
    if (check_memory(machine, memorymap) || check_time(time))
        return 1;
    if (hal_gpio_count() > 0) {
        if (check_pin(machine, memorymap))
            return 1;
    } else {
        FW_CHECK(!attr(machine, "Pin"), "no machine.Pin without GPIO");
        rt_exc_clear();
    }
    fw_puts("stdlib ok\n");
    return 0;
}

int mpyc_main(void) {
    rt_init(0);
    return run();
}
