# The runtime's C sources, one feature per file (unused ones drop out of a
# firmware link). Included by runtime/CMakeLists.txt (host library) and
# runtime/target-sources.cmake (per-board builds).
set(MPYC_RUNTIME_SOURCE_NAMES
  attr.c bigint.c bool.c builtins_core.c builtins_table.c method_tables.c call.c class.c class_build.c
  complex.c core.c
  dict.c exceptions.c float.c function.c gc.c init.c int.c module.c
  object.c print.c property.c str_core.c str_ascii.c stream.c sysmod.c traceback.c tuple_core.c
  # data types
  seq.c slice.c iterators.c list.c tuple.c range.c str.c str_format.c bytes.c
  bytearray.c memoryview.c set.c dict_methods.c dict_views.c builtins_data.c
  # helpers for compiled code (backend-c)
  codegen_support.c codegen_generator.c)
set(MPYC_RUNTIME_SOURCES "")
foreach(f ${MPYC_RUNTIME_SOURCE_NAMES})
  list(APPEND MPYC_RUNTIME_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${f})
endforeach()
