#include "arena.h"

#include <stdint.h>

struct mp_arena_chunk {
    mp_arena_chunk *next;
    size_t size;
};

#define CHUNK_HEADER ((sizeof(mp_arena_chunk) + 15) & ~(size_t)15)
#define MIN_CHUNK (64 * 1024)

void mp_arena_init(mp_arena *arena, mp_allocator allocator) {
    arena->allocator = allocator;
    arena->head = NULL;
    arena->cur = arena->limit = NULL;
    arena->total = 0;
    arena->limit_total = 0;
    arena->failed = false;
}

void *mp_arena_alloc(mp_arena *arena, size_t size) {
    size = (size + 7) & ~(size_t)7;
    if (size == 0)
        size = 8;
    if ((size_t)(arena->limit - arena->cur) >= size && arena->cur) {
        void *p = arena->cur;
        arena->cur += size;
        return p;
    }
    /* Grow geometrically so a huge source does not mean millions of chunks. */
    size_t want = MIN_CHUNK;
    if (arena->total / 2 > want)
        want = arena->total / 2;
    if (want > 16u * 1024 * 1024)
        want = 16u * 1024 * 1024;
    if (size + CHUNK_HEADER > want)
        want = size + CHUNK_HEADER;
    if (size > SIZE_MAX / 2 || (arena->limit_total && arena->total + want > arena->limit_total)) {
        arena->failed = true;
        return NULL;
    }
    mp_arena_chunk *chunk = arena->allocator.alloc(arena->allocator.ctx, want);
    if (!chunk) {
        arena->failed = true;
        return NULL;
    }
    chunk->next = arena->head;
    chunk->size = want;
    arena->head = chunk;
    arena->total += want;
    arena->cur = (char *)chunk + CHUNK_HEADER;
    arena->limit = (char *)chunk + want;
    void *p = arena->cur;
    arena->cur += size;
    return p;
}

void *mp_arena_zalloc(mp_arena *arena, size_t size) {
    void *p = mp_arena_alloc(arena, size);
    if (p)
        mp_memset(p, 0, size);
    return p;
}

char *mp_arena_strndup(mp_arena *arena, const char *s, size_t len) {
    char *p = mp_arena_alloc(arena, len + 1);
    if (p) {
        mp_memcpy(p, s, len);
        p[len] = 0;
    }
    return p;
}

void mp_arena_free_all(mp_arena *arena) {
    mp_arena_chunk *c = arena->head;
    while (c) {
        mp_arena_chunk *next = c->next;
        arena->allocator.free(arena->allocator.ctx, c);
        c = next;
    }
    arena->head = NULL;
    arena->cur = arena->limit = NULL;
    arena->total = 0;
}

mp_vec *mp_vec_new(mp_arena *arena) {
    mp_vec *v = mp_arena_alloc(arena, sizeof *v);
    if (v) {
        v->items = NULL;
        v->count = v->cap = 0;
    }
    return v;
}

bool mp_vec_push(mp_arena *arena, mp_vec *vec, void *item) {
    if (vec->count == vec->cap) {
        if (vec->cap > INT32_MAX / 4)
            return false;
        int cap = vec->cap ? vec->cap * 2 : 4;
        void **items = mp_arena_alloc(arena, (size_t)cap * sizeof *items);
        if (!items)
            return false;
        if (vec->count)
            mp_memcpy(items, vec->items, (size_t)vec->count * sizeof *items);
        vec->items = items;
        vec->cap = cap;
    }
    vec->items[vec->count++] = item;
    return true;
}

void mp_memcpy(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
}

void mp_memset(void *dst, int c, size_t n) {
    unsigned char *d = dst;
    while (n--)
        *d++ = (unsigned char)c;
}

int mp_memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}

size_t mp_strlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}
