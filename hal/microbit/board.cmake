# Sources of this board's HAL.
list(APPEND MPYC_HAL_SOURCES
  ${hal_dir}/common/cortex_m_vectors.c ${hal_dir}/common/cortex_m_systick.c
  ${hal_dir}/common/semihost_console.c ${hal_dir}/common/startup.c
  ${hal_dir}/common/memory.c ${hal_dir}/common/memory_map.c
  ${hal_dir}/common/gpio_none.c ${hal_dir}/microbit/board.c)
add_compile_definitions(MPYC_HAVE_TLS)
