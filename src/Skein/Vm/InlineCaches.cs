using System.Runtime.CompilerServices;

namespace Skein.Vm;

/// <summary>
/// Per-instruction inline caches for global and attribute access (PyCode.Caches, one slot per instruction).
/// A cache entry records what the slow path found and the conditions under which it still holds; every
/// hit re-checks those conditions without a lock, so threads share entries freely. Entries are immutable
/// (but for an index guess) and replaced whole on a miss, which is one reference store.
///
/// Globals: where the name's value lives in the globals (or builtins) dict table (see PyDict.ReadAt), so a
/// hit reads the current value and a rebinding is seen at once; a name found in builtins also records the
/// globals' key version, since defining the name as a global must shadow it.
/// Attributes: the receiver's type and the global type version (any change to a type's dict or bases
/// invalidates every entry), plus what the type's MRO holds for the name. A site that sees several
/// receiver types keeps an entry per type (an immutable array, replaced whole), up to MaxTypesPerSite.
/// </summary>
internal static class InlineCaches
{
    private sealed class GlobalEntry(PyDict globals, PyDict? builtins, int globalsVersion, DictLocation location)
    {
        public readonly PyDict Globals = globals;
        /// <summary>Non-null when the name was found in builtins (and was absent from globals at GlobalsVersion).</summary>
        public readonly PyDict? Builtins = builtins;
        public readonly int GlobalsVersion = globalsVersion;
        public readonly DictLocation Location = location;
    }

    private enum AttrKind
    {
        /// <summary>A __slots__ member: the value is read from the instance's slot array.</summary>
        Slot,
        /// <summary>A data descriptor on the type (property, getset): it always wins.</summary>
        DataDescriptor,
        /// <summary>The instance dict first, then the type's attribute (maybe a non-data descriptor, maybe absent).</summary>
        InstanceThenType,
    }

    private sealed class AttrEntry(PyType type, int version, AttrKind kind, PyObject? typeAttr, DescrGetSlot? get, int slotIndex)
    {
        public readonly long TypeId = type.CacheId;
        /// <summary>The type uses generic attribute reads (no __getattribute__), so loads may use this entry.</summary>
        public readonly bool CanLoad = (type.GetAttr ?? ObjectType.GenericGetAttr) == ObjectType.GenericGetAttr;
        /// <summary>
        /// The type uses generic attribute writes (no __setattr__) and nothing on the type intercepts a store of
        /// this name, so a store may go straight to the slot or the instance dict.
        /// </summary>
        public readonly bool CanStore = (type.SetAttr ?? ObjectType.GenericSetAttr) == ObjectType.GenericSetAttr
            && (kind == AttrKind.Slot || (kind == AttrKind.InstanceThenType && typeAttr?.Type.DescrSet == null));
        public readonly int Version = version;
        public readonly AttrKind Kind = kind;
        public readonly PyObject? TypeAttr = typeAttr;
        public readonly DescrGetSlot? Get = get;
        public readonly int SlotIndex = slotIndex;
        /// <summary>Where the name was last found in an instance dict: instances built alike share the layout. Only a guess, so races are harmless.</summary>
        public int DictIndex = -1;
    }

    private sealed class ModuleEntry(PyModule module, DictLocation location)
    {
        public readonly PyModule Module = module;
        public readonly DictLocation Location = location;
    }

    private static readonly PyType ModuleType = PyTypes.Module;

    /// <summary>Marks a site that has seen too many receiver types: it takes the generic path without caching.</summary>
    private sealed class Megamorphic
    {
        public static readonly Megamorphic Instance = new();
    }

    /// <summary>A site holds one entry, or an array of up to this many (one per receiver type), then turns megamorphic.</summary>
    private const int MaxTypesPerSite = 4;

