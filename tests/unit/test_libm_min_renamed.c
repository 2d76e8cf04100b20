/* hal/common/libm_min.c and libm_min_math.c under mpyc_* names, so the test can compare it with
 * the host's libm in one program. */
#define LIBM_NAME(n) mpyc_##n
#include "libm_min.c"
#include "libm_min_math.c"
