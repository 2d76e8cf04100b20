/* Unit tests of the stdlib modules on the host: time (ticks wrap-around,
 * sleeps, calendar against libc's gmtime_r/timegm), machine (mem8/16/32 on
 * the host HAL's peripheral window, Pin on its simulated GPIO, freq,
 * unique_id) and memorymap.AddressRange, through the runtime API as
 * compiled code would call them. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <time.h>
#include "rt_test.h"
#include "datatypes.h"
#include "hal.h"

static Obj module(const char *n) { return rt_import(name(n)); }
static Obj attr(Obj o, const char *n) { return rt_load_attr(o, name(n)); }
static Obj I(long long v) { return rt_int_from_ll(v); }

static Obj call(Obj f, size_t n, Obj a, Obj b, Obj c) {
    Obj args[3] = { a, b, c };
    return rt_call(f, n, 0, args);
}
#define CALL0(f) call(f, 0, 0, 0, 0)
#define CALL1(f, a) call(f, 1, a, 0, 0)
#define CALL2(f, a, b) call(f, 2, a, b, 0)

static long long as_ll(Obj o) {
    long long v = -999999;
    if (!o || rt_int_to_ll(o, &v) < 0) {
        rt_exc_clear();
        return -999999;
    }
    return v;
}

/* The pending exception's "Type: message" starts with `want`. */
#define CHECK_RAISES(expr, want) do { \
        Obj r_ = (expr); \
        CHECK(r_ == 0); \
        const char *e_ = exc_c(); \
        if (strncmp(e_, want, strlen(want))) \
            fprintf(stderr, "  got '%s', want '%s'\n", e_, want); \
        CHECK(!strncmp(e_, want, strlen(want))); \
    } while (0)
#define CHECK_REPR(expr, want) do { \
        const char *r_ = repr_c(expr); \
        if (strcmp(r_, want)) \
            fprintf(stderr, "  got %s, want %s\n", r_, want); \
        CHECK(!strcmp(r_, want)); \
    } while (0)

#define PERIOD (1LL << 30)

