/* The board interface on the host, over POSIX: stdio, exit, clock_gettime,
 * a malloc'ed heap, the stack bounds from getrlimit. No unique id.
 * Simulated hardware, so machine/memorymap programs run and can be tested
 * on the host: HAL_HOST_GPIO_COUNT pins that behave like the rp2040 runner's
 * pads (a driven pin reads its level, an input its pull, else 0), and a
 * peripheral-RAM window of HAL_HOST_PERIPH_SIZE bytes mapped at the fixed
 * address HAL_HOST_PERIPH_BASE, the only range machine.mem* and memorymap
 * may touch. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "hal.h"
#include "host/hal_host.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static size_t heap_size = 8u * 1024 * 1024;
static void *heap;
static uintptr_t stack_base; /* an address near the top of the main stack */

void hal_host_set_heap_size(size_t size) {
    if (!heap)
        heap_size = size;
}

void hal_init(void) {
    /* the frame itself: a local's address may be on ASan's fake stack */
    stack_base = (uintptr_t)__builtin_frame_address(0);
}

void hal_write(int fd, const char *buf, size_t len) {
    FILE *stream = fd == 2 ? stderr : stdout;
    if (fd == 2)
        fflush(stdout); /* keep stdout and stderr in program order */
    fwrite(buf, 1, len, stream);
    if (fd == 2)
        fflush(stderr);
}

int hal_read_byte(void) {
    fflush(stdout);
    int c = getchar();
    return c == EOF ? -1 : c;
}

_Noreturn void hal_exit(int status) {
    fflush(stdout);
    fflush(stderr);
    exit(status);
}

static uint64_t monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint32_t hal_ticks_us(void) { return (uint32_t)(monotonic_ns() / 1000u); }
uint32_t hal_ticks_ms(void) { return (uint32_t)(monotonic_ns() / 1000000u); }
uint32_t hal_ticks_cpu(void) { return (uint32_t)monotonic_ns(); }
uint64_t hal_time_ns(void) { return monotonic_ns(); }

uint64_t hal_wall_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void hal_delay_us(uint32_t us) {
    struct timespec ts = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

void hal_heap_region(void **start, size_t *size) {
    if (!heap) {
        heap = malloc(heap_size);
        if (!heap) {
            fprintf(stderr, "MemoryError: cannot allocate a %zu-byte heap\n", heap_size);
            exit(1);
        }
    }
    *start = heap;
    *size = heap_size;
}

/* The main thread's stack grows down from near stack_base for at most
 * RLIMIT_STACK bytes (8 MB if unlimited). The margin is what the runtime may
 * use below the last compiled function's stack check (raising, formatting,
 * a collection); ASan's redzones make every frame several times larger. */
#if defined(__SANITIZE_ADDRESS__)
#define STACK_MARGIN (1024u * 1024)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STACK_MARGIN (1024u * 1024)
#endif
#endif
#ifndef STACK_MARGIN
#define STACK_MARGIN (256u * 1024)
#endif

void *hal_stack_limit(void) {
    if (!stack_base)
        hal_init();
    struct rlimit limit;
    size_t size = 8u * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        size = (size_t)limit.rlim_cur;
    size_t margin = STACK_MARGIN;
    return (void *)(stack_base - (size > 2 * margin ? size - margin : size / 2));
}

/* glibc records the stack address at process start (it points at argc):
 * every frame of main() and its callees lies below it. Elsewhere fall back
 * to hal_init's frame, which main() reaches before anything else. */
#if defined(__GLIBC__)
extern void *__libc_stack_end;
#endif

void *hal_stack_top(void) {
#if defined(__GLIBC__)
    if (__libc_stack_end)
        return __libc_stack_end;
#endif
    if (!stack_base)
        hal_init();
    return (void *)(stack_base + 4096);
}

uint32_t hal_cpu_freq(void) { return 0; }
bool hal_set_cpu_freq(uint32_t hz) { (void)hz; return false; }
size_t hal_unique_id(uint8_t *buf, size_t max) { (void)buf, (void)max; return 0; }

_Noreturn void hal_reset(void) {
    hal_exit(0);
}

static struct {
    uint8_t mode, pull;
    bool level;
} pins[HAL_HOST_GPIO_COUNT];

int hal_gpio_count(void) { return HAL_HOST_GPIO_COUNT; }

void hal_gpio_init(int pin, enum hal_pin_mode mode, enum hal_pin_pull pull) {
    if (pin < 0 || pin >= HAL_HOST_GPIO_COUNT)
        return;
    pins[pin].mode = (uint8_t)mode;
    pins[pin].pull = (uint8_t)pull;
}

void hal_gpio_write(int pin, bool value) {
    if (pin >= 0 && pin < HAL_HOST_GPIO_COUNT)
        pins[pin].level = value;
}

bool hal_gpio_read(int pin) {
    if (pin < 0 || pin >= HAL_HOST_GPIO_COUNT)
        return false;
    if (pins[pin].mode == HAL_PIN_OUT)
        return pins[pin].level;
    return pins[pin].pull == HAL_PULL_UP;
}

/* Mapped on first use; false when the address is taken in this process. */
static bool periph_window_mapped(void) {
    static int state; /* 0: not tried, 1: mapped, -1: unavailable */
    if (state == 0) {
        void *want = (void *)(uintptr_t)HAL_HOST_PERIPH_BASE;
        void *got = mmap(want, HAL_HOST_PERIPH_SIZE, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (got == want) {
            state = 1;
        } else {
            if (got != MAP_FAILED)
                munmap(got, HAL_HOST_PERIPH_SIZE);
            state = -1;
        }
    }
    return state == 1;
}

bool hal_address_range_ok(uintptr_t start, size_t length) {
    uintptr_t base = HAL_HOST_PERIPH_BASE;
    if (length == 0 || start < base || start - base > HAL_HOST_PERIPH_SIZE
        || length > HAL_HOST_PERIPH_SIZE - (start - base))
        return false;
    return periph_window_mapped();
}
