/* Mark-sweep garbage collector over the HAL's heap region.
 *
 * The heap is cut into blocks of two words. An allocation table holds two
 * bits per block: FREE, HEAD (first block of an allocation), TAIL (the
 * following blocks) or MARK (a HEAD reached during marking). Roots: the C
 * stack (from the current stack pointer to the base recorded by rt_init),
 * the registers (spilled into the stack first), the runtime state and any
 * registered ranges. Every word is treated as a possible pointer; a word
 * pointing anywhere inside an allocation (head or tail block) keeps it
 * alive, because C code and optimising compilers may hold only a derived
 * pointer (a str's text, a list's items). Marking uses a bounded explicit
 * stack; when it overflows, the heap is rescanned for marked blocks until
 * nothing new is found.
 *
 * Allocation of up to SIZE_CLASSES blocks first takes the last run of that
 * size rt_free'd since the sweep, if it is still free; else first fit with
 * one cursor per size: class_from[n] is a lower bound on where a run of n free blocks can
 * start. Allocating only removes free blocks, so the bound stays valid
 * and each cursor crosses the heap at most once between collections
 * (blocks rt_free'd in between are searched once more when a cursor
 * reaches the end of the heap). Bigger requests use a bounded first-fit look from the
 * lowest free block, then next fit from where the last big allocation
 * ended, wrapping around once before collecting. A sweep resets every
 * cursor to the lowest free block. */
#include "rt.h"
#include "rt_internal.h"

#define WORD sizeof(uintptr_t)
#define BLOCK_BYTES (2 * WORD)
#define BLOCKS_PER_ATB_BYTE 4
#define BLOCKS_PER_ATB_WORD (BLOCKS_PER_ATB_BYTE * WORD)
#define ALL_TAIL_ATB_BYTE 0xAA
#define MARK_STACK_SIZE 64
#define FIRST_FIT_PROBES 256 /* table probes (single blocks or whole words) */
#define MAX_ROOT_RANGES 16
#define SIZE_CLASSES 32 /* requests of up to this many blocks use class_from */

enum { FREE = 0, HEAD = 1, TAIL = 2, MARK = 3 };

static struct {
    uint8_t *atb;               /* allocation table */
    uintptr_t pool;             /* first block */
    size_t n_blocks;
    size_t first_free;          /* where big-run searches start (a lower bound) */
    size_t next_fit;            /* where the next big allocation search starts */
    size_t class_from[SIZE_CLASSES + 1]; /* no run of n free blocks starts below [n] ... */
    size_t freed_low;           /* ... except ones around blocks rt_free'd from here on */
    size_t recycled[SIZE_CLASSES + 1]; /* head of the last run of n blocks rt_free'd, or SIZE_MAX */
    size_t allocated_since_gc;  /* bytes */
    intptr_t threshold;
    int lock_depth;
    bool enabled;
    bool collecting;
    bool mark_overflow;
    uintptr_t mark_stack[MARK_STACK_SIZE];
    size_t mark_sp;
    struct { Obj *start; size_t n; } roots[MAX_ROOT_RANGES];
    size_t n_roots;
} gc;

void *rt_stack_base;

/* The unit test counts allocation-table probes of the allocator. */
#ifdef MPYC_GC_PROBE_STATS
size_t rt_gc_debug_probes;
#define COUNT_PROBE() (rt_gc_debug_probes++)
#else
#define COUNT_PROBE() ((void)0)
#endif

static inline int block_state(size_t b) {
    return (gc.atb[b / BLOCKS_PER_ATB_BYTE] >> (2 * (b % BLOCKS_PER_ATB_BYTE))) & 3;
}

static inline void set_block_state(size_t b, int state) {
    uint8_t *p = &gc.atb[b / BLOCKS_PER_ATB_BYTE];
    int shift = 2 * (b % BLOCKS_PER_ATB_BYTE);
    *p = (uint8_t)((*p & ~(3 << shift)) | (state << shift));
}

static inline void *block_ptr(size_t b) {
    return (void *)(gc.pool + b * BLOCK_BYTES);
}

