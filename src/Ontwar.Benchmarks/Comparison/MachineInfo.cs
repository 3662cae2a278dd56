using System.Globalization;
using System.Runtime.InteropServices;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>A one-line description of the machine: CPU model, cores, memory, OS, .NET.</summary>
internal static class MachineInfo
{
    internal static string Describe()
    {
        string cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        string memory = ReadField("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out long k)
            ? $", {(k / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture)} GiB memory"
            : string.Empty;
        return $"{cpu}, {Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} cores{memory}; {RuntimeInformation.OSDescription}; .NET {Environment.Version}";
    }

    private static string? ReadField(string file, string field)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        foreach (var line in File.ReadLines(file))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim() == field)
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}
