namespace Skein.Objects;

/// <summary>The 'type' type: calling a class, attribute access on classes, and creating classes (type.__new__).</summary>
public static class TypeType
{
    private static readonly CallSlot TypeCall = (callable, args, kwargs) =>
    {
        var type = (PyType)callable;
        if (ReferenceEquals(type, PyTypes.Type) && args.Length == 1 && (kwargs == null || kwargs.Count == 0)) return args[0].Type;
        var newSlot = type.New ?? throw Errors.TypeError($"cannot create '{type.FullName}' instances");
        var obj = newSlot(type, args, kwargs);
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        obj.Type.Init?.Invoke(obj, args, kwargs);
        return obj;
    };

    /// <summary>type.__call__: metatypes that inherit it construct instances the standard way (the VM inlines that).</summary>
    internal static CallSlot CallSlot => TypeCall;

    /// <summary>Attribute lookup on a class: metatype data descriptors, then the class's MRO (binding with no instance), then the metatype.</summary>
    private static readonly GetAttrSlot TypeGetAttr = (obj, name) =>
    {
        var type = (PyType)obj;
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        DescrGetSlot? metaGet = null;
        if (metaAttr != null)
        {
            metaGet = metaAttr.Type.DescrGet;
            if (metaGet != null && metaAttr.Type.DescrSet != null) return metaGet(metaAttr, type, meta);
        }
        var attr = type.Lookup(name);
        if (attr != null)
        {
            var get = attr.Type.DescrGet;
            return get != null ? get(attr, null, type) : attr;
        }
        if (metaAttr != null) return metaGet != null ? metaGet(metaAttr, type, meta) : metaAttr;
        return null;
    };

    private static readonly SetAttrSlot TypeSetAttr = (obj, name, value) =>
    {
        var type = (PyType)obj;
        if (!type.IsHeapType)
            throw Errors.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        var metaAttr = type.Type.Lookup(name);
        if (metaAttr != null && metaAttr.Type.DescrSet is { } set)
        {
            set(metaAttr, type, value);
            return;
        }
        if (value != null) type.Dict.SetItem(name, value);
        else if (!type.Dict.Remove(name)) throw Errors.AttributeError($"type object '{type.Name}' has no attribute '{name.Value}'");
        PyType.InvalidateLookupCaches();
        if (name.Value.StartsWith("__") && name.Value.EndsWith("__"))
        {
            RecomputeSlots(type);
            // Again: an inline cache filled between the first bump and the new slots must not survive them.
            PyType.InvalidateLookupCaches();
        }
    };

    private static void RecomputeSlots(PyType type)
    {
        SlotAdapters.Compute(type);
        foreach (var sub in type.Subclasses()) RecomputeSlots(sub);
    }

