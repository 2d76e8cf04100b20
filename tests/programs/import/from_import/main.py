# from module import names; later changes to module globals are not seen by copies.
from config import VALUE, get_value, set_value
print(VALUE, get_value())
set_value(99)
import config
print(VALUE, get_value(), config.VALUE)
