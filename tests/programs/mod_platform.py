import platform
impl = platform.python_implementation()
print(isinstance(impl, str), len(impl) > 0)
print(isinstance(platform.system(), str), isinstance(platform.machine(), str), isinstance(platform.python_version(), str))
print(len(platform.python_version_tuple()), isinstance(platform.platform(), str))
