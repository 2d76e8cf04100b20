# Hook for hal/target/CMakeLists.txt: the stdlib joins the board's
# libmpyc_runtime.a (the runtime headers are on the include path of the
# targets created after this point).
include(${CMAKE_CURRENT_LIST_DIR}/sources.cmake)
list(APPEND MPYC_TARGET_SOURCES ${MPYC_STDLIB_SOURCES})
include_directories(${MPYC_SOURCE_DIR}/runtime)
