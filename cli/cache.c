/* See cache.h. */
#define _POSIX_C_SOURCE 200809L
#include "cache.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

void cache_touch(const char *entry_dir) {
    utimensat(AT_FDCWD, entry_dir, NULL, 0);
}

int cache_remove_dir(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT ? 0 : -1;
    struct dirent *e;
    char path[2048];
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= sizeof path)
            continue;
        unlink(path);
    }
    closedir(d);
    return rmdir(dir) < 0 && errno != ENOENT ? -1 : 0;
}

#define CACHE_DEFAULT_LIMIT (256ll << 20)

long long cache_size_limit(void) {
    const char *s = getenv("MPYC_CACHE_SIZE");
    if (!s || !*s)
        return CACHE_DEFAULT_LIMIT;
    char *end;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    int shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (errno || end == s || *end || n < 0 || n > (1ll << 40)) {
        fprintf(stderr, "mpyc: MPYC_CACHE_SIZE='%s' is not a size (write e.g. 300M, 2G or a number of bytes)\n", s);
        return -1;
    }
    return n << shift;
}

typedef struct cache_entry_info {
    char name[64];
    long long bytes;
    long long used_ns; /* seconds would tie between builds a moment apart */
} cache_entry_info;

/* Disk use of a flat entry directory: its files' allocated blocks. */
static long long entry_bytes(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    long long total = 0;
    struct dirent *e;
    char path[2048];
    struct stat st;
    while ((e = readdir(d)) != NULL) {
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= sizeof path)
            continue;
        if (e->d_name[0] != '.' && stat(path, &st) == 0)
            total += (long long)st.st_blocks * 512;
    }
    closedir(d);
    return total;
}

static int by_oldest_use(const void *a, const void *b) {
    const cache_entry_info *x = a, *y = b;
    return (x->used_ns > y->used_ns) - (x->used_ns < y->used_ns);
}

void cache_trim(const char *keep_entry) {
    long long limit = cache_size_limit();
    if (limit < 0)
        return;
    char base[1024];
    if ((size_t)snprintf(base, sizeof base, "%s", keep_entry) >= sizeof base)
        return;
    char *slash = strrchr(base, '/');
    if (!slash)
        return;
    *slash = 0;
    const char *keep_name = slash + 1;
    DIR *d = opendir(base);
    if (!d)
        return;
    size_t n = 0, cap = 256;
    cache_entry_info *entries = malloc(cap * sizeof *entries);
    long long total = 0;
    time_t now = time(NULL);
    struct dirent *e;
    char path[2048];
    struct stat st;
    while (entries && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof entries[0].name)
            continue;
        if ((size_t)snprintf(path, sizeof path, "%s/%s", base, e->d_name) >= sizeof path)
            continue;
        if (stat(path, &st) < 0 || !S_ISDIR(st.st_mode))
            continue;
        if (strstr(e->d_name, ".tmp")) {
            /* a build that died: its process is long gone after an hour */
            if (now - st.st_mtime > 3600)
                cache_remove_dir(path);
            continue;
        }
        long long bytes = entry_bytes(path);
        total += bytes;
        if (!strcmp(e->d_name, keep_name))
            continue;
        if (n == cap) {
            cap *= 2;
            cache_entry_info *grown = realloc(entries, cap * sizeof *entries);
            if (!grown)
                break;
            entries = grown;
        }
        snprintf(entries[n].name, sizeof entries[n].name, "%s", e->d_name);
        entries[n].bytes = bytes;
        entries[n].used_ns = (long long)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
        n++;
    }
    closedir(d);
    if (!entries)
        return;
    if (total > limit) {
        qsort(entries, n, sizeof *entries, by_oldest_use);
        for (size_t i = 0; i < n && total > limit; i++) {
            snprintf(path, sizeof path, "%s/%s", base, entries[i].name);
            if (cache_remove_dir(path) == 0)
                total -= entries[i].bytes;
        }
    }
    free(entries);
}
