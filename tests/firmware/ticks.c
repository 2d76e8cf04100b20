/* Time: ticks are monotonic, and a 20 ms delay moves ticks_ms and ticks_us by
 * about 20 ms (generous upper bound: emulators may run slow). */
#include "fw_print.h"

int mpyc_main(void) {
    uint32_t previous = hal_ticks_us();
    for (int i = 0; i < 2000; i++) {
        uint32_t now = hal_ticks_us();
        FW_CHECK(now - previous < 0x80000000u, "ticks_us went backwards");
        previous = now;
    }
    uint64_t ns0 = hal_time_ns();
    uint32_t ms0 = hal_ticks_ms(), us0 = hal_ticks_us(), cpu0 = hal_ticks_cpu();
    hal_delay_us(20000);
    uint32_t ms = hal_ticks_ms() - ms0, us = hal_ticks_us() - us0;
    uint32_t cpu = hal_ticks_cpu() - cpu0;
    uint64_t ns = hal_time_ns() - ns0;
    fw_puts("slept ms=");
    fw_putu(ms);
    fw_puts("\n");
    FW_CHECK(us >= 20000 && us < 2000000, "ticks_us after a 20 ms delay");
    FW_CHECK(ms >= 19 && ms < 2000, "ticks_ms after a 20 ms delay");
    FW_CHECK(ns >= 20000000u && ns < 2000000000u, "time_ns after a 20 ms delay");
    FW_CHECK(cpu > 0, "ticks_cpu did not advance");
    FW_CHECK(hal_cpu_freq() > 0, "cpu freq");
    fw_puts("ticks ok\n");
    return 0;
}
