/* virt-rv32 reset code: qemu -bios none jumps to the ELF entry in RAM at
 * 0x80000000. Set up the stack and the trap vector, then C. */
    .section .vectors, "ax"
    /* -march=rv32imc keeps picolibc's multilib; CSR access needs Zicsr. */
    .option arch, +zicsr
    .globl _start
_start:
    .option push
    .option norelax
    la sp, __mpyc_stack_top
    .option pop
    la t0, riscv_trap_entry
    csrw mtvec, t0
    call riscv_start
1:  j 1b

    /* Any trap is fatal (the HAL enables no interrupt): report and exit. */
    .balign 4
riscv_trap_entry:
    csrr a0, mcause
    csrr a1, mepc
    call riscv_trap
