/* machine.mem32-style access to RAM, the heap region, the stack bounds and the
 * board's address-range check. */
#include "fw_print.h"

static uint32_t words[4];

int mpyc_main(void) {
    volatile uint32_t *mem32 = (volatile uint32_t *)(uintptr_t)words;
    volatile uint8_t *mem8 = (volatile uint8_t *)(uintptr_t)words;
    volatile uint16_t *mem16 = (volatile uint16_t *)(uintptr_t)words;
    mem32[1] = 0x12345678u;
    FW_CHECK(mem8[4] == 0x78 && mem8[7] == 0x12, "mem8 view of mem32 write (little endian)");
    mem16[3] = 0xBEEF;
    FW_CHECK(mem32[1] == 0xBEEF5678u, "mem16 write seen by mem32");
    FW_CHECK(hal_address_range_ok((uintptr_t)words, sizeof words), "RAM range accepted");
    FW_CHECK(!hal_address_range_ok(0xFFFFFFF0u, 32), "wrapping range refused");
    FW_CHECK(!hal_address_range_ok((uintptr_t)words, 0), "empty range refused");

    void *heap;
    size_t heap_size;
    hal_heap_region(&heap, &heap_size);
    uintptr_t heap_start = (uintptr_t)heap;
#ifdef MPYC_HEAP_OVERRIDE
    FW_CHECK(heap_size == MPYC_HEAP_OVERRIDE, "heap size set at link time");
#else
    FW_CHECK(heap_size == MPYC_EXPECTED_HEAP, "heap size is the board default");
#endif
    FW_CHECK(heap_start % 8 == 0, "heap aligned");
    FW_CHECK(hal_address_range_ok(heap_start, heap_size), "heap inside RAM");
    volatile uint32_t *heap_words = (volatile uint32_t *)heap;
    heap_words[0] = 0xA5A5A5A5u;
    heap_words[heap_size / 4 - 1] = 0x5A5A5A5Au;
    FW_CHECK(heap_words[0] == 0xA5A5A5A5u && heap_words[heap_size / 4 - 1] == 0x5A5A5A5Au,
             "heap writable at both ends");
    uintptr_t limit = (uintptr_t)hal_stack_limit();
    uintptr_t sp = (uintptr_t)&limit;
    FW_CHECK(limit >= heap_start + heap_size, "stack above the heap");
    FW_CHECK(sp > limit && sp - limit < 0x100000, "stack pointer inside the stack");
    fw_puts("memory ok heap=");
    fw_putu((uint32_t)heap_size);
    fw_puts("\n");
    return 0;
}
