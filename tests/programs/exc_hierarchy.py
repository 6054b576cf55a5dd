for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            ModuleNotFoundError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError,
            TimeoutError, BrokenPipeError, OverflowError, UnboundLocalError, TabError, DeprecationWarning,
            ExceptionGroup, BaseExceptionGroup, StopAsyncIteration, PermissionError, ConnectionRefusedError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(Warning, Exception), issubclass(SystemExit, Exception))
print(EnvironmentError is OSError, IOError is OSError)
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
