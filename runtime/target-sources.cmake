# Hook for hal/target/CMakeLists.txt: adds the runtime to a board's build.
include(${CMAKE_CURRENT_LIST_DIR}/sources.cmake)
list(APPEND MPYC_TARGET_SOURCES ${MPYC_RUNTIME_SOURCES})
