from x import a as b as c
