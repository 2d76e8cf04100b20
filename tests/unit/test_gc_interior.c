/* GC unit tests: objects held only through interior pointers (a str's
 * text, a bytes' data, a slot inside a list's items buffer) on the stack,
 * in a root range or inside another heap block survive collections; and
 * allocation stays cheap on a heap with a hole below a long live prefix
 * (gc.c is compiled into this test with MPYC_GC_PROBE_STATS, which counts
 * allocation-table probes). */
#include <stdint.h>
#include "rt_test.h"

extern size_t rt_gc_debug_probes;

/* Pointers are kept disguised (complemented) where the conservative scan
 * must not see them. */
static uintptr_t hide(const void *p) { return ~(uintptr_t)p; }
static void *unhide(uintptr_t h) { return (void *)~h; }

/* Overwrites dead stack slots so stale head pointers from helper frames
 * cannot keep the objects alive. */
__attribute__((noinline)) static void scrub_stack(void) {
    volatile char junk[8192];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = 0;
}

/* Garbage of mixed sizes, then collections: freed blocks get reused. */
__attribute__((noinline)) static void churn(void) {
    for (int round = 0; round < 8; round++) {
        for (int i = 0; i < 2000; i++) {
            char text[64];
            int n = snprintf(text, sizeof text, "garbage %d overwriting freed blocks", i * 7 + round);
            rt_str_new(text, (size_t)n);
            rt_alloc(16 + (size_t)(i % 5) * 24);
        }
        rt_gc_collect();
    }
}

static void fill_pattern(char *buf, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)('a' + (i * 7 + seed) % 26);
}

static int pattern_intact(const char *p, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++)
        if (p[i] != (char)('a' + (i * 7 + seed) % 26))
            return 0;
    return 1;
}

#define TEXT_LEN 1000 /* many blocks: the head lies far behind the interior pointer */

/* A str or bytes with the pattern; returns an interior pointer `offset`
 * bytes into its text, and the disguised head. */
__attribute__((noinline)) static const char *make_text(int bytes, unsigned seed, size_t offset, uintptr_t *hidden_head) {
    char buf[TEXT_LEN];
    fill_pattern(buf, TEXT_LEN, seed);
    Obj s = bytes ? rt_bytes_new(buf, TEXT_LEN) : rt_str_new(buf, TEXT_LEN);
    *hidden_head = hide((void *)s);
    return rt_str_data(s) + offset;
}

/* A list of 100 items (small ints, and a str at index 7); returns a pointer
 * to items[50] and the disguised list items buffer. */
__attribute__((noinline)) static Obj *make_list(uintptr_t *hidden_items) {
    Obj list = rt_list_new(0, NULL);
    for (int i = 0; i < 100; i++)
        rt_list_append(list, i == 7 ? rt_str_new("seventh item", 12) : small_from(i * 3));
    Obj *items = ((List *)list)->items;
    *hidden_items = hide(items);
    return items + 50;
}

static int list_intact(const Obj *items) {
    int ok = 1;
    for (int i = 0; i < 100; i++) {
        if (i == 7)
            ok &= rt_str_len(items[i]) == 12 && !memcmp(rt_str_data(items[i]), "seventh item", 12);
        else
            ok &= items[i] == small_from(i * 3);
    }
    return ok;
}

static Obj interior_root[1];
static uintptr_t hidden_heads[5];

__attribute__((noinline)) static void test_interior_pointers(void) {
    uintptr_t str_head, bytes_head, root_head, nested_head, items_head;
    /* only interior pointers stay visible: in volatile stack slots, in a
     * registered root range, inside another heap block */
    const char *volatile str_text = make_text(0, 1, 0, &str_head);
    const char *volatile bytes_text = make_text(1, 2, TEXT_LEN - 1, &bytes_head);
    Obj *volatile list_slot = make_list(&items_head);
    interior_root[0] = (Obj)(uintptr_t)make_text(0, 3, 333, &root_head);
    rt_gc_add_root(interior_root, 1);
    const char **volatile holder = rt_alloc(sizeof(char *));
    *holder = make_text(0, 4, 517, &nested_head);
    scrub_stack();
    churn();
    scrub_stack();
    churn();

    CHECK(pattern_intact(str_text, TEXT_LEN, 1));
    CHECK(rt_gc_is_heap_block(unhide(str_head)));
    CHECK(type_of((Obj)(uintptr_t)unhide(str_head)) == &type_str);
    CHECK(pattern_intact(bytes_text - (TEXT_LEN - 1), TEXT_LEN, 2));
    CHECK(rt_gc_is_heap_block(unhide(bytes_head)));
    CHECK(type_of((Obj)(uintptr_t)unhide(bytes_head)) == &type_bytes);
    CHECK(rt_gc_is_heap_block(unhide(items_head)));
    CHECK(list_intact(list_slot - 50));
    CHECK(pattern_intact((const char *)(uintptr_t)interior_root[0] - 333, TEXT_LEN, 3));
    CHECK(rt_gc_is_heap_block(unhide(root_head)));
    CHECK(rt_gc_is_heap_block((void *)holder));
    CHECK(pattern_intact(*holder - 517, TEXT_LEN, 4));
    CHECK(rt_gc_is_heap_block(unhide(nested_head)));

    str_text = bytes_text = NULL;
    list_slot = NULL;
    interior_root[0] = 0;
    *holder = NULL;
    hidden_heads[0] = str_head;
    hidden_heads[1] = bytes_head;
    hidden_heads[2] = root_head;
    hidden_heads[3] = nested_head;
    hidden_heads[4] = items_head;
}

