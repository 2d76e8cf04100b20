#include "uf2.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UF2_MAGIC_START0 0x0A324655u
#define UF2_MAGIC_START1 0x9E5D5157u
#define UF2_MAGIC_END 0x0AB16F30u
#define UF2_FLAG_FAMILY_ID 0x00002000u
#define PT_LOAD 1u

static uint32_t get32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void put32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

uint8_t *uf2_from_elf(const uint8_t *elf, size_t elf_size, uint32_t family,
                      uint32_t flash_start, uint32_t flash_size,
                      size_t *out_size, char *err, size_t err_size) {
    if (elf_size < 52 || memcmp(elf, "\177ELF", 4) != 0) {
        snprintf(err, err_size, "not an ELF file");
        return NULL;
    }
    if (elf[4] != 1 || elf[5] != 1) {
        snprintf(err, err_size, "not a 32-bit little-endian ELF");
        return NULL;
    }
    uint32_t phoff = get32(elf + 28);
    uint16_t phentsize = get16(elf + 42), phnum = get16(elf + 44);
    if (phentsize < 32 || phoff > elf_size || (size_t)phnum * phentsize > elf_size - phoff) {
        snprintf(err, err_size, "ELF program headers out of bounds");
        return NULL;
    }
    /* Flash image and which 256-byte pages hold data. */
    uint8_t *image = calloc(1, flash_size);
    uint8_t *used = calloc(flash_size / UF2_PAYLOAD_SIZE + 1, 1);
    if (!image || !used) {
        free(image), free(used);
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    for (uint16_t i = 0; i < phnum; i++) {
        const uint8_t *ph = elf + phoff + (size_t)i * phentsize;
        uint32_t type = get32(ph), offset = get32(ph + 4), paddr = get32(ph + 12);
        uint32_t filesz = get32(ph + 16);
        if (type != PT_LOAD || filesz == 0)
            continue;
        if (paddr < flash_start || paddr - flash_start >= flash_size)
            continue; /* RAM-only segment: nothing to flash */
        if (offset > elf_size || filesz > elf_size - offset ||
            filesz > flash_size - (paddr - flash_start)) {
            free(image), free(used);
            snprintf(err, err_size, "segment at 0x%08x (%u bytes) does not fit flash or file",
                     paddr, filesz);
            return NULL;
        }
        uint32_t at = paddr - flash_start;
        memcpy(image + at, elf + offset, filesz);
        for (uint32_t page = at / UF2_PAYLOAD_SIZE; page <= (at + filesz - 1) / UF2_PAYLOAD_SIZE; page++)
            used[page] = 1;
    }
    uint32_t pages = flash_size / UF2_PAYLOAD_SIZE, count = 0;
    for (uint32_t page = 0; page < pages; page++)
        count += used[page];
    if (count == 0) {
        free(image), free(used);
        snprintf(err, err_size, "no loadable segment in flash (0x%08x..0x%08x)",
                 flash_start, flash_start + flash_size);
        return NULL;
    }
    uint8_t *out = calloc(count, UF2_BLOCK_SIZE);
    if (!out) {
        free(image), free(used);
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    uint32_t block = 0;
    for (uint32_t page = 0; page < pages; page++) {
        if (!used[page])
            continue;
        uint8_t *b = out + (size_t)block * UF2_BLOCK_SIZE;
        put32(b, UF2_MAGIC_START0);
        put32(b + 4, UF2_MAGIC_START1);
        put32(b + 8, UF2_FLAG_FAMILY_ID);
        put32(b + 12, flash_start + page * UF2_PAYLOAD_SIZE);
        put32(b + 16, UF2_PAYLOAD_SIZE);
        put32(b + 20, block);
        put32(b + 24, count);
        put32(b + 28, family);
        memcpy(b + 32, image + (size_t)page * UF2_PAYLOAD_SIZE, UF2_PAYLOAD_SIZE);
        put32(b + UF2_BLOCK_SIZE - 4, UF2_MAGIC_END);
        block++;
    }
    free(image), free(used);
    *out_size = (size_t)count * UF2_BLOCK_SIZE;
    return out;
}
