/* mpyc uf2 FILE.elf [-o OUT.uf2]: the RP2040 UF2 image of a firmware ELF. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "targets.h"
#include "uf2.h"

static uint8_t *read_all(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    uint8_t *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    fclose(f);
    *size = len;
    return buf;
}

int cmd_uf2(int argc, char **argv) {
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (argv[i][0] != '-' && !in)
            in = argv[i];
        else {
            fprintf(stderr, "usage: mpyc uf2 FILE.elf [-o OUT.uf2]\n");
            return 2;
        }
    }
    if (!in) {
        fprintf(stderr, "usage: mpyc uf2 FILE.elf [-o OUT.uf2]\n");
        return 2;
    }
    char default_out[4096];
    if (!out) {
        size_t len = strlen(in);
        if (len > 4 && !strcmp(in + len - 4, ".elf"))
            len -= 4;
        snprintf(default_out, sizeof default_out, "%.*s.uf2", (int)len, in);
        out = default_out;
    }
    size_t elf_size;
    uint8_t *elf = read_all(in, &elf_size);
    if (!elf) {
        fprintf(stderr, "mpyc: %s: cannot read\n", in);
        return 2;
    }
    const struct board *rp2040 = board_find("rp2040");
    char err[256];
    size_t uf2_size;
    uint8_t *uf2 = uf2_from_elf(elf, elf_size, UF2_FAMILY_RP2040, rp2040->flash_origin,
                                rp2040->flash_size, &uf2_size, err, sizeof err);
    free(elf);
    if (!uf2) {
        fprintf(stderr, "mpyc: %s: %s\n", in, err);
        return 1;
    }
    FILE *f = fopen(out, "wb");
    int ok = f && fwrite(uf2, 1, uf2_size, f) == uf2_size;
    if (f && fclose(f) != 0)
        ok = 0;
    free(uf2);
    if (!ok) {
        fprintf(stderr, "mpyc: %s: cannot write\n", out);
        return 1;
    }
    printf("%s: %zu blocks\n", out, uf2_size / UF2_BLOCK_SIZE);
    return 0;
}
