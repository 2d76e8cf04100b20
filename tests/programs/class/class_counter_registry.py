# Class-level state shared by instances; instance ids assigned in __init__.
class Widget:
    _next_id = 1
    instances = []
    def __init__(self, kind):
        self.id = Widget._next_id
        Widget._next_id += 1
        self.kind = kind
        Widget.instances.append(self)
    @classmethod
    def of_kind(cls, kind):
        return [w.id for w in cls.instances if w.kind == kind]
for k in ("button", "label", "button", "slider", "button"):
    Widget(k)
print(Widget.of_kind("button"), Widget.of_kind("label"), Widget.of_kind("none"), Widget._next_id)
