using Microsoft.Win32.SafeHandles;

namespace Ontwar.Cbc.Native;

/// <summary>Owns one native <c>Cbc_Model</c>; releasing it calls <c>Cbc_deleteModel</c>.</summary>
internal sealed class CbcModelHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public CbcModelHandle()
        : base(ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        CbcNative.Cbc_deleteModel(handle);
        return true;
    }
}
