[(x := 1) for y in z for (x := 2) in w]
