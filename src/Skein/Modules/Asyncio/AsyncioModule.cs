namespace Skein.Modules.Asyncio;

/// <summary>
/// _asyncio: the native core of asyncio, as CPython's C accelerator: Future, Task, the running loop of each
/// thread, and the current and registered tasks. asyncio's futures, tasks and events modules use these when
/// the module imports, and keep their pure-Python versions as the fallback.
/// </summary>
[BuiltinModule("_asyncio")]
public static class AsyncioModule
{
    private static readonly string[] s_loopNames = ["loop"];

    public static void Init(PyModule m)
    {
        m.Set("Future", PyFuture.FutureType);
        m.Set("Task", PyTask.TaskType);
        m.Set("Handle", PyHandle.HandleType);
        m.DefFunction("get_running_loop", (args, _) =>
        {
            ArgParser.Exactly("get_running_loop", args, 0);
            return RunningLoop.GetOrRaise();
        });
        m.DefFunction("_get_running_loop", (args, _) =>
        {
            ArgParser.Exactly("_get_running_loop", args, 0);
            return RunningLoop.Get() ?? PyNone.Instance;
        });
        m.DefFunction("_set_running_loop", (args, _) =>
        {
            ArgParser.Exactly("_set_running_loop", args, 1);
            RunningLoop.Set(args[0]);
            return PyNone.Instance;
        });
        m.DefFunction("get_event_loop", (args, _) =>
        {
            ArgParser.Exactly("get_event_loop", args, 0);
            return RunningLoop.GetEventLoop();
        });
        m.DefFunction("_register_task", (args, _) =>
        {
            ArgParser.Exactly("_register_task", args, 1);
            TaskRegistry.Register(args[0]);
            return PyNone.Instance;
        });
        m.DefFunction("_unregister_task", (args, _) =>
        {
            ArgParser.Exactly("_unregister_task", args, 1);
            TaskRegistry.Unregister(args[0]);
            return PyNone.Instance;
        });
        m.DefFunction("_enter_task", (args, _) =>
        {
            ArgParser.Exactly("_enter_task", args, 2);
            CurrentTasks.Enter(args[0], args[1]);
            return PyNone.Instance;
        });
        m.DefFunction("_leave_task", (args, _) =>
        {
            ArgParser.Exactly("_leave_task", args, 2);
            CurrentTasks.Leave(args[0], args[1]);
            return PyNone.Instance;
        });
        m.DefFunction("current_task", (args, kw) =>
        {
            var a = ArgParser.Parse("current_task", args, kw, s_loopNames);
            var loop = a[0] == null || a[0] is PyNone ? RunningLoop.GetOrRaise() : a[0]!;
            return CurrentTasks.Current(loop) ?? PyNone.Instance;
        });
        m.DefFunction("all_tasks", (args, kw) =>
        {
            var a = ArgParser.Parse("all_tasks", args, kw, s_loopNames);
            var loop = a[0] == null || a[0] is PyNone ? RunningLoop.GetOrRaise() : a[0]!;
            return TaskRegistry.AllTasks(loop);
        });
    }
}
