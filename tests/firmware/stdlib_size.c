/* For bench/firmware-size.sh: the runtime started and one module imported,
 * built twice — fw-size-runtime imports sys (no stdlib registry linked),
 * fw-size-stdlib imports time, machine and memorymap (all three modules
 * linked) — so the difference is what linking the stdlib modules costs. */
#include "fw_print.h"
#include "rt.h"

const ModuleInit rt_image_modules[1];
const size_t rt_image_modules_count = 0;
const Obj rt_image_names[1];
const size_t rt_image_names_count = 0;

static int __attribute__((noinline)) run(void) {
#ifdef WITH_STDLIB
    const char *names[] = { "time", "machine", "memorymap" };
#else
    const char *names[] = { "sys" };
#endif
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        FW_CHECK(rt_import(rt_str_intern(names[i], rt_strlen(names[i]))), "import");
    fw_puts("size ok\n");
    return 0;
}

int mpyc_main(void) {
    rt_init(0);
    return run();
}
