// The per-object lock type of the built-in containers. A build with -p:SkeinUnsafeNoLocks=true (which defines
// SKEIN_UNSAFE_NO_LOCKS) swaps in a lock that does nothing, only to measure what the thread-safety machinery
// costs single-threaded code (docs/performance.md, bench/thread_safety_cost.py); that build is not safe with threads.
#if SKEIN_UNSAFE_NO_LOCKS
global using ContainerLock = Skein.Objects.NoContainerLock;
#else
global using ContainerLock = System.Threading.Lock;
#endif

using System.Runtime.CompilerServices;

namespace Skein.Objects;

/// <summary>The lock and the store fence of the built-in containers (dict, list, set, deque; docs/threading.md).</summary>
public static class ThreadSafety
{
    /// <summary>A container's lock; taken as <c>using (_lock.EnterScope())</c>, which is what <c>lock</c> compiles to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ContainerLock NewLock()
    {
#if SKEIN_UNSAFE_NO_LOCKS
        return NoContainerLock.Shared;
#else
        return new Lock();
#endif
    }

    /// <summary>The full fence after a store to a dict (globals, attributes): see "Memory visibility" in docs/threading.md.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreFence()
    {
#if !SKEIN_UNSAFE_NO_LOCKS
        Interlocked.MemoryBarrier();
#endif
    }
}

#if SKEIN_UNSAFE_NO_LOCKS
/// <summary>The measuring build's lock: entering and leaving it do nothing.</summary>
public sealed class NoContainerLock
{
    public static readonly NoContainerLock Shared = new();

    public Scope EnterScope() => default;

    public ref struct Scope
    {
        public void Dispose()
        {
        }
    }
}
#endif
