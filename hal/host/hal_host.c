/* The board interface on the host, over POSIX: stdio, exit, clock_gettime,
 * a malloc'ed heap, the stack bounds from getrlimit. No GPIO, no unique id. */
#define _POSIX_C_SOURCE 200809L
#include "hal.h"
#include "host/hal_host.h"

#include <stdio.h>
#include <stdlib.h>
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
    int top;
    stack_base = (uintptr_t)&top;
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
 * RLIMIT_STACK bytes (8 MB if unlimited); keep a 64 KB safety margin. */
void *hal_stack_limit(void) {
    if (!stack_base)
        hal_init();
    struct rlimit limit;
    size_t size = 8u * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        size = (size_t)limit.rlim_cur;
    size_t margin = 64u * 1024;
    return (void *)(stack_base - (size > 2 * margin ? size - margin : size / 2));
}

uint32_t hal_cpu_freq(void) { return 0; }
bool hal_set_cpu_freq(uint32_t hz) { (void)hz; return false; }
size_t hal_unique_id(uint8_t *buf, size_t max) { (void)buf, (void)max; return 0; }

_Noreturn void hal_reset(void) {
    hal_exit(0);
}

int hal_gpio_count(void) { return 0; }
void hal_gpio_init(int pin, enum hal_pin_mode mode, enum hal_pin_pull pull) {
    (void)pin, (void)mode, (void)pull;
}
void hal_gpio_write(int pin, bool value) { (void)pin, (void)value; }
bool hal_gpio_read(int pin) { (void)pin; return false; }

/* A user-space process has no physical memory map to expose. */
bool hal_address_range_ok(uintptr_t start, size_t length) {
    (void)start, (void)length;
    return false;
}
