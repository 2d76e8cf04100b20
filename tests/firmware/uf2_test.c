/* Unit test of cli/uf2.c on a synthetic ELF: a flash segment spanning three
 * 256-byte pages, a .data copy (flash LMA) and a RAM-only segment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uf2.h"

static int failures;
#define CHECK(cond, what) \
    do { \
        if (!(cond)) { \
            printf("FAIL: %s\n", what); \
            failures++; \
        } \
    } while (0)

static void put32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}
static uint32_t get32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* ELF header + 3 program headers + contents at 0x1000. */
static size_t make_elf(uint8_t *elf) {
    memset(elf, 0, 0x2000);
    memcpy(elf, "\177ELF", 4);
    elf[4] = 1, elf[5] = 1, elf[6] = 1;
    elf[18] = 40;     /* EM_ARM */
    put32(elf + 28, 52); /* e_phoff */
    elf[42] = 32;     /* e_phentsize */
    elf[44] = 3;      /* e_phnum */
    struct { uint32_t offset, paddr, size; } segs[3] = {
        {0x1000, 0x10000000, 600},  /* code: pages 0, 1, 2 */
        {0x1400, 0x10000400, 16},   /* .data image in flash: page 4 */
        {0x1500, 0x20000000, 32},   /* RAM-only */
    };
    for (int i = 0; i < 3; i++) {
        uint8_t *ph = elf + 52 + 32 * i;
        put32(ph, 1); /* PT_LOAD */
        put32(ph + 4, segs[i].offset);
        put32(ph + 8, segs[i].paddr);
        put32(ph + 12, segs[i].paddr);
        put32(ph + 16, segs[i].size);
        put32(ph + 20, segs[i].size);
        for (uint32_t j = 0; j < segs[i].size; j++)
            elf[segs[i].offset + j] = (uint8_t)(j * 7 + i);
    }
    return 0x2000;
}

int main(void) {
    static uint8_t elf[0x2000];
    size_t elf_size = make_elf(elf);
    char err[200];
    size_t size = 0;
    uint8_t *uf2 = uf2_from_elf(elf, elf_size, UF2_FAMILY_RP2040, 0x10000000, 0x200000, &size, err, sizeof err);
    CHECK(uf2 != NULL, "conversion succeeds");
    if (!uf2)
        return 1;
    CHECK(size == 4 * 512, "four blocks: three code pages and the .data page");
    static const uint32_t addresses[4] = {0x10000000, 0x10000100, 0x10000200, 0x10000400};
    for (uint32_t i = 0; i < size / 512; i++) {
        const uint8_t *b = uf2 + 512 * i;
        CHECK(get32(b) == 0x0A324655 && get32(b + 4) == 0x9E5D5157, "start magics");
        CHECK(get32(b + 508) == 0x0AB16F30, "end magic");
        CHECK(get32(b + 8) == 0x2000, "family id flag");
        CHECK(get32(b + 12) == addresses[i], "target address");
        CHECK(get32(b + 16) == 256, "256-byte payload");
        CHECK(get32(b + 20) == i && get32(b + 24) == 4, "block number and count");
        CHECK(get32(b + 28) == 0xE48BFF56, "RP2040 family id");
    }
    CHECK(uf2[32 + 5] == (uint8_t)(5 * 7), "code byte 5");
    CHECK(uf2[512 * 2 + 32 + 599 - 512] == (uint8_t)(599 * 7), "last code byte");
    CHECK(uf2[512 * 2 + 32 + 600 - 512] == 0, "page padding is zero");
    CHECK(uf2[512 * 3 + 32 + 3] == (uint8_t)(3 * 7 + 1), ".data byte");
    free(uf2);

    CHECK(uf2_from_elf((const uint8_t *)"not an elf file at all, really not", 34, UF2_FAMILY_RP2040,
                       0x10000000, 0x200000, &size, err, sizeof err) == NULL &&
              strstr(err, "not an ELF"), "non-ELF input refused with a message");
    put32(elf + 52 + 16, 0x300000); /* code segment larger than the file */
    CHECK(uf2_from_elf(elf, elf_size, UF2_FAMILY_RP2040, 0x10000000, 0x200000, &size, err, sizeof err) == NULL,
          "truncated segment refused");
    elf[44] = 1;
    put32(elf + 52 + 8, 0x20000000), put32(elf + 52 + 12, 0x20000000), put32(elf + 52 + 16, 16);
    CHECK(uf2_from_elf(elf, elf_size, UF2_FAMILY_RP2040, 0x10000000, 0x200000, &size, err, sizeof err) == NULL &&
              strstr(err, "no loadable segment"), "RAM-only ELF refused");
    printf("%s\n", failures ? "uf2 test FAILED" : "uf2 test ok");
    return failures != 0;
}