/* Block index of a pointer to a block head, or SIZE_MAX. */
static inline size_t head_block_of(uintptr_t p) {
    if (p < gc.pool || (p - gc.pool) % BLOCK_BYTES != 0)
        return SIZE_MAX;
    size_t b = (p - gc.pool) / BLOCK_BYTES;
    if (b >= gc.n_blocks)
        return SIZE_MAX;
    return b;
}

/* The head block of the allocation containing block b (b itself unless it
 * is a TAIL). Whole table bytes of tails are skipped at once. */
static size_t head_of(size_t b) {
    while (b > 0 && block_state(b) == TAIL) {
        if (b % BLOCKS_PER_ATB_BYTE == 0 && gc.atb[b / BLOCKS_PER_ATB_BYTE - 1] == ALL_TAIL_ATB_BYTE)
            b -= BLOCKS_PER_ATB_BYTE;
        else
            b--;
    }
    return b;
}

static size_t blocks_in(size_t head) {
    size_t n = 1;
    while (head + n < gc.n_blocks && block_state(head + n) == TAIL)
        n++;
    return n;
}

void rt_gc_init(void *start, size_t size) {
    uintptr_t lo = ((uintptr_t)start + WORD - 1) & ~(uintptr_t)(WORD - 1);
    uintptr_t hi = ((uintptr_t)start + size) & ~(uintptr_t)(WORD - 1);
    size_t bytes = hi > lo ? hi - lo : 0;
    /* One ATB byte serves 4 blocks: 4 * BLOCK_BYTES + 1 bytes of heap. */
    size_t n_blocks = bytes * BLOCKS_PER_ATB_BYTE / (BLOCKS_PER_ATB_BYTE * BLOCK_BYTES + 1);
    size_t atb_bytes = (n_blocks + BLOCKS_PER_ATB_BYTE - 1) / BLOCKS_PER_ATB_BYTE;
    gc.atb = (uint8_t *)lo;
    gc.pool = (lo + atb_bytes + BLOCK_BYTES - 1) & ~(uintptr_t)(BLOCK_BYTES - 1);
    while (n_blocks && gc.pool + n_blocks * BLOCK_BYTES > hi)
        n_blocks--;
    gc.n_blocks = n_blocks;
    rt_memset(gc.atb, 0, atb_bytes);
    gc.first_free = 0;
    gc.next_fit = 0;
    for (size_t k = 0; k <= SIZE_CLASSES; k++) {
        gc.class_from[k] = 0;
        gc.recycled[k] = SIZE_MAX;
    }
    gc.freed_low = SIZE_MAX;
    gc.allocated_since_gc = 0;
    gc.threshold = -1;
    gc.lock_depth = 0;
    gc.enabled = true;
    gc.n_roots = 0;
}

bool rt_gc_is_heap_block(const void *p) {
    size_t b = head_block_of((uintptr_t)p);
    return b != SIZE_MAX && (block_state(b) == HEAD || block_state(b) == MARK);
}

/* ---- marking ------------------------------------------------------------ */

static void mark_candidate(uintptr_t word) {
    if (word < gc.pool)
        return;
    size_t b = (word - gc.pool) / BLOCK_BYTES;
    if (b >= gc.n_blocks)
        return;
    int state = block_state(b);
    if (state == TAIL) {
        b = head_of(b);
        state = block_state(b);
    }
    if (state != HEAD)
        return;
    set_block_state(b, MARK);
    if (gc.mark_sp < MARK_STACK_SIZE)
        gc.mark_stack[gc.mark_sp++] = b;
    else
        gc.mark_overflow = true;
}

static void scan_block_children(size_t b) {
    size_t n = blocks_in(b);
    const uintptr_t *words = block_ptr(b);
    size_t n_words = n * BLOCK_BYTES / WORD;
    for (size_t i = 0; i < n_words; i++)
        mark_candidate(words[i]);
}

static void drain_mark_stack(void) {
    while (gc.mark_sp > 0)
        scan_block_children(gc.mark_stack[--gc.mark_sp]);
}

#if defined(__clang__) || defined(__GNUC__)
#define NO_SANITIZE_ADDRESS __attribute__((no_sanitize_address))
#else
#define NO_SANITIZE_ADDRESS
#endif

