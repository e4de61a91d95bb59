using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Infrastructure;

/// <summary>Collects every invalid field with its Vietnamese message, so all are reported at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// <summary>Required text, trimmed, at most <paramref name="maxLength"/> characters.</summary>
    public ValidationErrors Text(string field, string label, string? value, int maxLength, bool required = true)
    {
        var length = value?.Trim().Length ?? 0;
        if (required && length == 0)
        {
            Add(field, $"Vui lòng nhập {label}.");
        }
        else if (length > maxLength)
        {
            Add(field, $"{Capitalize(label)} không được dài quá {maxLength} ký tự.");
        }
        else if (value is not null && (!IsWellFormed(value) || value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')))
        {
            Add(field, $"{Capitalize(label)} có ký tự không hợp lệ.");
        }

        return this;
    }

    /// <summary>A positive whole number as typed in a query string; empty is none, anything else is reported with <paramref name="message"/>.</summary>
    public int? Whole(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        Add(field, message);
        return null;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public CommandResult<T> ToResult<T>() => CommandResult<T>.Invalid(ToDictionary());

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Capitalize(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}

internal static class ModelStateExtensions
{
    /// <summary>The messages for one field, joined, or <c>null</c> when it is valid.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>Copies a command's errors onto a page's model state, under the page's property prefix.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IDictionary<string, string[]> errors, string prefix)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(string.IsNullOrEmpty(field) || string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
