# Sources of this board's HAL. No C library on this toolchain: libc_min.c
# brings what GCC may call.
list(APPEND MPYC_HAL_SOURCES
  ${hal_dir}/sim-lx106/start.S ${hal_dir}/sim-lx106/board.c
  ${hal_dir}/common/startup.c ${hal_dir}/common/memory.c
  ${hal_dir}/common/memory_map.c ${hal_dir}/common/gpio_none.c
  ${hal_dir}/common/libc_min.c ${hal_dir}/sim-lx106/libgcc_extra.c
  ${hal_dir}/common/libm_min.c ${hal_dir}/common/libm_min_math.c ${hal_dir}/common/softfloat/softfloat.c ${hal_dir}/common/softfloat/softfloat_abi.c)
set_source_files_properties(${hal_dir}/common/libc_min.c ${hal_dir}/sim-lx106/libgcc_extra.c PROPERTIES
  COMPILE_OPTIONS "-fno-tree-loop-distribute-patterns;-fno-builtin")
# No libm either: the functions the runtime calls (one section each).
set_source_files_properties(${hal_dir}/common/libm_min.c ${hal_dir}/common/libm_min_math.c PROPERTIES
  COMPILE_OPTIONS "-fno-builtin;-ffunction-sections")
# Soft-float helpers libgcc lacks here; one section per function so a
# firmware keeps only the ones it calls.
set_source_files_properties(${hal_dir}/common/softfloat/softfloat.c
  ${hal_dir}/common/softfloat/softfloat_abi.c PROPERTIES COMPILE_OPTIONS "-ffunction-sections")
