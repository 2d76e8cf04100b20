a b


c = 1__0