/* Once the interior pointers are gone (and the frame that held them), the
 * texts are reclaimed. (The list items buffer is left out: a stale copy of
 * the list's head in a callee-saved register may legitimately keep it.) */
__attribute__((noinline)) static void test_interior_released(void) {
    scrub_stack();
    rt_gc_collect(); /* no allocation in between: the blocks are not reused yet */
    int reclaimed = 0;
    for (int i = 0; i < 4; i++)
        reclaimed += !rt_gc_is_heap_block(unhide(hidden_heads[i]));
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_TEST_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(GC_TEST_UNDER_ASAN)
    /* The sanitizer build (clang -O0) leaves stale copies of pointers in
     * frames and spill slots that a conservative scan rightly honours, so
     * reclamation is only checked in the optimised native and -m32 builds. */
    printf("reclaim after release: not checked under ASan (%d of 4 reclaimed)\n", reclaimed);
#else
    CHECK(reclaimed == 4);
#endif
}

/* A one-block hole below a long run of live blocks, then many allocations
 * too big for the hole: a search starting at the lowest free block would
 * walk the whole run every time (N x run probes). */
__attribute__((noinline)) static void test_allocation_cost(void) {
    enum { PREFIX = 6000, N = 4000 };
    rt_gc_collect();
    rt_gc_enable(false);
    GcInfo info;
    rt_gc_info(&info);
    size_t heap_blocks = info.total / (2 * sizeof(void *));
    void *hole = rt_alloc(1);
    int ok = 1;
    for (int i = 0; i < PREFIX; i++)
        ok &= rt_alloc(2 * sizeof(void *)) != NULL;
    rt_free(hole);
    rt_gc_debug_probes = 0;
    for (int i = 0; i < N; i++)
        ok &= rt_alloc(5 * sizeof(void *)) != NULL; /* three blocks */
    CHECK(ok);
    size_t probes = rt_gc_debug_probes;
    printf("allocation cost: %zu probes for %d allocations after a %d-block live run (%zu-block heap)\n",
           probes, N, PREFIX, heap_blocks);
    /* a bounded first-fit look near the hole, then next fit: a few dozen
     * probes per allocation, against N x PREFIX for a search from the hole */
    CHECK(probes < (size_t)N * 300);
    /* the hole is not lost: one-block requests reach it (after wrapping
     * around) before the heap runs out */
    void *small = NULL;
    for (size_t i = 0; i < heap_blocks && small != hole; i++)
        if (!(small = rt_alloc_quiet(1)))
            break;
    CHECK(small == hole);
    rt_gc_enable(true);
    scrub_stack();
    rt_gc_collect();
}

/* A temporary rt_free'd between allocations is reused by the next
 * request of its size, so objects that outlive their temporaries end up
 * packed instead of spread one per hole across the heap. */
__attribute__((noinline)) static void test_freed_run_reused(void) {
    rt_gc_collect();
    rt_gc_enable(false);
    int ok = 1;
    uintptr_t first_kept = 0, last_kept = 0;
    for (int i = 0; i < 200; i++) {
        void *tmp = rt_alloc(9 * 2 * sizeof(void *));
        void *kept = rt_alloc(3 * 2 * sizeof(void *));
        ok &= tmp && kept;
        if (i == 0)
            first_kept = (uintptr_t)kept;
        last_kept = (uintptr_t)kept;
        rt_free(tmp);
    }
    CHECK(ok);
    /* 200 survivors of 3 blocks: packed, not 12 blocks apart */
    CHECK(last_kept - first_kept < 220 * 3 * 2 * sizeof(void *));
    rt_gc_enable(true);
    scrub_stack();
    rt_gc_collect();
}

/* main keeps no object references: the stack scan starts above its frame
 * (rt_init), so the tests run in their own noinline functions. */
int main(void) {
    hal_host_set_heap_size(512 * 1024);
    rt_init(0);
    test_interior_pointers();
    test_interior_released();
    test_allocation_cost();
    test_freed_run_reused();
    return test_summary("gc");
}
