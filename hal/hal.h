/* The board interface: everything the runtime needs from the hardware or the
 * host OS. One implementation per folder under hal/ (host, rp2040, ...).
 * Freestanding: only <stddef.h>/<stdint.h>/<stdbool.h> types. */
#ifndef MPYC_HAL_H
#define MPYC_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Called once before anything else: clocks, console, timers. */
void hal_init(void);

/* Console: stdout / stderr (fd 1 / 2; boards without a separate error
 * stream write both to their console) and stdin. */
void hal_write(int fd, const char *buf, size_t len);
/* Next input byte, or -1 at end of input. Blocks until a byte arrives. */
int hal_read_byte(void);

/* Ends the program with a status the host sees (process exit status, or the
 * emulator's exit status). */
_Noreturn void hal_exit(int status);

/* Time. ticks_us wraps at 2^32 like MicroPython's ticks; hal_time_ns is a
 * monotonic 64-bit clock for time.time_ns()-style uses. */
uint32_t hal_ticks_us(void);
uint32_t hal_ticks_ms(void);
uint32_t hal_ticks_cpu(void);
uint64_t hal_time_ns(void);
void hal_delay_us(uint32_t us);
/* Wall-clock time in ns since 1970-01-01 UTC where the board has a clock
 * (the host); boards without a real-time clock return the time since
 * power-on (hal_time_ns). time.time() / time_ns() / gmtime() use it. */
uint64_t hal_wall_time_ns(void);

/* The memory the GC manages. On boards this comes from the linker script
 * (sized by --heap); on the host it is allocated at startup. */
void hal_heap_region(void **start, size_t *size);
/* The lowest address the C stack (growing down) may safely reach: its end
 * plus a margin for the runtime's own C code (compiled functions raise
 * RuntimeError("maximum recursion depth exceeded") when entered below it);
 * and the address just above every frame main() and its callees can have,
 * where the conservative stack scan ends. */
void *hal_stack_limit(void);
void *hal_stack_top(void);

/* machine module support. */
uint32_t hal_cpu_freq(void);
bool hal_set_cpu_freq(uint32_t hz);        /* false: frequency not supported */
size_t hal_unique_id(uint8_t *buf, size_t max); /* 0 where the board has none */
_Noreturn void hal_reset(void);

/* GPIO (machine.Pin). hal_gpio_count() is 0 on boards without GPIO. */
enum hal_pin_mode { HAL_PIN_IN, HAL_PIN_OUT };
enum hal_pin_pull { HAL_PULL_NONE, HAL_PULL_UP, HAL_PULL_DOWN };
int hal_gpio_count(void);
void hal_gpio_init(int pin, enum hal_pin_mode mode, enum hal_pin_pull pull);
void hal_gpio_write(int pin, bool value);
bool hal_gpio_read(int pin);

/* memorymap.AddressRange: false when [start, start+length) is invalid or
 * protected on this board (the caller raises ValueError). */
bool hal_address_range_ok(uintptr_t start, size_t length);

#endif
