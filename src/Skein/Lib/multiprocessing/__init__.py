"""Process-based parallelism, for Skein: child processes are new Skein processes (the 'spawn' start method)."""

from multiprocessing.context import (
    ProcessError, BufferTooShort, TimeoutError, AuthenticationError, _default_context,
)

__all__ = [
    "Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort", "Condition", "Event",
    "JoinableQueue", "Lock", "Manager", "Pipe", "Pool", "Process", "ProcessError", "Queue", "RLock",
    "RawArray", "RawValue", "Semaphore", "SimpleQueue", "TimeoutError", "Value", "active_children",
    "allow_connection_pickling", "cpu_count", "current_process", "freeze_support", "get_all_start_methods",
    "get_context", "get_logger", "get_start_method", "log_to_stderr", "parent_process", "reducer",
    "set_executable", "set_forkserver_preload", "set_start_method",
]

for _name in __all__:
    if hasattr(_default_context, _name):
        globals()[_name] = getattr(_default_context, _name)
del _name

SUBDEBUG = 5
SUBWARNING = 25

# Children run the main script as '__mp_main__', so what they pickle from it names that module; here it is
# the main module itself (a child's bootstrap replaces the alias).
import sys as _sys
if '__main__' in _sys.modules:
    _sys.modules['__mp_main__'] = _sys.modules['__main__']
del _sys
