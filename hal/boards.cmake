# Reads hal/boards.def into CMake variables:
#   MPYC_BOARDS                 list of board names
#   MPYC_BOARD_<name>_<FIELD>   one variable per field (names below)
set(_mpyc_board_fields
  NAME CPU ARCH CFLAGS CC CC_PACKAGE LIBC LIBC_PACKAGE LIBC_PROBE
  EMULATOR_KIND EMULATOR EMULATOR_PACKAGE EMULATOR_ARGS
  FLASH_ORIGIN FLASH_SIZE RAM_ORIGIN RAM_SIZE HEAP_SIZE STACK_SIZE CPU_HZ)

function(mpyc_read_boards)
  file(STRINGS "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/boards.def" lines REGEX "^MPYC_BOARD\\(")
  set(boards "")
  foreach(line IN LISTS lines)
    string(REGEX MATCHALL "\"[^\"]*\"|0x[0-9a-fA-F]+|[0-9]+" values "${line}")
    list(LENGTH values count)
    list(LENGTH _mpyc_board_fields expected)
    if(NOT count EQUAL expected)
      message(FATAL_ERROR "boards.def: expected ${expected} fields, got ${count}: ${line}")
    endif()
    list(GET values 0 name)
    string(REPLACE "\"" "" name "${name}")
    list(APPEND boards ${name})
    set(i 0)
    foreach(field IN LISTS _mpyc_board_fields)
      list(GET values ${i} value)
      string(REPLACE "\"" "" value "${value}")
      if(value MATCHES "^0x")
        math(EXPR value "${value}" OUTPUT_FORMAT DECIMAL)
      endif()
      set(MPYC_BOARD_${name}_${field} "${value}" PARENT_SCOPE)
      math(EXPR i "${i} + 1")
    endforeach()
  endforeach()
  set(MPYC_BOARDS ${boards} PARENT_SCOPE)
endfunction()
