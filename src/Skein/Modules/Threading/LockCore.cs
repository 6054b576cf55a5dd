namespace Skein.Modules;

/// <summary>
/// The state of a _thread lock (shared by lock and RLock). Taking a free lock is one compare-and-swap and
/// releasing a lock nobody waits for is one exchange; a thread that finds it taken spins briefly (critical
/// sections guarded by Python locks are usually short) and then sleeps on this object's monitor. A timeout
/// is a false return, never an exception, and a wait allocates nothing (except the Ctrl-C registration of a
/// main-thread wait).
/// </summary>
internal sealed class LockCore
{
    private const int Free = 0;
    private const int Held = 1;

    /// <summary>Held, and a thread may be sleeping on the monitor: the releaser must wake one.</summary>
    private const int Contended = 2;

    private int _state;

    public bool IsLocked => Volatile.Read(ref _state) != Free;

    public bool TryAcquire() => Interlocked.CompareExchange(ref _state, Held, Free) == Free;

    /// <summary>Acquires, waiting at most <paramref name="timeout"/> seconds (-1: forever); false on timeout.
    /// An interruptible wait in the main thread raises KeyboardInterrupt on Ctrl-C.</summary>
    public bool Acquire(double timeout, bool interruptible = true)
    {
        if (TryAcquire()) return true;
        if (timeout == 0) return false;
        var spinner = new SpinWait();
        while (!spinner.NextSpinWillYield)
        {
            spinner.SpinOnce();
            if (Volatile.Read(ref _state) == Free && TryAcquire()) return true;
        }
        return Sleep(Deadline.After(timeout), interruptible ? PendingInterrupt.Token : CancellationToken.None);
    }

    private bool Sleep(Deadline deadline, CancellationToken token)
    {
        using (var wake = new InterruptWake(token, this))
        using (GlobalInterpreterLock.Blocking())
        {
            lock (this)
            {
                while (true)
                {
                    // Marking the lock contended before sleeping makes its releaser wake us: the exchange and
                    // the Monitor.Wait happen under the monitor, which the releaser takes to pulse.
                    if (Interlocked.Exchange(ref _state, Contended) == Free) return true;
                    if (token.IsCancellationRequested) break;
                    var ms = deadline.RemainingMilliseconds();
                    if (ms == 0) return false;
                    Monitor.Wait(this, ms);
                }
            }
        }
        PendingInterrupt.ThrowIfRequested();
        return TryAcquire();
    }

    /// <summary>Releases; false if the lock was not held (the caller raises).</summary>
    public bool Release()
    {
        var prior = Interlocked.Exchange(ref _state, Free);
        if (prior == Contended)
        {
            lock (this) Monitor.Pulse(this);
        }
        return prior != Free;
    }
}

/// <summary>
/// While a thread sleeps on <c>Monitor.Wait(monitor)</c>, wakes it when Ctrl-C cancels <paramref name="token"/>
/// (only the main thread's waits have a cancellable token); the sleeper then checks the token.
/// </summary>
internal readonly struct InterruptWake : IDisposable
{
    private readonly CancellationTokenRegistration _registration;

    public InterruptWake(CancellationToken token, object monitor)
    {
        if (token.CanBeCanceled)
            _registration = token.UnsafeRegister(static m =>
            {
                lock (m!) Monitor.PulseAll(m);
            }, monitor);
    }

    public void Dispose() => _registration.Dispose();
}
