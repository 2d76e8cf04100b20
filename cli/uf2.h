/* ELF -> UF2 (the USB flashing format of the RP2040 boot ROM and others):
 * 512-byte blocks, each carrying a 256-byte payload for one flash page. */
#ifndef MPYC_CLI_UF2_H
#define MPYC_CLI_UF2_H

#include <stddef.h>
#include <stdint.h>

#define UF2_FAMILY_RP2040 0xE48BFF56u
#define UF2_BLOCK_SIZE 512u
#define UF2_PAYLOAD_SIZE 256u

/* Converts the loadable segments of a 32-bit little-endian ELF that fall in
 * [flash_start, flash_start + flash_size) (by physical address, so .data's
 * flash copy is included) into UF2 blocks. Returns a malloc'ed buffer and
 * its size in *out_size, or NULL with a message in err. */
uint8_t *uf2_from_elf(const uint8_t *elf, size_t elf_size, uint32_t family,
                      uint32_t flash_start, uint32_t flash_size,
                      size_t *out_size, char *err, size_t err_size);

#endif