NO_SANITIZE_ADDRESS static void scan_range(const void *start, const void *end) {
    uintptr_t lo = ((uintptr_t)start + WORD - 1) & ~(uintptr_t)(WORD - 1);
    for (uintptr_t p = lo; p + WORD <= (uintptr_t)end; p += WORD) {
        mark_candidate(*(const uintptr_t *)p);
        drain_mark_stack();
    }
}

/* Registers must be in memory for the stack scan: spill them into this
 * frame, then scan from here to the stack base. */
__attribute__((noinline)) static void scan_stack_and_registers(void) {
    volatile uintptr_t spill[32];
#if defined(__GNUC__)
    __builtin_unwind_init();
#endif
    for (int i = 0; i < 32; i++)
        spill[i] = 0;
    void *top = (void *)spill;
    if (rt_stack_base && (uintptr_t)top < (uintptr_t)rt_stack_base)
        scan_range(top, rt_stack_base);
}

static void mark_from_roots(void) {
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    scan_range(&rt_state, (const char *)&rt_state + sizeof rt_state);
    for (size_t i = 0; i < gc.n_roots; i++)
        scan_range(gc.roots[i].start, gc.roots[i].start + gc.roots[i].n);
    scan_stack_and_registers();
    /* Overflow: some marked blocks were never scanned; rescanning every
     * marked block is idempotent, repeat until the stack sufficed. */
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        for (size_t b = 0; b < gc.n_blocks; b++) {
            if (block_state(b) == MARK) {
                scan_block_children(b);
                drain_mark_stack();
            }
        }
    }
}

static void sweep(void) {
    bool freeing = false;
    size_t lowest_free = gc.n_blocks;
    for (size_t b = 0; b < gc.n_blocks; b++) {
        switch (block_state(b)) {
        case HEAD:
            freeing = true;
            set_block_state(b, FREE);
            break;
        case TAIL:
            if (freeing)
                set_block_state(b, FREE);
            break;
        case MARK:
            freeing = false;
            set_block_state(b, HEAD);
            break;
        default:
            freeing = false;
            break;
        }
        if (lowest_free == gc.n_blocks && block_state(b) == FREE)
            lowest_free = b;
    }
    gc.first_free = lowest_free;
    gc.next_fit = lowest_free;
    for (size_t k = 0; k <= SIZE_CLASSES; k++) {
        gc.class_from[k] = lowest_free;
        gc.recycled[k] = SIZE_MAX;
    }
    gc.freed_low = SIZE_MAX;
}

/* Blocks from b on were freed outside a sweep. The size cursors stay
 * where they are (lowering them would make each walk the heap again after
 * every free); a search that reaches the end of the heap looks again from
 * the lowest such block before the heap counts as full. */
static void note_freed(size_t b, size_t n) {
    if (n <= SIZE_CLASSES)
        gc.recycled[n] = b;
    if (b < gc.first_free)
        gc.first_free = b;
    if (b < gc.freed_low)
        gc.freed_low = b;
}

void rt_gc_collect(void) {
    if (gc.collecting || gc.n_blocks == 0)
        return;
    gc.collecting = true;
    mark_from_roots();
    sweep();
    gc.allocated_since_gc = 0;
    gc.collecting = false;
}

/* ---- allocation ----------------------------------------------------------- */

/* Whether any of the table word's blocks starting at b (a multiple of
 * BLOCKS_PER_ATB_WORD) is FREE, i.e. has both state bits clear. */
static inline bool atb_word_has_free(size_t b) {
    uintptr_t w;
    __builtin_memcpy(&w, gc.atb + b / BLOCKS_PER_ATB_BYTE, sizeof w);
    const uintptr_t low_bits = (uintptr_t)-1 / 3; /* 0b0101... */
    return ((w | (w >> 1)) & low_bits) != low_bits;
}

/* The head of the first run of n free blocks in [from, limit), or SIZE_MAX
 * (also after max_probes table probes). Advances first_free over the used
 * blocks it passes at its start. */
static size_t find_free_run(size_t from, size_t limit, size_t n, size_t max_probes) {
    size_t run = 0;
    size_t b = from;
    while (b < limit && max_probes-- > 0) {
        COUNT_PROBE();
        size_t step = 1;
        if (b % BLOCKS_PER_ATB_WORD == 0 && b + BLOCKS_PER_ATB_WORD <= limit && !atb_word_has_free(b))
            step = BLOCKS_PER_ATB_WORD;
        else if (block_state(b) == FREE) {
            if (++run == n)
                return b + 1 - n;
            b++;
            continue;
        }
        run = 0;
        if (b == gc.first_free)
            gc.first_free = b + step;
        b += step;
    }
    return SIZE_MAX;
}