static void test_ticks(Obj tmod) {
    Obj add = attr(tmod, "ticks_add"), diff = attr(tmod, "ticks_diff");
    CHECK(as_ll(CALL2(add, I(0), I(-1))) == PERIOD - 1);
    CHECK(as_ll(CALL2(add, I(PERIOD - 1), I(1))) == 0);
    CHECK(as_ll(CALL2(add, I(100), I(PERIOD))) == 100);
    CHECK(as_ll(CALL2(add, I(5), I((1LL << 40) + 3))) == 8);
    /* delta as a big int beyond 64 bits: 2**100 + 7 is 7 modulo 2**30 */
    Obj big = rt_binary_op(RT_BINOP_ADD, rt_binary_op(RT_BINOP_LSHIFT, I(1), I(100)), I(7));
    CHECK(as_ll(CALL2(add, I(1), big)) == 8);
    Obj neg_big = rt_unary_op(RT_UNARY_NEGATIVE, big);
    CHECK(as_ll(CALL2(add, I(8), neg_big)) == 1);
    CHECK(as_ll(CALL2(diff, I(1), I(PERIOD - 1))) == 2);
    CHECK(as_ll(CALL2(diff, I(PERIOD - 1), I(1))) == -2);
    CHECK(as_ll(CALL2(diff, I(PERIOD / 2 - 1), I(0))) == PERIOD / 2 - 1);
    CHECK(as_ll(CALL2(diff, I(PERIOD / 2), I(0))) == -PERIOD / 2);
    CHECK(as_ll(CALL2(diff, I(0), I(PERIOD / 2))) == -PERIOD / 2);
    CHECK(as_ll(CALL2(diff, I(0), I(PERIOD / 2 + 1))) == PERIOD / 2 - 1);
    CHECK(as_ll(CALL2(diff, I(7), I(7))) == 0);
    /* ticks_diff(ticks_add(t, d), t) == d for every |d| < period/2 */
    srand(1);
    int ok = 1;
    for (int i = 0; i < 20000; i++) {
        long long t = rand() % PERIOD;
        long long d = (long long)(rand() % PERIOD) - PERIOD / 2;
        Obj t2 = CALL2(add, I(t), I(d));
        long long got = as_ll(CALL2(diff, t2, I(t)));
        long long t2v = as_ll(t2);
        ok &= got == d && t2v >= 0 && t2v < PERIOD;
    }
    CHECK(ok);
    CHECK_RAISES(CALL2(diff, cstr("a"), I(1)), "TypeError");
    CHECK_RAISES(CALL2(add, I(1), rt_float_new(1.5)), "TypeError");

    const char *clocks[] = { "ticks_ms", "ticks_us", "ticks_cpu" };
    for (int i = 0; i < 3; i++) {
        long long v = as_ll(CALL0(attr(tmod, clocks[i])));
        CHECK(v >= 0 && v < PERIOD);
    }
    /* sleeps: int, float, ms, us; negative durations return at once */
    Obj ticks_ms = attr(tmod, "ticks_ms"), ticks_us = attr(tmod, "ticks_us");
    Obj t0 = CALL0(ticks_ms);
    CHECK(CALL1(attr(tmod, "sleep_ms"), I(20)) == RT_NONE);
    CHECK(as_ll(CALL2(diff, CALL0(ticks_ms), t0)) >= 20);
    t0 = CALL0(ticks_us);
    CHECK(CALL1(attr(tmod, "sleep"), rt_float_new(0.015)) == RT_NONE);
    CHECK(as_ll(CALL2(diff, CALL0(ticks_us), t0)) >= 15000);
    t0 = CALL0(ticks_us);
    CHECK(CALL1(attr(tmod, "sleep_us"), I(3000)) == RT_NONE);
    CHECK(as_ll(CALL2(diff, CALL0(ticks_us), t0)) >= 3000);
    CHECK(CALL1(attr(tmod, "sleep"), I(0)) == RT_NONE);
    t0 = CALL0(ticks_ms);
    CHECK(CALL1(attr(tmod, "sleep_ms"), I(-5000)) == RT_NONE);
    CHECK(as_ll(CALL2(diff, CALL0(ticks_ms), t0)) < 1000);
    CHECK_RAISES(CALL1(attr(tmod, "sleep"), cstr("1")), "TypeError");
}

