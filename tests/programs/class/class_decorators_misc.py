# Class decorators and classes created in functions.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class Alpha:
    pass

@register
class Beta(Alpha):
    pass

print(sorted(registry), issubclass(registry["Beta"], Alpha))
def make_class(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value
    return Made
K1 = make_class(1)
K2 = make_class(2)
print(K1().get(), K2().get(), K1 is K2)
