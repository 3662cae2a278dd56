using System.Runtime.InteropServices;

namespace Ontwar.Cbc.Native;

/// <summary>
/// The part of CBC's C API (<c>Cbc_C_Interface.h</c>, CBC 2.10) that the engine uses. The logical library name is
/// resolved by <see cref="CbcLibrary"/>; call <see cref="CbcLibrary.EnsureLoaded"/> before any of these.
/// </summary>
internal static partial class CbcNative
{
    internal const string LibraryName = "CbcSolver";

    [LibraryImport(LibraryName)]
    internal static partial IntPtr Cbc_getVersion();

    [LibraryImport(LibraryName)]
    internal static partial CbcModelHandle Cbc_newModel();

    [LibraryImport(LibraryName)]
    internal static partial void Cbc_deleteModel(IntPtr model);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Cbc_setProblemName(CbcModelHandle model, string name);

    [LibraryImport(LibraryName)]
    internal static partial void Cbc_loadProblem(
        CbcModelHandle model,
        int numcols,
        int numrows,
        int[] start,
        int[] index,
        double[] value,
        double[] collb,
        double[] colub,
        double[] obj,
        double[] rowlb,
        double[] rowub);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setColName(CbcModelHandle model, int column, string name);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setRowName(CbcModelHandle model, int row, string name);

    [LibraryImport(LibraryName)]
    internal static partial void Cbc_setInteger(CbcModelHandle model, int column);

    [LibraryImport(LibraryName)]
    internal static partial void Cbc_setObjSense(CbcModelHandle model, double sense);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setParameter(CbcModelHandle model, string name, string value);

    [LibraryImport(LibraryName)]
    internal static partial void Cbc_setLogLevel(CbcModelHandle model, int logLevel);

    [LibraryImport(LibraryName)]
    internal static partial void Cbc_setInitialSolution(CbcModelHandle model, double[] solution);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_getNumCols(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_getNumRows(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_solve(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_status(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_secondaryStatus(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_isProvenOptimal(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_isProvenInfeasible(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_isSecondsLimitReached(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_isAbandoned(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_numberSavedSolutions(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial int Cbc_getNodeCount(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial double Cbc_getObjValue(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial double Cbc_getBestPossibleObjValue(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial IntPtr Cbc_bestSolution(CbcModelHandle model);

    [LibraryImport(LibraryName)]
    internal static partial IntPtr Cbc_getColSolution(CbcModelHandle model);
}