/* First fit for a run of n <= SIZE_CLASSES blocks from its size's cursor,
 * which ends where the search stopped. Table words and bytes without a
 * free block are skipped whole. */
static size_t find_small_run(size_t n) {
    size_t b = gc.class_from[n], run = 0, limit = gc.n_blocks;
    while (b < limit) {
        COUNT_PROBE();
        if (run == 0 && b % BLOCKS_PER_ATB_BYTE == 0) {
            if (b % BLOCKS_PER_ATB_WORD == 0 && b + BLOCKS_PER_ATB_WORD <= limit && !atb_word_has_free(b)) {
                b += BLOCKS_PER_ATB_WORD;
                continue;
            }
            unsigned byte = gc.atb[b / BLOCKS_PER_ATB_BYTE];
            if (((byte | (byte >> 1)) & 0x55) == 0x55 && b + BLOCKS_PER_ATB_BYTE <= limit) {
                b += BLOCKS_PER_ATB_BYTE;
                continue;
            }
        }
        if (block_state(b) != FREE)
            run = 0;
        else if (++run == n) {
            gc.class_from[n] = b + 1;
            return b + 1 - n;
        }
        b++;
    }
    gc.class_from[n] = limit - run;
    return SIZE_MAX;
}

/* Big requests: bounded first fit, then next fit wrapping around once. */
static size_t find_big_run(size_t n_blocks) {
    /* First fit near the lowest free block keeps long-lived data packed
     * (big requests still fit on small heaps); past a few probes, next fit
     * from where the last allocation ended, wrapping around once. Runs of
     * SIZE_CLASSES free blocks start at class_from[SIZE_CLASSES] or later. */
    if (gc.first_free < gc.class_from[SIZE_CLASSES])
        gc.first_free = gc.class_from[SIZE_CLASSES];
    size_t head = find_free_run(gc.first_free, gc.n_blocks, n_blocks, FIRST_FIT_PROBES);
    if (head == SIZE_MAX) {
        /* only next-fit successes move next_fit: a first-fit hit low down
         * must not send the next search back over the live blocks */
        size_t start = gc.next_fit > gc.first_free ? gc.next_fit : gc.first_free;
        head = find_free_run(start, gc.n_blocks, n_blocks, SIZE_MAX);
        if (head == SIZE_MAX && start > gc.first_free) {
            size_t end = start + n_blocks - 1;
            head = find_free_run(gc.first_free, end < gc.n_blocks ? end : gc.n_blocks, n_blocks, SIZE_MAX);
        }
        if (head == SIZE_MAX)
            return SIZE_MAX;
        gc.next_fit = head + n_blocks;
    }
    return head;
}

/* Whether the n blocks from b are all free. */
static bool run_is_free(size_t b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (block_state(b + i) != FREE)
            return false;
    return true;
}

static void *try_alloc(size_t n_blocks) {
    size_t head;
    if (n_blocks <= SIZE_CLASSES) {
        /* A run of this size rt_free'd since the sweep is reused first:
         * temporaries freed as they go (format buffers, grown arrays)
         * then leave no hole between the objects that survive them. */
        head = gc.recycled[n_blocks];
        gc.recycled[n_blocks] = SIZE_MAX;
        if (head == SIZE_MAX || !run_is_free(head, n_blocks))
            head = find_small_run(n_blocks);
        if (head == SIZE_MAX && gc.freed_low != SIZE_MAX && gc.freed_low < gc.class_from[n_blocks]) {
            size_t low = gc.freed_low;
            gc.class_from[n_blocks] = low >= n_blocks - 1 ? low - (n_blocks - 1) : 0;
            head = find_small_run(n_blocks);
        }
    } else {
        head = find_big_run(n_blocks);
    }
    if (head == SIZE_MAX)
        return NULL;
    set_block_state(head, HEAD);
    for (size_t i = head + 1; i < head + n_blocks; i++)
        set_block_state(i, TAIL);
    if (head == gc.first_free)
        gc.first_free = head + n_blocks;
    uintptr_t *p = block_ptr(head);
    if (n_blocks == 1) {
        p[0] = 0;
        p[1] = 0;
    } else {
        rt_memset(p, 0, n_blocks * BLOCK_BYTES);
    }
    return p;
}

