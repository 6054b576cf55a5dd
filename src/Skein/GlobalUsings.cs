global using System.Numerics;
global using Skein.Objects;
global using Skein.Runtime;
