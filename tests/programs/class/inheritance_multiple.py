# Multiple inheritance without diamonds: attribute lookup left to right.
class Swimmer:
    def move(self):
        return "swim"
    def swim_speed(self):
        return 2

class Flyer:
    def move(self):
        return "fly"
    def fly_speed(self):
        return 10

class Duck(Swimmer, Flyer):
    pass

class Plane(Flyer):
    pass

class Seaplane(Plane, Swimmer):
    def move(self):
        return "taxi then " + super().move()

d = Duck()
print(d.move(), d.swim_speed(), d.fly_speed())
s = Seaplane()
print(s.move(), s.swim_speed(), isinstance(s, Swimmer), isinstance(s, Flyer))
print(issubclass(Duck, (int, Flyer)), isinstance(d, (str, Swimmer)))
