/* The build cache: a 64-bit FNV-1a content hash names a directory under
 * $XDG_CACHE_HOME/mpyc (or ~/.cache/mpyc) holding the built program. */
#ifndef MPYC_CLI_CACHE_H
#define MPYC_CLI_CACHE_H

#include <stddef.h>
#include <stdint.h>

typedef struct cache_hash {
    uint64_t h;
} cache_hash;

void cache_hash_init(cache_hash *h);
void cache_hash_bytes(cache_hash *h, const void *data, size_t len);
/* A string and its terminator (so "ab"+"c" differs from "a"+"bc"). */
void cache_hash_str(cache_hash *h, const char *s);
/* A file's contents (a missing file hashes as a marker). */
void cache_hash_file(cache_hash *h, const char *path);
/* The malloc'd entry directory path for this hash (parents created), or NULL. */
char *cache_entry_dir(const cache_hash *h);

#endif
