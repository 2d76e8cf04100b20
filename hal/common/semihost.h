/* ARM / RISC-V semihosting calls (the debugger or qemu -semihosting serves
 * them). Operation numbers are those of the semihosting specification. */
#ifndef MPYC_HAL_SEMIHOST_H
#define MPYC_HAL_SEMIHOST_H

#include <stdint.h>

enum {
    SEMIHOST_SYS_OPEN = 0x01,
    SEMIHOST_SYS_WRITE = 0x05,
    SEMIHOST_SYS_READ = 0x06,
    SEMIHOST_SYS_EXIT = 0x18,
    SEMIHOST_SYS_EXIT_EXTENDED = 0x20,
    SEMIHOST_APPLICATION_EXIT = 0x20026,
};

static inline uintptr_t semihost_call(uintptr_t op, const void *arg) {
#if defined(__arm__)
    register uintptr_t r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
#elif defined(__riscv)
    register uintptr_t a0 __asm__("a0") = op;
    register const void *a1 __asm__("a1") = arg;
    /* The marker sequence must not be compressed: qemu looks for these words. */
    __asm__ volatile(".option push\n .option norvc\n"
                     ".balign 16\n"
                     "slli zero, zero, 0x1f\n ebreak\n srai zero, zero, 7\n"
                     ".option pop"
                     : "+r"(a0) : "r"(a1) : "memory");
    return a0;
#else
#error "semihosting: unsupported architecture"
#endif
}

#endif