static void test_calendar(Obj tmod) {
    Obj gmtime = attr(tmod, "gmtime"), mktime = attr(tmod, "mktime");
    CHECK_REPR(CALL1(gmtime, I(0)), "(1970, 1, 1, 0, 0, 0, 3, 1)");
    CHECK_REPR(CALL1(gmtime, I(951782400)), "(2000, 2, 29, 0, 0, 0, 1, 60)");
    CHECK_REPR(CALL1(gmtime, I(-1)), "(1969, 12, 31, 23, 59, 59, 2, 365)");
    CHECK_REPR(CALL1(gmtime, rt_float_new(86399.9)), "(1970, 1, 1, 23, 59, 59, 3, 1)");
    CHECK_REPR(CALL1(attr(tmod, "localtime"), I(1700000000)), "(2023, 11, 14, 22, 13, 20, 1, 318)");
    CHECK_RAISES(CALL1(gmtime, cstr("x")), "TypeError");
    CHECK_RAISES(CALL1(gmtime, I(1LL << 50)), "OverflowError");
    /* libc as the oracle over +-30000 years */
    srand(2);
    int ok = 1;
    for (int i = 0; i < 20000; i++) {
        long long secs = ((long long)rand() << 20 ^ rand()) % (1LL << 40) - (1LL << 39);
        time_t t = (time_t)secs;
        struct tm tm;
        if (!gmtime_r(&t, &tm))
            continue;
        Obj tup = CALL1(gmtime, I(secs));
        if (!tup) {
            ok = 0;
            rt_exc_clear();
            continue;
        }
        Obj *it = rt_tuple_items(tup);
        ok &= as_ll(it[0]) == tm.tm_year + 1900LL && as_ll(it[1]) == tm.tm_mon + 1
            && as_ll(it[2]) == tm.tm_mday && as_ll(it[3]) == tm.tm_hour && as_ll(it[4]) == tm.tm_min
            && as_ll(it[5]) == tm.tm_sec && as_ll(it[6]) == (tm.tm_wday + 6) % 7
            && as_ll(it[7]) == tm.tm_yday + 1;
        ok &= as_ll(CALL1(mktime, tup)) == secs;
        if (!ok) {
            fprintf(stderr, "  calendar mismatch at %lld: %s\n", secs, repr_c(tup));
            break;
        }
    }
    CHECK(ok);
    /* mktime normalises out-of-range fields and takes 8 or 9 items */
    Obj a[9] = { I(2000), I(13), I(1), I(0), I(0), I(0), I(0), I(0), I(0) };
    CHECK(as_ll(CALL1(mktime, rt_tuple_new(8, a))) == 978307200); /* 2001-01-01 */
    a[1] = I(3), a[2] = I(0);
    CHECK(as_ll(CALL1(mktime, rt_tuple_new(9, a))) == 951782400); /* 2000-03-00 = 02-29 */
    a[2] = I(1), a[5] = I(-1);
    CHECK(as_ll(CALL1(mktime, rt_tuple_new(8, a))) == 951868799);
    CHECK_RAISES(CALL1(mktime, rt_tuple_new(7, a)), "TypeError: mktime needs a tuple of length 8 or 9");
    CHECK_RAISES(CALL1(mktime, I(3)), "TypeError");
    /* time() and time_ns() follow the system clock (Unix epoch on the host) */
    long long now = as_ll(CALL0(attr(tmod, "time")));
    CHECK(llabs(now - (long long)time(NULL)) <= 2);
    Obj ns = CALL0(attr(tmod, "time_ns"));
    CHECK(ns && llabs(as_ll(ns) / 1000000000 - (long long)time(NULL)) <= 2);
    Obj cur = CALL0(gmtime);
    CHECK(cur && as_ll(rt_tuple_items(cur)[0]) >= 2024);
}

static void test_mem(Obj machine) {
    const long long base = HAL_HOST_PERIPH_BASE;
    Obj m8 = attr(machine, "mem8"), m16 = attr(machine, "mem16"), m32 = attr(machine, "mem32");
    CHECK_REPR(m8, "<8-bit memory>");
    CHECK_REPR(m32, "<32-bit memory>");
    CHECK(rt_subscr_store(m32, I(base), I(0x12345678)) == 0);
    CHECK(as_ll(rt_subscr_load(m8, I(base))) == 0x78);
    CHECK(as_ll(rt_subscr_load(m8, I(base + 3))) == 0x12);
    CHECK(as_ll(rt_subscr_load(m16, I(base + 2))) == 0x1234);
    CHECK(as_ll(rt_subscr_load(m32, I(base))) == 0x12345678);
    /* writes truncate; 32-bit reads are the host's (64-bit) machine int */
    CHECK(rt_subscr_store(m32, I(base + 4), I(-1)) == 0);
    CHECK(as_ll(rt_subscr_load(m32, I(base + 4))) == 0xFFFFFFFFLL);
    CHECK(as_ll(rt_subscr_load(m16, I(base + 4))) == 0xFFFF);
    CHECK(rt_subscr_store(m8, I(base + 5), I(0x1AB)) == 0);
    CHECK(as_ll(rt_subscr_load(m32, I(base + 4))) == 0xFFFFABFFLL);
    Obj big = rt_binary_op(RT_BINOP_ADD, rt_binary_op(RT_BINOP_LSHIFT, I(1), I(80)), I(0xCAFE));
    CHECK(rt_subscr_store(m16, I(base + 8), big) == 0);
    CHECK(as_ll(rt_subscr_load(m16, I(base + 8))) == 0xCAFE);
    CHECK(rt_subscr_store(m32, I(base + HAL_HOST_PERIPH_SIZE - 4), I(7)) == 0);
    CHECK(as_ll(rt_subscr_load(m32, I(base + HAL_HOST_PERIPH_SIZE - 4))) == 7);
    CHECK_RAISES(rt_subscr_load(m32, I(base + 2)), "ValueError: address 40000002 is not aligned to 4 bytes");
    CHECK_RAISES(rt_subscr_load(m16, I(base + 1)), "ValueError: address 40000001 is not aligned to 2 bytes");
    CHECK_RAISES(rt_subscr_load(m8, I(0x1000)), "ValueError: address 00001000 is not accessible");
    CHECK_RAISES(rt_subscr_load(m32, I(base + HAL_HOST_PERIPH_SIZE)), "ValueError");
    CHECK_RAISES(rt_subscr_load(m8, I(base - 1)), "ValueError");
    CHECK_RAISES(rt_subscr_load(m8, I(-1)), "ValueError");
    CHECK_RAISES(rt_subscr_load(m8, cstr("x")), "TypeError");
    CHECK(rt_subscr_store(m8, I(0), I(1)) == -1);
    CHECK(!strncmp(exc_c(), "ValueError", 10));
    CHECK(rt_subscr_delete(m8, I(base)) == -1);
    CHECK(!strncmp(exc_c(), "TypeError", 9));
}

