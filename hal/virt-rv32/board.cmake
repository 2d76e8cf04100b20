# Sources of this board's HAL.
list(APPEND MPYC_HAL_SOURCES
  ${hal_dir}/virt-rv32/start.S ${hal_dir}/virt-rv32/board.c
  ${hal_dir}/common/semihost_console.c ${hal_dir}/common/startup.c
  ${hal_dir}/common/memory.c ${hal_dir}/common/memory_map.c
  ${hal_dir}/common/gpio_none.c)
add_compile_definitions(MPYC_HAVE_TLS)
