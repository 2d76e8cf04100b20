f(a,
  b,
