# Long-lived structures survive many collections unchanged.
table = {}
for i in range(200):
    table["k%d" % i] = [i, str(i), (i, i)]
rows = [table["k%d" % i] for i in range(0, 200, 7)]
garbage = 0
for round_ in range(40):
    junk = [[j] * 10 for j in range(50)]
    garbage += len(junk)
ok = all(table["k%d" % i] == [i, str(i), (i, i)] for i in range(200))
print(ok, garbage, rows[5], len(table))
