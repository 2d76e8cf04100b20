# micropython-specific: method names appear in the traceback
class Sensor:
    def read(self):
        return self.convert(None)
    def convert(self, raw):
        return raw + 1
s = Sensor()
print("reading")
s.read()
