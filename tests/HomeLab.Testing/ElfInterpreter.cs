namespace HomeLab.Testing;

/// <summary>Tells a static ELF executable from one that needs a dynamic loader (a PT_INTERP program header).</summary>
public static class ElfInterpreter
{
    private const int InterpreterSegment = 3;

    /// <summary>Whether the 64-bit little-endian ELF file at <paramref name="path"/> names an interpreter.</summary>
    public static bool IsDynamic(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var magic = reader.ReadBytes(4);
        if (magic.Length < 4 || magic[0] != 0x7f || magic[1] != (byte)'E' || magic[2] != (byte)'L' || magic[3] != (byte)'F')
        {
            return true;
        }

        reader.BaseStream.Position = 0x20;
        var headersOffset = reader.ReadInt64();
        reader.BaseStream.Position = 0x36;
        var headerSize = reader.ReadUInt16();
        var headerCount = reader.ReadUInt16();
        for (var index = 0; index < headerCount; index++)
        {
            reader.BaseStream.Position = headersOffset + ((long)index * headerSize);
            if (reader.ReadUInt32() == InterpreterSegment)
            {
                return true;
            }
        }

        return false;
    }
}
