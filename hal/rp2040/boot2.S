/* RP2040 second-stage boot (boot2). The boot ROM copies the first 256 bytes
 * of flash to SRAM, checks the CRC32 in the last 4 (appended by the build:
 * boot2_crc), and runs this code, which must fit in 252 bytes and be
 * position independent. It sets the flash interface (SSI) up for execute in
 * place with the standard 03h read command, which every serial NOR flash
 * supports, then enters the firmware through its vector table at
 * 0x10000100. The clock is whatever the ROM left (ring oscillator); the
 * firmware switches to the crystal and the PLL itself. */
    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .equ XIP_SSI_BASE, 0x18000000
    .equ SSI_CTRLR0, 0x00
    .equ SSI_CTRLR1, 0x04
    .equ SSI_SSIENR, 0x08
    .equ SSI_BAUDR, 0x14
    .equ SSI_SPI_CTRLR0, 0xf4
    /* CTRLR0: standard SPI frames, 32-bit data frames (DFS_32 = 31),
     * TMOD = EEPROM read (send the command and address, then receive). */
    .equ CTRLR0_XIP, (31 << 16) | (3 << 8)
    /* SPI_CTRLR0: XIP command 0x03, 8-bit instruction, 24-bit address
     * (6 nibbles), no wait cycles, instruction and address in standard SPI. */
    .equ SPI_CTRLR0_XIP, (0x03 << 24) | (2 << 8) | (6 << 2)
    .equ FLASH_IMAGE, 0x10000100
    .equ PPB_VTOR, 0xe000ed08

    .section .boot2_code, "ax"
    .global boot2_entry
    .type boot2_entry, %function
boot2_entry:
    push    {lr}
    ldr     r3, =XIP_SSI_BASE
    movs    r1, #0
    str     r1, [r3, #SSI_SSIENR]       /* disable the SSI to configure it */
    movs    r1, #4
    str     r1, [r3, #SSI_BAUDR]        /* SCK = clk_sys / 4 */
    ldr     r1, =CTRLR0_XIP
    str     r1, [r3, #SSI_CTRLR0]
    movs    r1, #0
    str     r1, [r3, #SSI_CTRLR1]       /* one data frame per XIP access */
    ldr     r1, =SPI_CTRLR0_XIP
    ldr     r2, =(XIP_SSI_BASE + SSI_SPI_CTRLR0)
    str     r1, [r2]
    movs    r1, #1
    str     r1, [r3, #SSI_SSIENR]       /* enable: XIP reads now work */

    /* Called by the boot ROM (lr = 0): enter the image. Called by code that
     * only wants XIP set up again: return to it. */
    pop     {r0}
    cmp     r0, #0
    beq     enter_image
    bx      r0
enter_image:
    ldr     r0, =FLASH_IMAGE
    ldr     r1, =PPB_VTOR
    str     r0, [r1]
    ldmia   r0!, {r1, r2}               /* initial SP, reset handler */
    msr     msp, r1
    bx      r2
    .ltorg
