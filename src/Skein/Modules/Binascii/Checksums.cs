namespace Skein.Modules.Binascii;

/// <summary>The checksums binascii and zlib share: CRC-32 (zlib's polynomial), Adler-32, and CRC-CCITT for crc_hqx.</summary>
public static class Checksums
{
    private static readonly uint[] s_crc32 = Crc32Table();
    private static readonly ushort[] s_crcHqx = CrcHqxTable();

    private static uint[] Crc32Table()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    private static ushort[] CrcHqxTable()
    {
        var table = new ushort[256];
        for (var n = 0; n < 256; n++)
        {
            var c = n << 8;
            for (var k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            table[n] = (ushort)c;
        }
        return table;
    }

    public static uint Crc32(ReadOnlySpan<byte> data, uint crc)
    {
        crc = ~crc;
        foreach (var b in data) crc = s_crc32[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }

    public static uint Adler32(ReadOnlySpan<byte> data, uint adler)
    {
        const uint Mod = 65521;
        uint a = adler & 0xffff, b = adler >> 16;
        while (data.Length > 0)
        {
            // 5552 is the largest n for which the sums cannot overflow 32 bits before the modulo.
            var n = Math.Min(data.Length, 5552);
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }
            a %= Mod;
            b %= Mod;
            data = data[n..];
        }
        return (b << 16) | a;
    }

    public static ushort CrcHqx(ReadOnlySpan<byte> data, ushort crc)
    {
        foreach (var b in data) crc = (ushort)((crc << 8) ^ s_crcHqx[((crc >> 8) ^ b) & 0xff]);
        return crc;
    }
}
