/* See cache.h. */
#define _POSIX_C_SOURCE 200809L
#include "cache.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cache_hash_init(cache_hash *h) {
    h->h = 0xcbf29ce484222325ull;
}

void cache_hash_bytes(cache_hash *h, const void *data, size_t len) {
    const unsigned char *p = data;
    uint64_t x = h->h;
    for (size_t i = 0; i < len; i++) {
        x ^= p[i];
        x *= 0x100000001b3ull;
    }
    h->h = x;
}

void cache_hash_str(cache_hash *h, const char *s) {
    cache_hash_bytes(h, s, strlen(s) + 1);
}

void cache_hash_file(cache_hash *h, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        cache_hash_str(h, "<missing>");
        return;
    }
    static unsigned char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        cache_hash_bytes(h, buf, n);
    fclose(f);
}

static int make_dirs(char *path) {
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        int r = mkdir(path, 0755);
        *p = '/';
        if (r < 0 && errno != EEXIST)
            return -1;
    }
    if (mkdir(path, 0755) < 0 && errno != EEXIST)
        return -1;
    return 0;
}

char *cache_entry_dir(const cache_hash *h) {
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    char base[1024];
    if (xdg && *xdg)
        snprintf(base, sizeof base, "%s/mpyc", xdg);
    else if (home && *home)
        snprintf(base, sizeof base, "%s/.cache/mpyc", home);
    else
        return NULL;
    if (make_dirs(base) < 0)
        return NULL;
    size_t n = strlen(base) + 20;
    char *out = malloc(n);
    snprintf(out, n, "%s/%016llx", base, (unsigned long long)h->h);
    return out;
}
