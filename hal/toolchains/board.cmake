# Cross toolchain for one board of hal/boards.def; pass -DMPYC_BOARD=<name>.
# The compiler and its flags come from the board table, nothing is repeated here.
set(CMAKE_SYSTEM_NAME Generic)
# try_compile projects re-read this file: hand the board on to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES MPYC_BOARD)
include(${CMAKE_CURRENT_LIST_DIR}/../boards.cmake)
mpyc_read_boards()
if(NOT MPYC_BOARD OR NOT DEFINED MPYC_BOARD_${MPYC_BOARD}_CC)
  message(FATAL_ERROR "MPYC_BOARD must name a board of hal/boards.def (got '${MPYC_BOARD}')")
endif()
set(CMAKE_SYSTEM_PROCESSOR ${MPYC_BOARD_${MPYC_BOARD}_ARCH})
set(CMAKE_C_COMPILER ${MPYC_BOARD_${MPYC_BOARD}_CC})
set(CMAKE_ASM_COMPILER ${MPYC_BOARD_${MPYC_BOARD}_CC})
set(CMAKE_C_FLAGS_INIT "${MPYC_BOARD_${MPYC_BOARD}_CFLAGS} -ffunction-sections -fdata-sections")
set(CMAKE_ASM_FLAGS_INIT "${MPYC_BOARD_${MPYC_BOARD}_CFLAGS}")
if(MPYC_BOARD_${MPYC_BOARD}_LIBC STREQUAL "picolibc")
  string(APPEND CMAKE_C_FLAGS_INIT " --specs=picolibc.specs")
  string(APPEND CMAKE_ASM_FLAGS_INIT " --specs=picolibc.specs")
endif()
# Bare metal: no executable can link without our startup and linker script.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
