namespace Skein.Modules;

/// <summary>_queue: the native SimpleQueue and the Empty exception that queue.py re-exports, as in CPython.</summary>
[BuiltinModule("_queue")]
public static class QueueModule
{
    public static readonly PyType Empty = PyTypes.Define("Empty", PyExc.Exception, t =>
        t.Dict.SetItem(Names.__doc__, new PyStr("Exception raised by Queue.get(block=0)/get_nowait().")), isBaseType: true, module: "_queue");

    public static void Init(PyModule m)
    {
        m.Set("Empty", Empty);
        m.Set("SimpleQueue", PySimpleQueue.SimpleQueueType);
    }
}
