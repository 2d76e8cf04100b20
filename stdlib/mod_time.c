/* The time module (MicroPython's time/utime): ticks with wrap-around,
 * sleeps, time()/time_ns() and calendar conversions.
 * Epoch: 1970-01-01 UTC on every target (as MicroPython's unix and rp2
 * ports). Boards without a real-time clock count from power-on, so there
 * time() is seconds since reset. There are no time zones: localtime() is
 * gmtime(). */
#include "hal.h"
#include "optional.h"
#include "stdlib_modules.h"
#include "ticks.h"

/* ---- ticks ------------------------------------------------------------------- */

static Obj time_ticks_ms(void) { return small_from((intptr_t)stdlib_ticks_wrap(hal_ticks_ms())); }
static Obj time_ticks_us(void) { return small_from((intptr_t)stdlib_ticks_wrap(hal_ticks_us())); }
static Obj time_ticks_cpu(void) { return small_from((intptr_t)stdlib_ticks_wrap(hal_ticks_cpu())); }

static Obj time_ticks_add(Obj ticks, Obj delta) {
    uint32_t t, d;
    if (stdlib_int_low32(ticks, &t) < 0 || stdlib_int_low32(delta, &d) < 0)
        return 0;
    return small_from((intptr_t)stdlib_ticks_add(t, d));
}

static Obj time_ticks_diff(Obj end, Obj start) {
    uint32_t e, s;
    if (stdlib_int_low32(end, &e) < 0 || stdlib_int_low32(start, &s) < 0)
        return 0;
    return small_from(stdlib_ticks_diff(e, s));
}

/* ---- sleeping ------------------------------------------------------------------ */

static void delay_us_long(uint64_t us) {
    while (us > 0) {
        uint32_t step = us > 0x40000000u ? 0x40000000u : (uint32_t)us;
        hal_delay_us(step);
        us -= step;
    }
}

/* A non-negative int duration scaled to microseconds (negative: 0). */
static int int_duration_us(Obj o, uint64_t scale, uint64_t *us) {
    long long v;
    if (rt_int_to_ll(o, &v) < 0)
        return -1;
    *us = v <= 0 ? 0 : (uint64_t)v * scale;
    return 0;
}

static Obj time_sleep(Obj seconds) {
    uint64_t us;
    if (obj_is_float(seconds)) {
        mp_float s = rt_float_value(seconds);
        if (s != s) /* nan */
            return rt_raise_value_error("sleep length must be a number");
        us = s <= 0 ? 0 : s >= (mp_float)1e12 ? (uint64_t)1e18 : (uint64_t)(s * (mp_float)1000000);
    } else if (int_duration_us(seconds, 1000000u, &us) < 0) {
        return 0;
    }
    delay_us_long(us);
    return RT_NONE;
}

static Obj time_sleep_ms(Obj ms) {
    uint64_t us;
    if (int_duration_us(ms, 1000u, &us) < 0)
        return 0;
    delay_us_long(us);
    return RT_NONE;
}

static Obj time_sleep_us(Obj us_obj) {
    uint64_t us;
    if (int_duration_us(us_obj, 1u, &us) < 0)
        return 0;
    delay_us_long(us);
    return RT_NONE;
}

/* ---- wall clock -------------------------------------------------------------- */

static Obj time_time(void) {
    return rt_int_from_ull(hal_wall_time_ns() / 1000000000u);
}

static Obj time_time_ns(void) {
    return rt_int_from_ull(hal_wall_time_ns());
}

/* ---- calendar ------------------------------------------------------------------ */

