namespace Ontwar.Serialization;

/// <summary>
/// Limits that keep reading a scenario or plan file bounded in time and memory, whatever the input. Exceeding a limit
/// is reported as a diagnostic (codes <c>input-too-large</c>, <c>too-deep</c>, <c>too-many-items</c>), never as an
/// exception or a hang. Immutable; the defaults suit every realistic scenario.
/// </summary>
public sealed class ScenarioReadOptions
{
    /// <summary>The default largest input: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default deepest nesting of JSON objects and arrays: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default largest number of items in one JSON array: 1,000,000.</summary>
    public const int DefaultMaxItemsPerList = 1_000_000;

    /// <summary>The default largest number of problems listed for one input: 1,000.</summary>
    public const int DefaultMaxDiagnostics = 1000;

    // Array.MaxLength: one input is read into one array, so no larger limit can be honoured.
    private const long LargestInput = 0x7FFFFFC7;

    private readonly long _maxInputBytes = DefaultMaxInputBytes;
    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxItemsPerList = DefaultMaxItemsPerList;
    private readonly int _maxDiagnostics = DefaultMaxDiagnostics;

    /// <summary>The default limits.</summary>
    public static ScenarioReadOptions Default { get; } = new();

    /// <summary>
    /// The largest input in bytes (a UTF-8 byte-order mark included); at least 1 and at most about 2 GiB. Default
    /// <see cref="DefaultMaxInputBytes"/>. A stream is read no further than one byte past this limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above the largest array .NET allows.</exception>
    public long MaxInputBytes
    {
        get => _maxInputBytes;
        init => _maxInputBytes = value is >= 1 and <= LargestInput
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Expected between 1 and {LargestInput} bytes.");
    }

    /// <summary>
    /// The deepest nesting of JSON objects and arrays, counting the root object as 1; between 1 and 1000. Default
    /// <see cref="DefaultMaxDepth"/>. A valid scenario needs 5 (root, current, packages, package, activities).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Expected a depth between 1 and 1000.");
    }

    /// <summary>The largest number of items in any one JSON array; at least 1. Default <see cref="DefaultMaxItemsPerList"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxItemsPerList
    {
        get => _maxItemsPerList;
        init => _maxItemsPerList = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Expected at least 1 item.");
    }

    /// <summary>
    /// The largest number of problems listed for one input; at least 1. Default <see cref="DefaultMaxDiagnostics"/>.
    /// Past it, one last diagnostic (code <c>too-many-problems</c>) says how many more were found, so a badly broken
    /// large file costs neither unbounded memory nor an unreadable report.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDiagnostics
    {
        get => _maxDiagnostics;
        init => _maxDiagnostics = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Expected at least 1 diagnostic.");
    }
}
