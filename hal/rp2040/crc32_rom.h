/* The CRC32 the RP2040 boot ROM checks over the first 252 bytes of flash:
 * polynomial 0x04C11DB7, initial value 0xFFFFFFFF, no input or output
 * reflection, no final xor (the CRC-32/MPEG-2 parameters). */
#ifndef MPYC_RP2040_CRC32_ROM_H
#define MPYC_RP2040_CRC32_ROM_H

#include <stddef.h>
#include <stdint.h>

uint32_t crc32_rom(const uint8_t *data, size_t len);

#endif