    internal static void InitType(PyType t)
    {
        t.Call = TypeCall;
        t.GetAttr = TypeGetAttr;
        t.SetAttr = TypeSetAttr;
        t.Repr = self => new PyStr($"<class '{((PyType)self).FullName}'>");
        t.New = (meta, args, kwargs) =>
        {
            if (args.Length == 1 && ReferenceEquals(meta, PyTypes.Type) && (kwargs == null || kwargs.Count == 0)) return args[0].Type;
            if (args.Length != 3) throw Errors.TypeError("type() takes 1 or 3 arguments");
            var name = args[0] as PyStr ?? throw Errors.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
            var bases = args[1] as PyTuple ?? throw Errors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
            var ns = args[2] as PyDict ?? throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
            return CreateClass(meta, name.Value, bases, ns, kwargs);
        };
        t.Init = (_, args, _) =>
        {
            if (args.Length != 1 && args.Length != 3) throw Errors.TypeError("type.__init__() takes 1 or 3 arguments");
        };
        t.DefGetter("__name__", self => new PyStr(((PyType)self).Name), (self, v) =>
        {
            var type = (PyType)self;
            if (!type.IsHeapType) throw Errors.TypeError($"cannot set '__name__' attribute of immutable type '{type.Name}'");
            type.Name = (v as PyStr ?? throw Errors.TypeError($"can only assign string to {type.Name}.__name__, not '{v?.Type.Name}'")).Value;
        });
        t.DefGetter("__qualname__", self => new PyStr(((PyType)self).QualName), (self, v) =>
        {
            var type = (PyType)self;
            if (!type.IsHeapType) throw Errors.TypeError($"cannot set '__qualname__' attribute of immutable type '{type.Name}'");
            type.QualName = (v as PyStr ?? throw Errors.TypeError($"can only assign string to {type.Name}.__qualname__, not '{v?.Type.Name}'")).Value;
        });
        t.DefGetter("__module__", self =>
        {
            var type = (PyType)self;
            // type's own dict holds this very descriptor under '__module__': that is not a module name.
            var m = type.Dict.GetItemOrNull(Names.__module__);
            return m is null or PyGetSetDescriptor ? new PyStr("builtins") : m;
        }, (self, v) => SetInDict((PyType)self, Names.__module__, v));
        t.DefGetter("__doc__", self =>
        {
            var type = (PyType)self;
            var doc = type.Dict.GetItemOrNull(Names.__doc__) ?? PyNone.Instance;
            if (doc is PyGetSetDescriptor && !type.IsHeapType) return PyNone.Instance;
            return doc.Type.DescrGet is { } get ? get(doc, null, type) : doc;
        }, (self, v) => SetInDict((PyType)self, Names.__doc__, v));
        t.DefGetter("__mro__", self => new PyTuple(((PyType)self).Mro.Cast<PyObject>().ToArray()));
        t.DefGetter("__bases__", self => ((PyType)self).Bases, (self, value) =>
        {
            var type = (PyType)self;
            if (!type.IsHeapType) throw Errors.TypeError($"cannot set '__bases__' attribute of immutable type '{type.Name}'");
            if (value is not PyTuple bases) throw Errors.TypeError($"can only assign tuple to {type.Name}.__bases__, not {value?.Type.Name ?? "NoneType"}");
            if (bases.Count == 0) throw Errors.TypeError($"can only assign non-empty tuple to {type.Name}.__bases__, not ()");
            foreach (var b in bases.Items)
            {
                if (b is not PyType bt) throw Errors.TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{b.Type.Name}'");
                if (bt.IsSubtypeOf(type)) throw Errors.TypeError("a __bases__ item causes an inheritance cycle");
            }
            var (oldBases, oldBase, oldMro) = (type.Bases, type.Base, type.Mro);
            try
            {
                type.Bases = bases;
                type.Base = BestBase(bases);
                type.Mro = ComputeMro(type);
            }
            catch
            {
                (type.Bases, type.Base, type.Mro) = (oldBases, oldBase, oldMro);
                throw;
            }
            foreach (var b in bases.Items) ((PyType)b).AddSubclass(type);
            PyType.InvalidateLookupCaches();
            RecomputeSlots(type);
            PyType.InvalidateLookupCaches();
        });
        t.DefGetter("__base__", self => (PyObject?)((PyType)self).Base ?? PyNone.Instance);
        t.DefGetter("__dict__", self => new PyMappingProxy(((PyType)self).Dict));
        t.DefGetter("__abstractmethods__", self =>
        {
            var type = (PyType)self;
            return (ReferenceEquals(type, PyTypes.Type) ? null : type.Dict.GetItemOrNull(Names.__abstractmethods__))
                ?? throw Errors.AttributeError("__abstractmethods__");
        }, (self, v) => SetInDict((PyType)self, Names.__abstractmethods__, v));
        t.DefGetter("__annotations__", self =>
        {
            var type = (PyType)self;
            var ann = type.Dict.GetItemOrNull(Names.__annotations__);
            if (ann != null) return ann.Type.DescrGet is { } get ? get(ann, null, type) : ann;
            if (!type.IsHeapType) throw Errors.AttributeError($"type object '{type.Name}' has no attribute '__annotations__'");
            var d = new PyDict();
            type.Dict.SetItem(Names.__annotations__, d);
            return d;
        }, (self, v) => SetInDict((PyType)self, Names.__annotations__, v));
        t.DefMethod("mro", (self, _, _) => new PyList(ComputeMro((PyType)self).Cast<PyObject>().ToArray()));
        t.DefMethod("__subclasses__", (self, _, _) => new PyList(((PyType)self).Subclasses().Cast<PyObject>().ToArray()));
        t.DefMethod("__instancecheck__", (self, args, _) =>
        {
            ArgParser.Exactly("__instancecheck__", args, 1);
            return PyBool.From(args[0].Type.IsSubtypeOf((PyType)self));
        });
        t.DefMethod("__subclasscheck__", (self, args, _) =>
        {
            ArgParser.Exactly("__subclasscheck__", args, 1);
            return PyBool.From(args[0] is PyType sub ? sub.IsSubtypeOf((PyType)self) : throw Errors.TypeError("issubclass() arg 1 must be a class"));
        });
        t.DefClassMethod("__prepare__", (_, _, _) => new PyDict());
        t.Number[(int)BinaryOp.Or] = UnionType.Create;
        t.DefMethod("__dir__", (self, _, _) =>
        {
            var names = new PyDict();
            foreach (var c in ((PyType)self).Mro)
                foreach (var k in c.Dict.KeysSnapshot()) names.SetItem(k, PyNone.Instance);
            return new PyList(names.KeysSnapshot());
        });
    }

