/* Console, input and exit over semihosting (mps2 boards, microbit, virt-rv32). */
#include "hal.h"
#include "semihost.h"

static uintptr_t console_handle[3];
static bool console_open[3];

/* ":tt" is the semihosting name of the console; the mode picks the stream
 * (0 "r": stdin, 4 "w": stdout, 8 "a": stderr). */
static uintptr_t console(int fd) {
    static const uintptr_t modes[3] = {0, 4, 8};
    if (fd < 0 || fd > 2)
        fd = 1;
    if (!console_open[fd]) {
        uintptr_t args[3] = {(uintptr_t) ":tt", modes[fd], 3};
        console_handle[fd] = semihost_call(SEMIHOST_SYS_OPEN, args);
        console_open[fd] = true;
    }
    return console_handle[fd];
}

void hal_write(int fd, const char *buf, size_t len) {
    /* stderr goes to the same stream as stdout: one ordered console */
    (void)fd;
    if (len == 0)
        return;
    uintptr_t args[3] = {console(1), (uintptr_t)buf, len};
    semihost_call(SEMIHOST_SYS_WRITE, args);
}

int hal_read_byte(void) {
    unsigned char byte;
    uintptr_t args[3] = {console(0), (uintptr_t)&byte, 1};
    /* SYS_READ returns the number of bytes NOT read */
    return semihost_call(SEMIHOST_SYS_READ, args) == 0 ? byte : -1;
}

_Noreturn void hal_exit(int status) {
    uintptr_t args[2] = {SEMIHOST_APPLICATION_EXIT, (uintptr_t)status};
    semihost_call(SEMIHOST_SYS_EXIT_EXTENDED, args);
    /* a host without SYS_EXIT_EXTENDED: plain exit (status lost) */
    semihost_call(SEMIHOST_SYS_EXIT, (const void *)(uintptr_t)SEMIHOST_APPLICATION_EXIT);
    for (;;) {
    }
}