static long long floor_div(long long a, long long b) {
    long long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Days from 1970-01-01 to year-month-day (proleptic Gregorian; month
 * 1..12, day may be out of its month's range and then carries over).
 * Counts in 400-year eras of 146097 days, with years starting in March so
 * the leap day is the last day of a year. */
static long long days_from_civil(long long y, long long m, long long d) {
    y -= m <= 2;
    long long era = floor_div(y, 400);
    long long yoe = y - era * 400;                               /* [0, 399] */
    long long mp = (m + 9) % 12;                                  /* March = 0 */
    long long doy = (153 * mp + 2) / 5 + d - 1;                  /* [0, 365] */
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;       /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long long z, long long *y, int *m, int *d) {
    z += 719468;
    long long era = floor_div(z, 146097);
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* Years beyond +-2**31 days would overflow the tuple's arithmetic. */
#define SECONDS_LIMIT (1LL << 46)

static Obj time_gmtime(size_t n, const Obj *args) {
    long long secs;
    if (n == 0 || args[0] == RT_NONE) {
        secs = (long long)(hal_wall_time_ns() / 1000000000u);
    } else if (obj_is_float(args[0])) {
        Obj i = rt_int_from_float(rt_float_value(args[0]));
        if (!i || rt_int_to_ll(i, &secs) < 0)
            return 0;
    } else if (rt_int_to_ll(args[0], &secs) < 0) {
        return 0;
    }
    if (secs >= SECONDS_LIMIT || secs <= -SECONDS_LIMIT)
        return rt_raise_msg(&type_OverflowError, "timestamp out of range");
    long long days = floor_div(secs, 86400);
    long long rem = secs - days * 86400;
    long long year;
    int month, mday;
    civil_from_days(days, &year, &month, &mday);
    int weekday = (int)((days % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3, Monday = 0) */
    long long yearday = days - days_from_civil(year, 1, 1) + 1;
    Obj items[8] = {
        rt_int_from_ll(year), small_from(month), small_from(mday),
        small_from((intptr_t)(rem / 3600)), small_from((intptr_t)(rem / 60 % 60)), small_from((intptr_t)(rem % 60)),
        small_from(weekday), small_from((intptr_t)yearday),
    };
    return items[0] ? rt_tuple_new(8, items) : 0;
}

static Obj time_mktime(Obj tuple) {
    Obj *items;
    size_t len;
    if (!obj_is_type(tuple, &type_tuple) && !obj_is_list(tuple))
        return rt_raise_type_error("mktime needs a tuple of length 8 or 9");
    if (rt_seq_items(tuple, &items, &len) < 0)
        return 0;
    if (len != 8 && len != 9)
        return rt_raise_type_error("mktime needs a tuple of length 8 or 9");
    long long f[6];
    for (int i = 0; i < 6; i++) {
        if (rt_int_to_ll(items[i], &f[i]) < 0)
            return 0;
        if (f[i] >= SECONDS_LIMIT || f[i] <= -SECONDS_LIMIT)
            return rt_raise_msg(&type_OverflowError, "timestamp out of range");
    }
    /* Out-of-range fields carry over, as MicroPython's mktime normalises. */
    long long month0 = f[1] - 1;
    long long year = f[0] + floor_div(month0, 12);
    long long month = month0 - floor_div(month0, 12) * 12 + 1;
    if (year >= (1LL << 31) || year <= -(1LL << 31))
        return rt_raise_msg(&type_OverflowError, "timestamp out of range");
    long long days = days_from_civil(year, month, 1) + f[2] - 1;
    return rt_int_from_ll(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]);
}

RT_FN0(stdlib_time_ticks_ms_obj, time_ticks_ms);
RT_FN0(stdlib_time_ticks_us_obj, time_ticks_us);
RT_FN0(stdlib_time_ticks_cpu_obj, time_ticks_cpu);
RT_FN2(stdlib_time_ticks_add_obj, time_ticks_add);
RT_FN2(stdlib_time_ticks_diff_obj, time_ticks_diff);
RT_FN1(stdlib_time_sleep_obj, time_sleep);
RT_FN1(stdlib_time_sleep_ms_obj, time_sleep_ms);
RT_FN1(stdlib_time_sleep_us_obj, time_sleep_us);
RT_FN0(stdlib_time_time_obj, time_time);
RT_FN0(stdlib_time_time_ns_obj, time_time_ns);
RT_FN_VAR(stdlib_time_gmtime_obj, 0, 1, time_gmtime);
RT_FN1(stdlib_time_mktime_obj, time_mktime);