/* A run of n (1 or 2) blocks at its size's cursor (for two blocks, the run
 * last rt_free'd first), when that run is free and nothing else (lock,
 * threshold) applies: boxed floats (two blocks on 32-bit targets) and
 * other small objects. One-block requests skip the freed run here: taking
 * it cost mandelbrot 4% more instructions on the host, and the slow path
 * still reuses it. */
__attribute__((always_inline)) static inline void *alloc_small_fast(size_t n) {
    if (gc.lock_depth > 0 || gc.collecting || (gc.threshold >= 0 && gc.allocated_since_gc >= (size_t)gc.threshold))
        return NULL;
    size_t b = n == 2 ? gc.recycled[n] : SIZE_MAX;
    bool at_cursor = b == SIZE_MAX;
    if (at_cursor)
        b = gc.class_from[n];
    else
        gc.recycled[n] = SIZE_MAX;
    if (b + n > gc.n_blocks || block_state(b) != FREE || (n == 2 && block_state(b + 1) != FREE))
        return NULL;
    set_block_state(b, HEAD);
    if (n == 2)
        set_block_state(b + 1, TAIL);
    if (at_cursor)
        gc.class_from[n] = b + n;
    if (b == gc.first_free)
        gc.first_free = b + n;
    gc.allocated_since_gc += n * BLOCK_BYTES;
    uintptr_t *p = block_ptr(b);
    p[0] = 0;
    p[1] = 0;
    if (n == 2) {
        p[2] = 0;
        p[3] = 0;
    }
    return p;
}

void *rt_alloc_quiet(size_t n) {
    if (n <= 2 * BLOCK_BYTES) {
        void *p = n <= BLOCK_BYTES ? alloc_small_fast(1) : alloc_small_fast(2);
        if (p)
            return p;
    }
    if (gc.lock_depth > 0 || gc.collecting)
        return NULL;
    if (n == 0)
        n = 1;
    if (n > gc.n_blocks * BLOCK_BYTES)
        return NULL; /* never fits (and n + BLOCK_BYTES - 1 cannot wrap) */
    size_t n_blocks = (n + BLOCK_BYTES - 1) / BLOCK_BYTES;
    if (gc.enabled && gc.threshold >= 0 && gc.allocated_since_gc >= (size_t)gc.threshold)
        rt_gc_collect();
    void *p = try_alloc(n_blocks);
    if (!p && gc.enabled) {
        rt_gc_collect();
        p = try_alloc(n_blocks);
    }
    if (p)
        gc.allocated_since_gc += n_blocks * BLOCK_BYTES;
    return p;
}

void *rt_alloc(size_t n) {
    void *p = rt_alloc_quiet(n);
    if (!p)
        rt_raise_memory_error_alloc(n);
    return p;
}

void rt_free(void *p) {
    size_t b = head_block_of((uintptr_t)p);
    if (b == SIZE_MAX || block_state(b) != HEAD || gc.collecting)
        return;
    size_t n = blocks_in(b);
    for (size_t i = 0; i < n; i++)
        set_block_state(b + i, FREE);
    note_freed(b, n);
}

void *rt_realloc(void *p, size_t n) {
    if (!p)
        return rt_alloc(n);
    size_t b = head_block_of((uintptr_t)p);
    if (b == SIZE_MAX || block_state(b) != HEAD)
        return rt_alloc(n);
    size_t have = blocks_in(b);
    size_t want = n ? (n + BLOCK_BYTES - 1) / BLOCK_BYTES : 1;
    if (want <= have) {
        for (size_t i = want; i < have; i++)
            set_block_state(b + i, FREE);
        if (want < have)
            note_freed(b + want, have - want);
        return p;
    }
    /* Grow in place when the following blocks are free. */
    size_t extra = 0;
    while (b + have + extra < gc.n_blocks && extra < want - have && block_state(b + have + extra) == FREE)
        extra++;
    if (extra == want - have && gc.lock_depth == 0) {
        for (size_t i = have; i < want; i++)
            set_block_state(b + i, TAIL);
        rt_memset((char *)p + have * BLOCK_BYTES, 0, (want - have) * BLOCK_BYTES);
        gc.allocated_since_gc += (want - have) * BLOCK_BYTES;
        return p;
    }
    void *q = rt_alloc(n);
    if (!q)
        return NULL;
    rt_memcpy(q, p, have * BLOCK_BYTES);
    rt_free(p);
    return q;
}

