/* The build cache: a 64-bit FNV-1a content hash names a directory under
 * $XDG_CACHE_HOME/mpyc (or ~/.cache/mpyc) holding the built program.
 * The cache is bounded: after a new entry is stored, the least recently used
 * entries go until the whole fits MPYC_CACHE_SIZE (default 256M). */
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

/* Marks an entry as just used (its directory's mtime orders eviction). */
void cache_touch(const char *entry_dir);
/* Removes a flat directory and the files in it; 0 on success. */
int cache_remove_dir(const char *dir);
/* The size limit in bytes from MPYC_CACHE_SIZE ("300M", "2G", "65536");
 * the default when unset; -1 (with a message) when it does not parse. */
long long cache_size_limit(void);
/* Evicts least recently used entries beside keep_entry (never keep_entry
 * itself) until the cache fits its limit, and leftovers of builds that died
 * an hour or more ago. */
void cache_trim(const char *keep_entry);

#endif