static void test_machine_misc(Obj machine) {
    CHECK(as_ll(CALL0(attr(machine, "freq"))) == 0);
    CHECK_RAISES(CALL1(attr(machine, "freq"), I(1000000)), "ValueError: frequency not supported");
    CHECK_REPR(CALL0(attr(machine, "unique_id")), "b''");
    CHECK(CALL0(attr(machine, "idle")) == RT_NONE);
    Obj state = CALL0(attr(machine, "disable_irq"));
    CHECK(state && CALL1(attr(machine, "enable_irq"), state) == RT_NONE);
    CHECK_RAISES(CALL0(attr(machine, "soft_reset")), "SystemExit");
    CHECK_RAISES(attr(machine, "nosuch"), "AttributeError");
    CHECK(rt_store_attr(machine, name("x"), I(1)) == -1);
    CHECK(!strncmp(exc_c(), "AttributeError", 14));
}

static void test_pin(Obj machine) {
    Obj Pin = attr(machine, "Pin");
    Obj IN = attr(Pin, "IN"), OUT = attr(Pin, "OUT");
    Obj UP = attr(Pin, "PULL_UP"), DOWN = attr(Pin, "PULL_DOWN");
    CHECK(as_ll(IN) == 0 && as_ll(OUT) == 1 && as_ll(UP) == 1 && as_ll(DOWN) == 2);
    Obj led = CALL2(Pin, I(25), OUT);
    CHECK_REPR(led, "Pin(GPIO25, mode=OUT)");
    CHECK(as_ll(rt_call_method(led, NAME(value), 0, 0, NULL)) == 0);
    CHECK(rt_call_method(led, NAME(on), 0, 0, NULL) == RT_NONE);
    CHECK(as_ll(rt_call_method(led, NAME(value), 0, 0, NULL)) == 1 && hal_gpio_read(25));
    CHECK(rt_call_method(led, NAME(toggle), 0, 0, NULL) == RT_NONE);
    CHECK(!hal_gpio_read(25));
    CHECK(rt_call_method(led, NAME(toggle), 0, 0, NULL) == RT_NONE);
    CHECK(hal_gpio_read(25));
    CHECK(rt_call_method(led, NAME(off), 0, 0, NULL) == RT_NONE);
    CHECK(as_ll(CALL0(led)) == 0);
    CHECK(CALL1(led, RT_TRUE) == RT_NONE && as_ll(CALL0(led)) == 1);
    Obj zero = I(0);
    CHECK(rt_call_method(led, NAME(value), 1, 0, &zero) == RT_NONE && !hal_gpio_read(25));
    /* a second object for the same pin shares its state */
    Obj again = CALL1(Pin, I(25));
    CHECK_REPR(again, "Pin(GPIO25, mode=OUT)");
    CHECK(rt_call_method(again, NAME(toggle), 0, 0, NULL) == RT_NONE && as_ll(CALL0(led)) == 1);
    /* inputs read their pull */
    Obj up = CALL2(Pin, I(2), IN);
    Obj kw[2] = { NAME(pull), UP };
    CHECK(rt_call_method(up, NAME(init), 0, 1, kw) == RT_NONE);
    CHECK_REPR(up, "Pin(GPIO2, mode=IN, pull=PULL_UP)");
    CHECK(as_ll(CALL0(up)) == 1);
    Obj down = call(Pin, 3, I(3), IN, DOWN);
    CHECK_REPR(down, "Pin(GPIO3, mode=IN, pull=PULL_DOWN)");
    CHECK(as_ll(CALL0(down)) == 0);
    Obj none_pull[2] = { NAME(pull), RT_NONE };
    CHECK(rt_call_method(down, NAME(init), 0, 1, none_pull) == RT_NONE);
    CHECK_REPR(down, "Pin(GPIO3, mode=IN)");
    /* value= sets the level before the pin drives */
    Obj args[4] = { I(4), OUT, NAME(value), I(1) };
    Obj p4 = rt_call(Pin, 2, 1, args);
    CHECK(p4 && as_ll(CALL0(p4)) == 1);
    /* init with -1 keeps the mode */
    Obj minus1 = I(-1);
    CHECK(rt_call_method(p4, NAME(init), 1, 0, &minus1) == RT_NONE);
    CHECK_REPR(p4, "Pin(GPIO4, mode=OUT)");
    CHECK_RAISES(CALL1(Pin, I(30)), "ValueError: invalid pin");
    CHECK_RAISES(CALL1(Pin, I(-1)), "ValueError: invalid pin");
    CHECK_RAISES(CALL1(Pin, cstr("GP0")), "ValueError: invalid pin");
    CHECK_RAISES(CALL2(Pin, I(5), I(2)), "ValueError: invalid pin mode: 2");
    CHECK_RAISES(call(Pin, 3, I(5), IN, I(7)), "ValueError: invalid pull: 7");
    CHECK_RAISES(CALL2(Pin, I(5), cstr("out")), "TypeError");
    CHECK_RAISES(CALL0(Pin), "TypeError");
    Obj four[4] = { I(5), IN, UP, I(1) };
    CHECK_RAISES(rt_call(Pin, 4, 0, four), "TypeError");
    Obj bad_kw[3] = { I(5), name("speed"), I(1) };
    CHECK_RAISES(rt_call(Pin, 1, 1, bad_kw), "TypeError: unexpected keyword argument 'speed'");
    CHECK_RAISES(call(led, 2, I(1), I(2), 0), "TypeError");
}

