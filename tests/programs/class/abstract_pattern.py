# Template-method pattern with NotImplementedError for missing overrides.
class Report:
    def render(self):
        return "\n".join([self.header()] + self.body() + [self.footer()])
    def header(self):
        return "== %s ==" % self.title()
    def footer(self):
        return "-" * 10
    def title(self):
        raise NotImplementedError("title")
    def body(self):
        return []
class Sales(Report):
    def title(self):
        return "sales"
    def body(self):
        return ["q1: 10", "q2: 14"]
print(Sales().render())
try:
    Report().render()
except NotImplementedError as e:
    print("NotImplementedError", e.args)
