# multiprocessing.Manager(): shared dict, list, Namespace and Value used by child processes under a
# managed Lock (exact totals), the proxies' container API, nested proxies, reference counts released by
# children at exit, and a manager left running at exit (its server must still be shut down).
import copy
import multiprocessing
import re


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


def worker(n, d, lst, ns, v, lock):
    for i in range(8):
        with lock:
            d["count"] = d["count"] + 1
            ns.total = ns.total + i
            v.value += 1
    lst.append(n)
    lst.extend([n * 10, n * 100])
    d["w%d" % n] = n * n


def nested_worker(d):
    d["inner"].append("from child")
    d["ns"].seen = True


def dict_api(m):
    d = m.dict({"a": 1}, b=2)
    d["c"] = 3
    d.update({"d": 4}, e=5)
    print("dict:", sorted(d.items()), len(d), "a" in d, "z" in d)
    print("keys/values:", sorted(d.keys()), sorted(d.values()), type(d.keys()).__name__)
    print("get:", d.get("a"), d.get("z"), d.get("z", "dflt"))
    print("pop:", d.pop("e"), d.pop("zz", None), "setdefault:", d.setdefault("f", 6), d.setdefault("a", 100))
    del d["f"]
    print("iter:", sorted(d), sorted(iter(d)))
    try:
        d["missing"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        d.pop("missing")
    except KeyError as e:
        print("pop KeyError:", e)
    copied = d.copy()
    print("copy:", type(copied).__name__, sorted(copied.items()))
    print("getvalue:", type(d._getvalue()).__name__, "deepcopy:", type(copy.deepcopy(d)).__name__)
    print("str:", str(m.dict(x=1)), "repr:", masked(repr(d)))
    print("popitem:", m.dict(only=1).popitem())
    d.clear()
    print("cleared:", len(d), d._getvalue())


def list_api(m):
    lst = m.list([3, 1, 2])
    lst.append(5)
    lst.extend([4, 0])
    lst += [9]
    print("list:", lst, len(lst), lst[0], lst[-1], lst[1:3], 9 in lst)
    lst.sort()
    print("sorted:", lst)
    lst.sort(reverse=True)
    lst.reverse()
    lst.insert(0, -1)
    print("pop:", lst.pop(), lst.pop(0), "index:", lst.index(3), "count:", lst.count(3))
    lst.remove(3)
    lst[0] = "zero"
    del lst[1]
    print("now:", lst, list(lst), [x for x in lst])
    print("add:", lst + ["x"], "mul:", m.list([1, 2]) * 2)
    lst *= 2
    print("imul:", type(lst).__name__, lst)
    try:
        lst[100]
    except IndexError as e:
        print("IndexError:", e)
    try:
        lst.remove("absent")
    except ValueError as e:
        print("ValueError:", e)
    print("repr:", masked(repr(lst)), "str:", str(m.list("ab")))


def namespace_and_value(m):
    ns = m.Namespace(x=1, y="two")
    ns.z = [3]
    del ns.y
    print("namespace:", ns, ns.x, ns.z)
    try:
        ns.y
    except AttributeError as e:
        print("AttributeError:", e)
    v = m.Value("d", 1.5)
    v.value *= 2
    print("value:", v.value, v.get(), v, masked(repr(v)))
    v.set(7)
    print("set:", v.value)
    a = m.Array("i", [1, 2, 3])
    a[0] = 10
    print("array:", a, len(a), a[0], list(a[1:]))


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as m:
        print(type(m).__name__)
        d = m.dict(count=0)
        lst = m.list()
        ns = m.Namespace(total=0)
        v = m.Value("i", 0)
        lock = m.Lock()
        procs = [ctx.Process(target=worker, args=(n, d, lst, ns, v, lock)) for n in (1, 2, 3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("exit codes:", [p.exitcode for p in procs])
        print("count:", d["count"], "total:", ns.total, "value:", v.value)
        print("dict:", sorted(d.items()))
        print("list:", sorted(lst), len(lst))

        dict_api(m)
        list_api(m)
        namespace_and_value(m)

        # A managed list and Namespace stored in a managed dict come back as proxies (even in a child).
        outer = m.dict()
        outer["inner"] = m.list([1])
        outer["ns"] = m.Namespace(seen=False)
        outer["inner"].append(2)
        p = ctx.Process(target=nested_worker, args=(outer,))
        p.start()
        p.join()
        print("nested:", type(outer["inner"]).__name__, outer["inner"], outer["ns"].seen)

        # Children's proxies held references while they ran and released them at exit: one reference
        # left per object (this process's proxy).
        refcounts = dict(re.findall(r"(\w+):\s+refcount=(\d+)", m._debug_info()))
        print("refcounts:", [refcounts[proxy._id] for proxy in (d, lst, ns, v, lock, outer)])
    print("shut down; children:", multiprocessing.active_children())

    # Left running: the manager's server is shut down at exit.
    m2 = multiprocessing.Manager()
    shared = m2.dict(ok=True)
    print("second manager:", shared["ok"])
