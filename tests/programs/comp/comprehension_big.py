# Large comprehensions and nested generator expressions.
squares = [i * i for i in range(5000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
table = {i: str(i) for i in range(2000)}
print(len(table), table[1999])
print(sum(sum(j for j in range(i)) for i in range(200)))
uniq = {i % 37 for i in range(10000)}
print(len(uniq))
