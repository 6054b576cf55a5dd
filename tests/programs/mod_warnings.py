import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("user thing", UserWarning, stacklevel=1)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
print([str(w.message) for w in caught])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), warnings.WarningMessage.__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("once per location")
print(len(caught))
