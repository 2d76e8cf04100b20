/* Allocation interface and the arena every frontend object lives in. */
#ifndef MPYC_FRONTEND_ARENA_H
#define MPYC_FRONTEND_ARENA_H

#include <stddef.h>
#include <stdbool.h>

/* The frontend never calls malloc: the host (or firmware) supplies this. */
typedef struct mp_allocator {
    void *(*alloc)(void *ctx, size_t size);   /* NULL on failure */
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} mp_allocator;

typedef struct mp_arena_chunk mp_arena_chunk;

typedef struct mp_arena {
    mp_allocator allocator;
    mp_arena_chunk *head;
    char *cur, *limit;      /* free space in the head chunk */
    size_t total;           /* bytes obtained from the allocator */
    size_t limit_total;     /* 0 = unlimited */
    bool failed;
} mp_arena;

void mp_arena_init(mp_arena *arena, mp_allocator allocator);
/* Returns 8-byte aligned memory, or NULL (and sets arena->failed) when out of memory. */
void *mp_arena_alloc(mp_arena *arena, size_t size);
void *mp_arena_zalloc(mp_arena *arena, size_t size);
char *mp_arena_strndup(mp_arena *arena, const char *s, size_t len);
void mp_arena_free_all(mp_arena *arena);

/* Growable pointer array inside an arena (the parser's lists). */
typedef struct mp_vec {
    void **items;
    int count, cap;
} mp_vec;

mp_vec *mp_vec_new(mp_arena *arena);
bool mp_vec_push(mp_arena *arena, mp_vec *vec, void *item);

/* Freestanding replacements for the few <string.h> routines we need. */
void mp_memcpy(void *dst, const void *src, size_t n);
void mp_memset(void *dst, int c, size_t n);
int mp_memcmp(const void *a, const void *b, size_t n);
size_t mp_strlen(const char *s);

#endif
