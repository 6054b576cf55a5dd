global using System.Numerics;
global using Skein.Objects;
global using Skein.Runtime;
global using ThreadState = Skein.Runtime.ThreadState;
