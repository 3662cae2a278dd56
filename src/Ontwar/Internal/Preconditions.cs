using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Ontwar.Internal;

/// <summary>Argument checks shared by the public constructors; throws the documented exceptions.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static string CheckId([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An identifier must be a non-empty string.", name);
        }

        return value;
    }

    internal static double CheckPositiveFinite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Expected a finite number greater than zero.");
        }

        return value;
    }

    internal static double? CheckPositiveFinite(double? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is { } v ? CheckPositiveFinite(v, name) : null;

    internal static int CheckAtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Expected an integer of at least {minimum}.");
        }

        return value;
    }

    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(T).Name}.");
        }

        return value;
    }

    /// <summary>Copies a sequence of identifiers into an immutable list, rejecting null and blank entries.</summary>
    internal static IReadOnlyList<string> CheckIds(IEnumerable<string>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        if (values is null)
        {
            return Array.Empty<string>();
        }

        var list = new List<string>();
        foreach (var v in values)
        {
            if (string.IsNullOrWhiteSpace(v))
            {
                throw new ArgumentException("Identifiers and names in this list must be non-empty strings.", name);
            }

            list.Add(v);
        }

        return list.Count == 0 ? Array.Empty<string>() : list.AsReadOnly();
    }
}
