# Day-of-week and days-between computations with integer arithmetic.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468
NAMES = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
for date in ((1970, 1, 1), (2000, 2, 29), (2024, 12, 25), (1900, 3, 1), (2038, 1, 19)):
    n = days_from_civil(*date)
    print(date, n, NAMES[n % 7], is_leap(date[0]))
print(days_from_civil(2025, 1, 1) - days_from_civil(2024, 1, 1))
