/* C twin of programs/mandelbrot.py: the ceiling for float loops. */
#include <stdio.h>

static long mandel(int w, int h, int limit) {
    long count = 0;
    for (int y = 0; y < h; y++) {
        double ci = 2.0 * y / h - 1.0;
        for (int x = 0; x < w; x++) {
            double cr = 2.5 * x / w - 2.0, zr = 0.0, zi = 0.0;
            int i = 0;
            while (i < limit && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                i++;
            }
            count += i;
        }
    }
    return count;
}

int main(void) {
    printf("%ld\n", mandel(160, 120, 100));
    return 0;
}
