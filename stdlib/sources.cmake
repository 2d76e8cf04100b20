# The stdlib's C sources (builtin modules time, machine, memorymap). Included
# by stdlib/CMakeLists.txt (host) and stdlib/target-sources.cmake (boards).
set(MPYC_STDLIB_SOURCE_NAMES
  registry.c args.c mod_time.c mod_machine.c machine_mem.c machine_pin.c
  mod_memorymap.c mod_math.c)
set(MPYC_STDLIB_SOURCES "")
foreach(f ${MPYC_STDLIB_SOURCE_NAMES})
  list(APPEND MPYC_STDLIB_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${f})
endforeach()
