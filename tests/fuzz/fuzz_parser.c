/* libFuzzer target: arbitrary bytes through decoding, the lexer, the parser and
 * the AST dump.
 * A syntax error is a normal outcome; a crash, a sanitizer report, a leak or a
 * broken invariant of the result is a bug. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast_dump.h"
#include "frontend.h"
#include "unicode.h"

static void *fuzz_alloc(void *ctx, size_t size) {
    (void)ctx;
    return malloc(size);
}

static void fuzz_free(void *ctx, void *ptr) {
    (void)ctx;
    free(ptr);
}

static double parse_float(const char *text) { return strtod(text, NULL); }

typedef struct dump_sink {
    size_t length;
    unsigned checksum;
    char first[8];
} dump_sink;

static void dump_write(void *ctx, const char *s, size_t n) {
    dump_sink *sink = ctx;
    for (size_t i = 0; i < n; i++) {
        if (sink->length < sizeof sink->first)
            sink->first[sink->length] = s[i];
        sink->checksum += (unsigned char)s[i];
        sink->length++;
    }
}

static int points_into(const char *p, size_t n, const char *base, size_t base_len) {
    return base && p >= base && p + n <= base + base_len;
}

/* Reads every byte so ASan sees any out-of-bounds range. */
static unsigned touch(const char *p, size_t n) {
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (unsigned char)p[i];
    return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    mp_arena arena;
    mp_arena_init(&arena, (mp_allocator){fuzz_alloc, fuzz_free, NULL});
    arena.limit_total = (size_t)512 << 20; /* beyond that is an out-of-memory error, not a bug */

    mp_diag diag;
    mp_diag_clear(&diag);
    mp_parse_options options = {.parse_float = parse_float,
                                .lookup_unicode_name = mp_unicode_lookup_name,
                                .filename = "fuzz.py"};
    const char *decoded = NULL;
    size_t decoded_len = 0;
    mp_module *module = mp_parse_module(&arena, (const char *)data, size, &options, &diag,
                                        &decoded, &decoded_len);

    volatile unsigned sink = 0;
    if (decoded)
        sink += touch(decoded, decoded_len + 1); /* documented as NUL-terminated */
    if (module) {
        if (diag.has_error)
            abort(); /* a tree and an error at once */
        dump_sink dump = {0};
        mp_ast_dump_module(module, dump_write, &dump);
        if (dump.length < 7 || memcmp(dump.first, "Module(", 7))
            abort(); /* the dump of a module is Module(...) */
        sink += dump.checksum;
    } else if (!arena.failed) {
        if (!diag.has_error || !memchr(diag.message, '\0', sizeof diag.message) || !diag.message[0])
            abort(); /* failed without saying why */
        if (diag.line < 0 || diag.col < 0)
            abort();
        if (diag.line_text) {
            if (!points_into(diag.line_text, diag.line_len, decoded, decoded_len) &&
                !points_into(diag.line_text, diag.line_len, (const char *)data, size))
                abort(); /* the source line must come from the input */
            sink += touch(diag.line_text, diag.line_len);
        }
        sink += touch(diag.message, strlen(diag.message));
    }
    (void)sink;
    mp_arena_free_all(&arena);
    return 0;
}
