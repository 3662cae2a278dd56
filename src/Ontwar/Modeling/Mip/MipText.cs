using System.Globalization;
using System.Text;

namespace Ontwar.Modeling.Mip;

/// <summary>What the MPS and LP writers share: writing to a string or to a UTF-8 file without byte-order mark.</summary>
internal static class MipText
{
    internal static string ToText(MipModel model, Action<MipModel, TextWriter> write)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        write(model, sw);
        return sw.ToString();
    }

    internal static void ToFile(MipModel model, string path, Action<MipModel, TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(path);
        using var sw = new StreamWriter(path, false, new UTF8Encoding(false));
        write(model, sw);
    }
}
