using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DanVan.Web.Infrastructure;

/// <summary>Model-binding errors (a letter typed into a number field, a missing value) in Vietnamese, never English.</summary>
internal static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(_ => "Trường này phải là số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Trường này phải là số.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
        messages.SetValueMustNotBeNullAccessor(_ => "Trường này không được để trống.");
    }
}
