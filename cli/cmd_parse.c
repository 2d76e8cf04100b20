/* `mpyc parse FILE... [--dump-ast]`: syntax check, optionally printing the AST
 * as CPython's ast.dump does. All files are parsed in one process. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast_dump.h"
#include "commands.h"
#include "frontend.h"
#include "unicode.h"

static void *host_alloc(void *ctx, size_t size) {
    (void)ctx;
    return malloc(size);
}

static void host_free(void *ctx, void *ptr) {
    (void)ctx;
    free(ptr);
}

static double host_parse_float(const char *text) {
    return strtod(text, NULL);
}

static void write_stdout(void *ctx, const char *s, size_t n) {
    (void)ctx;
    fwrite(s, 1, n, stdout);
}

/* Sources larger than this are refused before reading (the AST would not fit anyway). */
#define MAX_SOURCE_BYTES (1024L * 1024 * 1024)

/* Reads a whole file; returns NULL and prints why on failure. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s:1:1: OSError: cannot open: %s\n", path, strerror(errno));
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) == 0) {
        long size = ftell(f);
        if (size > MAX_SOURCE_BYTES) {
            fprintf(stderr, "%s:1:1: OSError: file too large (%ld bytes; mpyc parses at most %ld)\n", path, size,
                    MAX_SOURCE_BYTES);
            fclose(f);
            return NULL;
        }
        rewind(f);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                fprintf(stderr, "%s:1:1: OSError: cannot read: %s\n", path, strerror(errno));
                free(buf);
                buf = NULL;
            }
            break;
        }
        char *bigger = cap > ((size_t)-1) / 2 ? NULL : realloc(buf, cap * 2);
        if (!bigger) {
            fprintf(stderr, "%s:1:1: OSError: out of memory reading the file\n", path);
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void print_error(const char *path, const mp_diag *diag) {
    /* col 0 is CPython's offset for a position just before the first column */
    int line = diag->line > 0 ? diag->line : 1;
    int col = diag->line > 0 ? diag->col : 1;
    fprintf(stderr, "%s:%d:%d: SyntaxError: %s\n", path, line, col, diag->message);
    if (diag->line_text) {
        /* Show the line without leading indentation, with the caret under the column. */
        size_t skip = 0;
        while (skip < diag->line_len && (diag->line_text[skip] == ' ' || diag->line_text[skip] == '\t' ||
                                         diag->line_text[skip] == '\f'))
            skip++;
        fprintf(stderr, "    %.*s\n", (int)(diag->line_len - skip), diag->line_text + skip);
        /* col counts characters; the skipped indentation is ASCII, one character per byte */
        int caret = diag->col - 1 - (int)skip;
        if (caret < 0)
            caret = 0;
        fprintf(stderr, "    %*s^\n", caret, "");
    }
}

int cmd_parse(int argc, char **argv) {
    bool dump = false;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dump-ast"))
            dump = true;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "mpyc parse: unknown option '%s'\nusage: mpyc parse FILE... [--dump-ast]\n", argv[i]);
            return 2;
        } else
            nfiles++;
    }
    if (nfiles == 0) {
        fprintf(stderr, "usage: mpyc parse FILE... [--dump-ast]\n");
        return 2;
    }
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    mp_parse_options options = {host_parse_float, mp_unicode_lookup_name, NULL};
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1])
            continue;
        size_t len;
        char *bytes = read_file(argv[i], &len);
        if (!bytes) {
            status = status ? status : 1;
            continue;
        }
        mp_arena arena;
        mp_arena_init(&arena, (mp_allocator){host_alloc, host_free, NULL});
        mp_diag diag;
        const char *src;
        size_t src_len;
        options.filename = argv[i];
        mp_module *m = mp_parse_module(&arena, bytes, len, &options, &diag, &src, &src_len);
        if (!m) {
            fflush(stdout);
            print_error(argv[i], &diag);
            status = 1;
        } else if (dump) {
            mp_ast_dump_module(m, write_stdout, NULL);
            fputc('\n', stdout);
        }
        mp_arena_free_all(&arena);
        free(bytes);
    }
    fflush(stdout);
    return status;
}
