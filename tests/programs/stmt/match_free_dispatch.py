# Dispatch tables instead of long if/elif chains.
def op_add(a, b): return a + b
def op_sub(a, b): return a - b
def op_mul(a, b): return a * b
table = {"+": op_add, "-": op_sub, "*": op_mul}
expr = "3 + 4 * 2 - 5"
tokens = expr.split()
acc = int(tokens[0])
for i in range(1, len(tokens), 2):
    acc = table[tokens[i]](acc, int(tokens[i + 1]))
print(acc)
print(table.get("/", lambda a, b: "unsupported")(1, 2))
