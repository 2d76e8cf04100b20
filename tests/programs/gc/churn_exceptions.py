# Raising and catching many exceptions allocates and frees their objects.
caught = 0
for i in range(5000):
    try:
        if i % 2:
            raise ValueError("odd %d" % i)
        {}[i]
    except (ValueError, KeyError) as e:
        caught += len(e.args)
print(caught)
