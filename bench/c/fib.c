/* C twin of programs/fib.py: the ceiling for calls and integer arithmetic. */
#include <stdio.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    printf("%ld\n", fib(30));
    return 0;
}
