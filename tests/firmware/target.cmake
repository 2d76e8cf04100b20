# Firmware test programs, built for each board by hal/target/CMakeLists.txt
# (which provides mpyc_add_firmware and the board variables).
set(fw_dir ${MPYC_SOURCE_DIR}/tests/firmware)
foreach(program hello ticks memory fault hang softfloat)
  mpyc_add_firmware(fw-${program} ${fw_dir}/${program}.c)
endforeach()
# The heap size set at link time, as mpyc build --heap does.
mpyc_add_firmware(fw-heap-override ${fw_dir}/memory.c)
target_link_options(fw-heap-override PRIVATE -Wl,--defsym=__mpyc_heap_size=4096)
if(board STREQUAL "rp2040")
  mpyc_add_firmware(fw-blink ${fw_dir}/blink.c)
endif()
foreach(program hello ticks memory fault hang blink heap-override)
  if(TARGET fw-${program})
    target_compile_definitions(fw-${program} PRIVATE
      MPYC_BOARD_NAME="${board}"
      MPYC_EXPECTED_HEAP=${MPYC_BOARD_${board}_HEAP_SIZE}u)
  endif()
endforeach()
target_compile_definitions(fw-heap-override PRIVATE MPYC_HEAP_OVERRIDE=4096u)
# Runtime + stdlib modules (needs the board's runtime library).
if(TARGET mpyc_runtime)
  mpyc_add_firmware(fw-stdlib ${fw_dir}/stdlib.c)
  # the board libraries again after the runtime, which needs libgcc/libc
  target_link_libraries(fw-stdlib PRIVATE mpyc_runtime ${link_libs})
  target_include_directories(fw-stdlib PRIVATE ${MPYC_SOURCE_DIR}/runtime)
  target_link_options(fw-stdlib PRIVATE -Wl,-u,rt_stdlib_modules_count)
endif()
# The cost of the stdlib modules (bench/firmware-size.sh compares these two).
if(TARGET mpyc_runtime)
  foreach(variant runtime stdlib)
    mpyc_add_firmware(fw-size-${variant} ${fw_dir}/stdlib_size.c)
    target_link_libraries(fw-size-${variant} PRIVATE mpyc_runtime ${link_libs})
    target_include_directories(fw-size-${variant} PRIVATE ${MPYC_SOURCE_DIR}/runtime)
  endforeach()
  target_compile_definitions(fw-size-stdlib PRIVATE WITH_STDLIB)
  target_link_options(fw-size-stdlib PRIVATE -Wl,-u,rt_stdlib_modules_count)
endif()
# hal/common/libm_min.c on the boards that use it.
if(board STREQUAL "sim-lx106")
  mpyc_add_firmware(fw-libm ${fw_dir}/libm.c)
endif()