    // ---- globals ------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject LoadGlobal(PyFrame f, PyStr name, object?[] caches, int index)
    {
        if (caches[index] is GlobalEntry e && ReferenceEquals(e.Globals, f.Globals))
        {
            PyObject? v;
            if (e.Builtins == null) v = e.Globals.ReadAt(e.Location);
            else if (ReferenceEquals(e.Builtins, f.Builtins) && Volatile.Read(ref e.Globals.Version) == e.GlobalsVersion) v = e.Builtins.ReadAt(e.Location);
            else v = null;
            if (v != null) return v;
        }
        return LoadGlobalMiss(f, name, caches, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadGlobalMiss(PyFrame f, PyStr name, object?[] caches, int index)
    {
        var globals = f.Globals;
        // The version is read before the lookup: a name defined in between makes the entry stale, not wrong.
        var version = Volatile.Read(ref globals.Version);
        var v = globals.GetItemWithLocation(name, out var location);
        if (v != null)
        {
            Volatile.Write(ref caches[index], new GlobalEntry(globals, null, version, location));
            return v;
        }
        v = f.Builtins.GetItemWithLocation(name, out location);
        if (v != null)
        {
            Volatile.Write(ref caches[index], new GlobalEntry(globals, f.Builtins, version, location));
            return v;
        }
        throw Evaluator.NameError(name);
    }

    // ---- attribute entries per site ----------------------------------------------------------------

    /// <summary>The valid entry for the receiver's type at a site, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttrEntry? FindEntry(object? cached, PyType type)
    {
        if (cached is AttrEntry e)
            return e.TypeId == type.CacheId && e.Version == PyType.LookupVersion ? e : null;
        return cached is AttrEntry[] entries ? FindInArray(entries, type) : null;
    }

    private static AttrEntry? FindInArray(AttrEntry[] entries, PyType type)
    {
        var id = type.CacheId;
        foreach (var e in entries)
            if (e.TypeId == id) return e.Version == PyType.LookupVersion ? e : null;
        return null;
    }

    /// <summary>Adds (or refreshes) the entry for one receiver type at a site; stale entries are dropped.</summary>
    private static void Install(object?[] caches, int index, AttrEntry entry)
    {
        var current = caches[index];
        object updated;
        if (current is AttrEntry old && old.TypeId != entry.TypeId && old.Version == entry.Version)
            updated = new[] { old, entry };
        else if (current is AttrEntry[] olds)
        {
            var kept = new List<AttrEntry>(olds.Length + 1);
            foreach (var e in olds)
                if (e.TypeId != entry.TypeId && e.Version == entry.Version) kept.Add(e);
            kept.Add(entry);
            updated = kept.Count > MaxTypesPerSite ? Megamorphic.Instance : kept.Count == 1 ? entry : kept.ToArray();
        }
        else if (current is Megamorphic) return;
        else updated = entry;
        Volatile.Write(ref caches[index], updated);
    }

    // ---- attribute loads ----------------------------------------------------------------------------

    /// <summary>o.name; null when the attribute does not exist (the caller raises AttributeError without a .NET throw).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? LoadAttr(PyObject o, PyStr name, object?[] caches, int index)
    {
        var c = caches[index];
        if (FindEntry(c, o.Type) is { CanLoad: true } e)
        {
            var v = LoadAttrHit(o, name, e);
            if (v != null) return v;
        }
        else if (c is ModuleEntry m && ReferenceEquals(o, m.Module))
        {
            var v = m.Module.Dict.ReadAt(m.Location);
            if (v != null) return v;
        }
        return LoadAttrMiss(o, name, caches, index);
    }

    private static PyObject? LoadAttrHit(PyObject o, PyStr name, AttrEntry e)
    {
        switch (e.Kind)
        {
            case AttrKind.Slot:
                {
                    var slots = o is PyInstance pi ? pi.SlotValues : ((ISlotStorage)o).SlotValues;
                    return slots![e.SlotIndex];
                }
            case AttrKind.DataDescriptor:
                return e.Get!(e.TypeAttr!, o, o.Type);
            default:
                {
                    var dict = o.InstanceDict;
                    if (dict != null)
                    {
                        var v = dict.ReadAtIndex(e.DictIndex, name);
                        if (v != null) return v;
                        if (dict.MayContain(name))
                        {
                            v = dict.GetItemAndIndex(name, out var ix);
                            if (v != null)
                            {
                                if (ix != e.DictIndex) e.DictIndex = ix;
                                return v;
                            }
                        }
                    }
                    var attr = e.TypeAttr;
                    if (attr == null) return null;
                    return e.Get != null ? e.Get(attr, o, o.Type) : attr;
                }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadAttrMiss(PyObject o, PyStr name, object?[] caches, int index)
    {
        var type = o.Type;
        var getAttr = type.GetAttr ?? ObjectType.GenericGetAttr;
        if (getAttr == ObjectType.GenericGetAttr)
        {
            if (FindEntry(caches[index], type) == null) Install(caches, index, Describe(type, name));
        }
        else if (o.GetType() == typeof(PyModule) && ReferenceEquals(type, ModuleType) && caches[index] is not Megamorphic && ModuleType.Lookup(name) == null)
        {
            var module = (PyModule)o;
            var v = module.Dict.GetItemWithLocation(name, out var location);
            if (v != null)
            {
                Volatile.Write(ref caches[index], new ModuleEntry(module, location));
                return v;
            }
        }
        return getAttr(o, name);
    }

    /// <summary>What generic attribute access on instances of type does for name, as a cache entry.</summary>
    private static AttrEntry Describe(PyType type, PyStr name)
    {
        var version = PyType.LookupVersion;
        var attr = type.Lookup(name);
        if (attr == null) return new AttrEntry(type, version, AttrKind.InstanceThenType, null, null, 0);
        var attrType = attr.Type;
        var get = attrType.DescrGet;
        if (get != null && attrType.DescrSet != null)
        {
            if (attr is PyMemberDescriptor member && type.SlotCount > member.Index && type.IsSubtypeOf(member.Owner) && InstancesArePyInstance(type))
                return new AttrEntry(type, version, AttrKind.Slot, attr, get, member.Index);
            return new AttrEntry(type, version, AttrKind.DataDescriptor, attr, get, 0);
        }
        return new AttrEntry(type, version, AttrKind.InstanceThenType, attr, get, 0);
    }

    /// <summary>Instances of plain heap classes are PyInstance, whose slot array the Slot kind reads directly.</summary>
    private static bool InstancesArePyInstance(PyType type) => type.IsHeapType && type.SolidBase == PyTypes.Object;

    // ---- method loads -------------------------------------------------------------------------------

    private static bool IsPlainMethod(AttrEntry e) =>
        e.CanLoad && e.Kind == AttrKind.InstanceThenType && (e.TypeAttr is PyFunction || e.TypeAttr is PyMethodDescriptor);

    /// <summary>
    /// LOAD_METHOD: pushes (function, self) when the attribute is a plain method on the type, else (attribute, null);
    /// false when the attribute does not exist (the caller raises AttributeError).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LoadMethod(StackSlot[] s, int sp, PyStr name, object?[] caches, int index)
    {
        var o = s[sp - 1].Value!;
        if (FindEntry(caches[index], o.Type) is { } e && IsPlainMethod(e))
        {
            var dict = o.InstanceDict;
            if (dict == null || !dict.MayContain(name) || dict.GetItemOrNull(name) == null)
            {
                s[sp - 1].Value = e.TypeAttr;
                s[sp].Value = o;
                return true;
            }
        }
        return LoadMethodMiss(s, sp, name, caches, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool LoadMethodMiss(StackSlot[] s, int sp, PyStr name, object?[] caches, int index)
    {
        var o = s[sp - 1].Value!;
        var type = o.Type;
        if ((type.GetAttr ?? ObjectType.GenericGetAttr) == ObjectType.GenericGetAttr)
        {
            var entry = FindEntry(caches[index], type);
            if (entry == null)
            {
                entry = Describe(type, name);
                Install(caches, index, entry);
            }
            if (IsPlainMethod(entry))
            {
                var dict = o.InstanceDict;
                if (dict == null || dict.GetItemOrNull(name) == null)
                {
                    s[sp - 1].Value = entry.TypeAttr;
                    s[sp].Value = o;
                    return true;
                }
            }
        }
        var attr = LoadAttr(o, name, caches, index);
        if (attr == null) return false;
        s[sp - 1].Value = attr;
        s[sp].Value = null;
        return true;
    }

    // ---- attribute stores ---------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreAttr(PyObject o, PyStr name, PyObject value, object?[] caches, int index)
    {
        if (FindEntry(caches[index], o.Type) is { CanStore: true } e)
        {
            if (e.Kind == AttrKind.Slot)
            {
                var slots = o is PyInstance pi ? pi.SlotValues : ((ISlotStorage)o).SlotValues;
                slots![e.SlotIndex] = value;
                return;
            }
            if (o.InstanceDict is { } dict && dict.TryOverwriteAtIndex(e.DictIndex, name, value))
                return;
        }
        StoreAttrMiss(o, name, value, caches, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreAttrMiss(PyObject o, PyStr name, PyObject value, object?[] caches, int index)
    {
        var type = o.Type;
        Ops.SetAttr(o, name, value);
        if (!ReferenceEquals(o.Type, type) || caches[index] is Megamorphic) return;
        var e = FindEntry(caches[index], type);
        if (e == null)
        {
            e = Describe(type, name);
            if (!e.CanStore) return;
            Install(caches, index, e);
        }
        if (e.CanStore && e.Kind == AttrKind.InstanceThenType && o.InstanceDict is { } dict)
        {
            dict.GetItemAndIndex(name, out var ix);
            if (ix != e.DictIndex) e.DictIndex = ix;
        }
    }
}
