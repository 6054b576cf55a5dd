class ConfigError(Exception):
    pass
def load(key):
    try:
        return {}[key]
    except KeyError:
        raise ConfigError(f"missing setting {key!r}") from None
print("loading")
load("port")