    private static void SetInDict(PyType type, PyStr name, PyObject? value)
    {
        if (!type.IsHeapType) throw Errors.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        if (value == null) type.Dict.Remove(name);
        else type.Dict.SetItem(name, value);
        PyType.InvalidateLookupCaches();
    }

    /// <summary>C3 linearisation of a type's bases (the MRO), with CPython's error for inconsistent hierarchies.</summary>
    public static PyType[] ComputeMro(PyType type)
    {
        var bases = type.Bases.Items.Cast<PyType>().ToList();
        var sequences = bases.Select(b => b.Mro.ToList()).ToList();
        sequences.Add([.. bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return [.. result];
            PyType? candidate = null;
            foreach (var s in sequences)
            {
                var head = s[0];
                if (!sequences.Any(other => other.IndexOf(head) > 0))
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null)
            {
                var names = string.Join(", ", sequences.Select(s => s[0].Name).Distinct());
                // CPython 3.11's message really contains this line break.
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in sequences)
                if (s[0] == candidate) s.RemoveAt(0);
        }
    }

    /// <summary>The most derived metaclass among the declared one and those of the bases.</summary>
    public static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner))
            {
                winner = bt;
                continue;
            }
            throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>type.__new__(meta, name, bases, namespace): builds a class defined in Python.</summary>
    public static PyType CreateClass(PyType meta, string name, PyTuple bases, PyDict ns, PyDict? kwargs = null)
    {
        if (bases.Count == 0) bases = PyTuple.Create(PyTypes.Object);
        meta = CalculateMetaclass(meta, bases);
        for (var i = 0; i < bases.Count; i++)
        {
            if (bases[i] is not PyType bt) throw Errors.TypeError($"bases must be types");
            if (!bt.IsBaseType) throw Errors.TypeError($"type '{bt.FullName}' is not an acceptable base type");
            for (var j = 0; j < i; j++)
                if (ReferenceEquals(bases[j], bt)) throw Errors.TypeError($"duplicate base class {bt.Name}");
        }
        var t = new PyType(meta, name) { IsHeapType = true, Bases = bases };
        t.Dict = ns.Copy();
        t.Base = BestBase(bases);
        t.SolidBase = t.Base.SolidBase;
        t.Mro = ComputeMro(t);

        if (t.Dict.GetItemOrNull(Names.__qualname__) is { } qn)
        {
            t.QualName = (qn as PyStr ?? throw Errors.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}")).Value;
            t.Dict.Remove(Names.__qualname__);
        }
        if (!t.Dict.ContainsKey(Names.__module__) && Interpreter.CallerModuleNameHook() is { } module)
            t.Dict.SetItem(Names.__module__, new PyStr(module));
        // Implicit wrapping CPython applies to these special methods when given as plain functions.
        foreach (var n in new[] { Names.__init_subclass__, Names.__class_getitem__ })
            if (t.Dict.GetItemOrNull(n) is { } f && ReferenceEquals(f.Type, PyTypes.Function))
                t.Dict.SetItem(n, new PyClassMethod(f));
        if (t.Dict.GetItemOrNull(Names.__new__) is { } nf && ReferenceEquals(nf.Type, PyTypes.Function))
            t.Dict.SetItem(Names.__new__, new PyStaticMethod(nf));
        if (t.Dict.ContainsKey(Names.__eq__) && !t.Dict.ContainsKey(Names.__hash__))
            t.Dict.SetItem(Names.__hash__, PyNone.Instance);

        SetUpSlots(t, ns);
        AddDictAndWeakrefDescriptors(t);
        if (!t.Dict.ContainsKey(Names.__doc__)) t.Dict.SetItem(Names.__doc__, PyNone.Instance);
        SlotAdapters.Compute(t);
        foreach (var b in bases.Items) ((PyType)b).AddSubclass(t);

        foreach (var pair in t.Dict.Snapshot())
        {
            var setName = pair.Value.Type.Lookup(Names.__set_name__);
            if (setName != null) Ops.CallWithSelf(setName, pair.Value, [t, pair.Key]);
        }
        if (t.Dict.GetItemOrNull(Names.__classcell__) is { } cell)
        {
            if (cell is not PyCell c) throw Errors.TypeError($"__classcell__ must be a nonlocal cell, not {cell.Type}");
            c.Contents = t;
            t.Dict.Remove(Names.__classcell__);
        }
        var initSubclass = new PySuper(t, t).GetAttribute(Names.__init_subclass__)!;
        Ops.Call(initSubclass, ReadOnlySpan<PyObject>.Empty, kwargs);
        return t;
    }

    private static PyType BestBase(PyTuple bases)
    {
        PyType? winner = null;
        foreach (var b in bases.Items)
        {
            var bt = (PyType)b;
            if (winner == null || bt.SolidBase.IsSubtypeOf(winner.SolidBase))
            {
                winner = bt;
                continue;
            }
            if (!winner.SolidBase.IsSubtypeOf(bt.SolidBase))
                throw Errors.TypeError("multiple bases have instance lay-out conflict");
        }
        return winner!;
    }

    /// <summary>
    /// The first class along a hierarchy whose instances get a __dict__ (or weak references) exposes them as
    /// '__dict__' and '__weakref__' descriptors in its own namespace, as CPython's classes do.
    /// </summary>
    private static void AddDictAndWeakrefDescriptors(PyType t)
    {
        var bases = t.Bases.Items.Cast<PyType>().ToList();
        if (t.HasInstanceDict && !bases.Any(b => b.HasInstanceDict) && !t.Dict.ContainsKey(Names.__dict__))
        {
            t.Dict.SetItem(Names.__dict__, new PyGetSetDescriptor(t, "__dict__",
                self => self.InstanceDict ?? throw Errors.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"),
                (self, value) => self.InstanceDict = value as PyDict ?? throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value?.Type.Name}'"),
                null));
        }
        var slots = t.Dict.GetItemOrNull(Names.__slots__);
        var wantsWeakref = slots == null || (slots is PyStr one ? one.Value == "__weakref__" : Ops.ToArray(slots).Any(x => x is PyStr { Value: "__weakref__" }));
        if (wantsWeakref && bases.All(b => b.DefiningType(Names.__weakref__) == null) && !t.Dict.ContainsKey(Names.__weakref__))
            t.Dict.SetItem(Names.__weakref__, new PyGetSetDescriptor(t, "__weakref__", _ => PyNone.Instance, null, null));
    }

    /// <summary>Handles __slots__: member descriptors for each slot, and whether instances get a __dict__.</summary>
    private static void SetUpSlots(PyType t, PyDict ns)
    {
        var inheritedDict = t.Bases.Items.Cast<PyType>().Any(b => b.HasInstanceDict);
        var baseSlots = t.Bases.Items.Cast<PyType>().Max(b => b.SlotCount);
        var slots = t.Dict.GetItemOrNull(Names.__slots__);
        if (slots == null)
        {
            t.HasInstanceDict = true;
            t.SlotCount = baseSlots;
            return;
        }
        var names = slots is PyStr one ? [one] : Ops.ToArray(slots);
        if (!ReferenceEquals(t.SolidBase, PyTypes.Object))
        {
            // A subclass of a built-in with its own layout (list, dict, int, ...): the slot names live in an
            // instance dict, since the built-in's CLR object has no slot storage.
            foreach (var n in names)
                if (n is not PyStr) throw Errors.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'");
            // __slots__ = () (namedtuple) keeps instances dict-less; real slot names need the dict.
            t.HasInstanceDict = inheritedDict || names.Any(n => n is PyStr { Value: not "__weakref__" });
            t.SlotCount = baseSlots;
            return;
        }
        var index = baseSlots;
        var wantsDict = false;
        foreach (var n in names)
        {
            var s = n as PyStr ?? throw Errors.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'");
            if (s.Value == "__dict__")
            {
                wantsDict = true;
                continue;
            }
            if (s.Value == "__weakref__") continue;
            if (ns.ContainsKey(s)) throw Errors.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
            t.Dict.SetItem(PyStr.Intern(s.Value), new PyMemberDescriptor(t, s.Value, index++));
        }
        t.SlotCount = index;
        t.HasInstanceDict = wantsDict || inheritedDict;
    }
}
