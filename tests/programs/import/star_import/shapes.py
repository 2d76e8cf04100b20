UNIT = "cm"

def _private_helper():
    return "hidden"

def area_square(s):
    return s * s

class Circle:
    def __init__(self, r):
        self.r = r
    def diameter(self):
        return 2 * self.r
