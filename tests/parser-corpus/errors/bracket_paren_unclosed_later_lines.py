foo(a,
    b

c = 3