void *rt_alloc_obj(const Type *type, size_t size) {
    ObjBase *o = size <= BLOCK_BYTES ? alloc_small_fast(1) : size <= 2 * BLOCK_BYTES ? alloc_small_fast(2) : NULL;
    if (o) {
        o->type = type;
        return o;
    }
    o = rt_alloc(size < sizeof(ObjBase) ? sizeof(ObjBase) : size);
    if (o)
        o->type = type;
    return o;
}

/* ---- control and statistics ---------------------------------------------- */

void rt_gc_enable(bool on) { gc.enabled = on; }
bool rt_gc_is_enabled(void) { return gc.enabled; }
void rt_gc_set_threshold(intptr_t bytes) { gc.threshold = bytes < 0 ? -1 : bytes; }
intptr_t rt_gc_threshold(void) { return gc.threshold; }
int rt_gc_heap_lock(void) { return ++gc.lock_depth; }
bool rt_gc_heap_is_locked(void) { return gc.lock_depth > 0; }
int rt_gc_heap_unlock(void) { return gc.lock_depth > 0 ? --gc.lock_depth : 0; }

void rt_gc_add_root(Obj *start, size_t n_words) {
    if (gc.n_roots < MAX_ROOT_RANGES) {
        gc.roots[gc.n_roots].start = start;
        gc.roots[gc.n_roots].n = n_words;
        gc.n_roots++;
    }
}

void rt_gc_info(GcInfo *info) {
    rt_memset(info, 0, sizeof *info);
    info->total = gc.n_blocks * BLOCK_BYTES;
    size_t free_run = 0;
    for (size_t b = 0; b < gc.n_blocks; b++) {
        int s = block_state(b);
        if (s == FREE) {
            info->free += BLOCK_BYTES;
            if (++free_run * BLOCK_BYTES > info->max_free_block)
                info->max_free_block = free_run * BLOCK_BYTES;
            continue;
        }
        free_run = 0;
        info->used += BLOCK_BYTES;
        if (s == HEAD) {
            size_t n = blocks_in(b);
            if (n == 1)
                info->blocks_1++;
            else if (n == 2)
                info->blocks_2++;
            if (n > info->max_block)
                info->max_block = n;
        }
    }
}

/* The heap map micropython.mem_info(1) prints: one character per block
 * ('.' free, 'h' head, '=' tail), 64 blocks per line; runs of wholly free
 * lines are folded into one line saying how many. */
void rt_gc_dump_map(Stream *out) {
    size_t folded = 0;
    for (size_t line = 0; line < gc.n_blocks; line += 64) {
        size_t end = line + 64 < gc.n_blocks ? line + 64 : gc.n_blocks;
        bool all_free = true;
        for (size_t b = line; b < end && all_free; b++)
            all_free = block_state(b) == FREE;
        if (all_free && end - line == 64) {
            folded++;
            continue;
        }
        if (folded) {
            rt_stream_printf(out, "       (%zu lines all free)\n", folded);
            folded = 0;
        }
        char text[65];
        for (size_t b = line; b < end; b++) {
            int s = block_state(b);
            text[b - line] = s == FREE ? '.' : s == TAIL ? '=' : 'h';
        }
        text[end - line] = 0;
        rt_stream_printf(out, "%lx: %s\n", (unsigned long)(line * BLOCK_BYTES), text);
    }
    if (folded)
        rt_stream_printf(out, "       (%zu lines all free)\n", folded);
}

size_t rt_gc_mem_free(void) {
    GcInfo i;
    rt_gc_info(&i);
    return i.free;
}

size_t rt_gc_mem_alloc(void) {
    GcInfo i;
    rt_gc_info(&i);
    return i.used;
}
