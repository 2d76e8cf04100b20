# Sources of this board's HAL. boot2 is assembled alone, padded to 252
# bytes and given its CRC32 by the host tool boot2_crc (built by the host
# build and passed in as MPYC_BOOT2_CRC), then linked first in flash.
find_program(MPYC_OBJCOPY NAMES arm-none-eabi-objcopy REQUIRED)
set(boot2_obj ${CMAKE_BINARY_DIR}/boot2.o)
set(boot2_bin ${CMAKE_BINARY_DIR}/boot2.bin)
set(boot2_src ${CMAKE_BINARY_DIR}/boot2_checked.S)
add_custom_command(OUTPUT ${boot2_src}
  COMMAND ${CMAKE_C_COMPILER} -mcpu=cortex-m0plus -mthumb -c ${hal_dir}/rp2040/boot2.S -o ${boot2_obj}
  COMMAND ${MPYC_OBJCOPY} -O binary -j .boot2_code ${boot2_obj} ${boot2_bin}
  COMMAND ${MPYC_BOOT2_CRC} make ${boot2_bin} ${boot2_src}
  DEPENDS ${hal_dir}/rp2040/boot2.S ${MPYC_BOOT2_CRC}
  COMMENT "rp2040: boot2 with CRC32")
list(APPEND MPYC_HAL_SOURCES
  ${boot2_src}
  ${hal_dir}/common/cortex_m_vectors.c ${hal_dir}/common/startup.c
  ${hal_dir}/common/memory.c ${hal_dir}/common/memory_map.c
  ${hal_dir}/rp2040/clocks.c ${hal_dir}/rp2040/uart_console.c
  ${hal_dir}/rp2040/timer.c ${hal_dir}/rp2040/gpio.c ${hal_dir}/rp2040/board.c)
add_compile_definitions(MPYC_HAVE_TLS)
