# Order of evaluation inside comprehensions.
log = []
def t(v):
    log.append(v)
    return v
r = [t(x) for x in range(3) if t(x * 10) != 10]
print(r, log)
log.clear()
d = {t("k%d" % i): t(i) for i in range(2)}
print(d, log)
