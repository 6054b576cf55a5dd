print("pkg_demo.lazy imported")
state = []
def record(x):
    state.append(x)
    return list(state)
