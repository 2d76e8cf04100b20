/* Memory initialisation and the program's run, common to every board. */
#include "startup.h"

#include "hal.h"

#ifdef MPYC_HAVE_TLS
void _set_tls(void *tls);
#endif

void startup_init_memory(void) {
    /* volatile: keep GCC from turning these loops into memcpy/memset calls,
     * which on some boards are not available yet or come from a library. */
    volatile uint32_t *dst = __data_start;
    for (const uint32_t *src = __data_load; dst < __data_end;)
        *dst++ = *src++;
    dst = __tls_base;
    for (const uint32_t *src = __tdata_load; dst < __tdata_end;)
        *dst++ = *src++;
    for (dst = __bss_start; dst < __bss_end;)
        *dst++ = 0;
#ifdef MPYC_HAVE_TLS
    _set_tls(__tls_base);
#endif
}

_Noreturn void startup_run_program(void) {
    hal_init();
    hal_exit(mpyc_main());
}

static void write_hex(uint32_t value) {
    char text[10] = {'0', 'x'};
    for (int i = 0; i < 8; i++)
        text[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 15];
    hal_write(2, text, sizeof text);
}

_Noreturn void startup_fatal(const char *what, uint32_t pc) {
    static const char prefix[] = "\nFATAL: ";
    static const char at[] = " at ";
    hal_write(2, prefix, sizeof prefix - 1);
    size_t len = 0;
    while (what[len])
        len++;
    hal_write(2, what, len);
    hal_write(2, at, sizeof at - 1);
    write_hex(pc);
    hal_write(2, "\n", 1);
    hal_exit(3);
}
