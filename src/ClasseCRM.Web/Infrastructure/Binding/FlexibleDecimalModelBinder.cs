using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>
/// Reads amounts as people type them in France: "1 490,50", "1490.50" or "1490,5". Spaces are ignored; a lone '.' is
/// taken as the decimal separator. Anything else is a French model error, and the typed text is kept on the form.
/// </summary>
public sealed class FlexibleDecimalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            return Task.CompletedTask;
        }
        if (TryParse(text, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"« {text} » n'est pas un nombre (exemple : 1490,50).");
        }
        return Task.CompletedTask;
    }

    public static bool TryParse(string text, out decimal amount)
    {
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F').ToArray()).Replace("€", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal);
        if (cleaned.Contains(',', StringComparison.Ordinal) && cleaned.Contains('.', StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace(".", "", StringComparison.Ordinal);
        }
        cleaned = cleaned.Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }
}
