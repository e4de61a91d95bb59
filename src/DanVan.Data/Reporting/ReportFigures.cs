using System.Buffers.Binary;

namespace DanVan.Data.Reporting;

/// <summary>
/// A report's values packed as one vector of doubles in the slot order of its form version
/// (<see cref="IndicatorSlots"/>), NaN where empty. It is written in the same transaction as the
/// values themselves, which stay the record of truth, so consolidation reads one row per report
/// instead of one per value.
/// </summary>
public static class ReportFigures
{
    /// <summary>Packs values by (indicator id, category) for the slots of one form version.</summary>
    public static byte[] Pack(IndicatorSlots slots, IEnumerable<ReportValue> values)
    {
        var vector = new double[slots.Count];
        Array.Fill(vector, double.NaN);
        foreach (var value in values)
        {
            if (slots.Of(value.IndicatorId, value.Category) is >= 0 and var slot)
            {
                vector[slot] = value.Value;
            }
        }

        var bytes = new byte[vector.Length * sizeof(double)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), vector[i]);
        }

        return bytes;
    }

    /// <summary>The value in one slot of a packed vector, or <c>null</c> when empty or beyond it.</summary>
    public static double? At(ReadOnlySpan<byte> packed, int slot)
    {
        if (slot < 0 || (slot + 1) * sizeof(double) > packed.Length)
        {
            return null;
        }

        var value = BinaryPrimitives.ReadDoubleLittleEndian(packed[(slot * sizeof(double))..]);
        return double.IsNaN(value) ? null : value;
    }
}
