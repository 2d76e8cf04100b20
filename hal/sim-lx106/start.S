/* sim-lx106 reset code. qemu's sim machine starts the lx106 core at its
 * reset vector, 0x50000000 (the start of FLASH here), not at the ELF entry:
 * the first word must be code, so jump over the literal pool. */
    .section .vectors, "ax"
    .globl _start
_start:
    j       1f
    .literal_position
    .align  4
1:  movi    a0, 0
    movi    a1, __mpyc_stack_top
    movi    a2, lx106_vectors
    wsr     a2, vecbase
    movi    a2, 0x20              /* PS: interrupts at level 0, UM=1 */
    wsr     a2, ps
    rsync
    movi    a2, lx106_start
    callx0  a2
2:  j       2b

/* Exception vectors at VECBASE (offsets of the lx106 configuration): any
 * exception is fatal, so each one reports its cause and address. */
    .section .text.reset, "ax"
    .align  1024
lx106_vectors:
    .org    lx106_vectors + 0x10  /* debug */
    j       lx106_fatal
    .org    lx106_vectors + 0x20  /* NMI */
    j       lx106_fatal
    .org    lx106_vectors + 0x30  /* kernel */
    j       lx106_fatal
    .org    lx106_vectors + 0x50  /* user */
    j       lx106_fatal
    .org    lx106_vectors + 0x70  /* double */
    j       lx106_fatal
    .literal_position
    .align  4
lx106_fatal:
    rsr     a2, exccause
    rsr     a3, epc1
    movi    a1, __mpyc_stack_top
    movi    a0, lx106_trap
    callx0  a0
3:  j       3b
