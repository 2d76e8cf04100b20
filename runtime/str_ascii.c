/* The one-character strs of ASCII in ROM: rt_str_like_new (str.c) returns
 * these instead of allocating. A firmware links them only when the program
 * can take strings apart (subscripts, iteration, methods, most builtins:
 * backend-c/reach.c); str.c refers to them weakly. */
#include "datatypes.h"

extern const Str rt_ascii_chars[128];

#define CH1(c) { &type_str, (uint32_t)(c), 1, 1, 0, 0, &ascii_text[2 * (c)] }
#define CH4(c) CH1(c), CH1(c + 1), CH1(c + 2), CH1(c + 3)
#define CH16(c) CH4(c), CH4(c + 4), CH4(c + 8), CH4(c + 12)
#define TX1(c) (char)(c), 0
#define TX4(c) TX1(c), TX1(c + 1), TX1(c + 2), TX1(c + 3)
#define TX16(c) TX4(c), TX4(c + 4), TX4(c + 8), TX4(c + 12)
static const char ascii_text[256] = {
    TX16(0), TX16(16), TX16(32), TX16(48), TX16(64), TX16(80), TX16(96), TX16(112),
};
const Str rt_ascii_chars[128] = {
    CH16(0), CH16(16), CH16(32), CH16(48), CH16(64), CH16(80), CH16(96), CH16(112),
};
