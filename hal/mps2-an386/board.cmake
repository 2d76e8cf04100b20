# Sources of this board's HAL: the shared Cortex-M and MPS2 parts. The FPU is
# switched on by the reset handler because the board builds with -mfloat-abi=hard.
list(APPEND MPYC_HAL_SOURCES
  ${hal_dir}/common/cortex_m_vectors.c ${hal_dir}/common/cortex_m_systick.c
  ${hal_dir}/common/semihost_console.c ${hal_dir}/common/startup.c
  ${hal_dir}/common/memory.c ${hal_dir}/common/memory_map.c
  ${hal_dir}/common/gpio_none.c ${hal_dir}/common/mps2.c)
add_compile_definitions(MPYC_HAVE_TLS)
