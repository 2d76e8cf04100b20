'abc' 'def' = 1