static void test_memorymap(Obj machine, Obj memorymap) {
    const long long base = HAL_HOST_PERIPH_BASE;
    Obj AR = attr(memorymap, "AddressRange");
    Obj kw[4] = { NAME(start), I(base + 0x100), NAME(length), I(16) };
    Obj r = rt_call(AR, 0, 2, kw);
    CHECK(r != 0);
    CHECK(rt_len(r) == 16 && rt_truthy(r) == 1);
    Obj m8 = attr(machine, "mem8"), m32 = attr(machine, "mem32");
    /* memorymap writes, mem32 reads; and the reverse */
    CHECK(rt_subscr_store(r, I(0), I(0xAA)) == 0);
    CHECK(as_ll(rt_subscr_load(m8, I(base + 0x100))) == 0xAA);
    CHECK(rt_subscr_store(m32, I(base + 0x104), I(0x11223344)) == 0);
    Obj sl = rt_slice_new(I(4), I(8), RT_NONE);
    CHECK_REPR(rt_subscr_load(r, sl), "bytearray(b'D3\"\\x11')");
    Obj bytes = rt_bytes_new("\x01\x02\x03\x04", 4);
    CHECK(rt_subscr_store(r, rt_slice_new(I(8), I(12), RT_NONE), bytes) == 0);
    CHECK(as_ll(rt_subscr_load(m32, I(base + 0x108))) == 0x04030201);
    /* unaligned and odd-sized slices go byte by byte */
    CHECK(rt_subscr_store(r, rt_slice_new(I(1), I(4), RT_NONE), rt_bytes_new("xyz", 3)) == 0);
    CHECK_REPR(rt_subscr_load(r, rt_slice_new(I(0), I(4), RT_NONE)), "bytearray(b'\\xaaxyz')");
    CHECK_REPR(rt_subscr_load(r, rt_slice_new(I(-2), RT_NONE, RT_NONE)), "bytearray(b'\\x00\\x00')");
    CHECK(rt_subscr_store(r, I(-1), I(0x55)) == 0);
    CHECK(as_ll(rt_subscr_load(m8, I(base + 0x10F))) == 0x55);
    CHECK(as_ll(rt_subscr_load(r, I(-16))) == 0xAA);
    Obj ba = rt_bytearray_new("\xde\xad", 2);
    CHECK(rt_subscr_store(r, rt_slice_new(I(14), I(16), RT_NONE), ba) == 0);
    CHECK(as_ll(rt_subscr_load(r, I(15))) == 0xAD);
    CHECK_RAISES(rt_subscr_load(r, I(16)), "IndexError");
    CHECK_RAISES(rt_subscr_load(r, I(-17)), "IndexError");
    CHECK_RAISES(rt_subscr_load(r, rt_slice_new(RT_NONE, RT_NONE, I(2))), "NotImplementedError");
    CHECK(rt_subscr_store(r, I(0), I(256)) == -1);
    CHECK(!strncmp(exc_c(), "ValueError", 10));
    CHECK(rt_subscr_store(r, rt_slice_new(I(0), I(4), RT_NONE), rt_bytes_new("abc", 3)) == -1);
    CHECK(!strncmp(exc_c(), "ValueError", 10));
    CHECK(rt_subscr_store(r, rt_slice_new(I(0), I(1), RT_NONE), I(3)) == -1);
    CHECK(!strncmp(exc_c(), "TypeError", 9));
    CHECK(rt_subscr_delete(r, I(0)) == -1);
    CHECK(!strncmp(exc_c(), "TypeError", 9));
    /* invalid or protected ranges */
    Obj bad[4] = { NAME(start), I(0), NAME(length), I(4) };
    CHECK_RAISES(rt_call(AR, 0, 2, bad), "ValueError: Address range not allowed");
    bad[1] = I(base + HAL_HOST_PERIPH_SIZE - 4), bad[3] = I(8);
    CHECK_RAISES(rt_call(AR, 0, 2, bad), "ValueError");
    bad[1] = I(base), bad[3] = I(0);
    CHECK_RAISES(rt_call(AR, 0, 2, bad), "ValueError");
    bad[3] = I(-4);
    CHECK_RAISES(rt_call(AR, 0, 2, bad), "ValueError");
    Obj pos[2] = { I(base), I(4) };
    CHECK_RAISES(rt_call(AR, 2, 0, pos), "TypeError");
    CHECK_RAISES(rt_call(AR, 0, 1, kw), "TypeError: 'length' argument required");
}

int main(void) {
    hal_host_set_heap_size(1024 * 1024);
    rt_init(0);
    Obj time_mod = module("time"), machine = module("machine"), memorymap = module("memorymap");
    CHECK(time_mod && machine && memorymap);
    if (!time_mod || !machine || !memorymap) {
        fprintf(stderr, "%s\n", exc_c());
        return 1;
    }
    CHECK_REPR(machine, "<module 'machine'>");
    CHECK_REPR(time_mod, "<module 'time'>");
    CHECK_RAISES(module("nosuchmodule"), "ImportError");
    test_ticks(time_mod);
    test_calendar(time_mod);
    test_mem(machine);
    test_machine_misc(machine);
    test_pin(machine);
    test_memorymap(machine, memorymap);
    return test_summary("stdlib modules");
}
