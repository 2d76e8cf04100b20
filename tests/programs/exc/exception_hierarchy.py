# The builtin exception classes and their bases.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (LookupError, Exception), (ValueError, Exception), (TypeError, Exception),
         (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
         (AttributeError, Exception), (NameError, Exception),
         (ImportError, Exception), (OSError, Exception), (StopIteration, Exception), (AssertionError, Exception),
         (MemoryError, Exception), (SyntaxError, Exception), (IndentationError, SyntaxError),
         (Exception, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
         (GeneratorExit, BaseException), (EOFError, Exception), (StopAsyncIteration, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
