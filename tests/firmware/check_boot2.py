#!/usr/bin/env python3
"""Recomputes the rp2040 boot2 CRC from a built UF2 image, independently of
the C implementation: the first 256 bytes of flash must end with the CRC32
the boot ROM computes over the first 252 (poly 0x04C11DB7, init 0xFFFFFFFF,
MSB first, no final xor). Also checks the algorithm on its known vector."""
import struct
import sys


def rom_crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


assert rom_crc32(b"123456789") == 0x0376E6E7, "CRC-32/MPEG-2 check value"
with open(sys.argv[1], "rb") as f:
    uf2 = f.read()
first = None
for offset in range(0, len(uf2), 512):
    magic0, magic1, flags, address, size = struct.unpack_from("<5I", uf2, offset)
    if address == 0x10000000:
        first = uf2[offset + 32: offset + 32 + 256]
if first is None:
    sys.exit("FAIL: no UF2 block at 0x10000000")
stored = struct.unpack_from("<I", first, 252)[0]
computed = rom_crc32(first[:252])
print(f"boot2 stored 0x{stored:08x} computed 0x{computed:08x}")
if stored != computed:
    sys.exit("FAIL: boot2 CRC mismatch")
print("boot2 CRC ok")
