using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>
/// Binds a date as the framework does, then refuses one outside 2000–2100 with a French message: a date such as
/// 9999-12-31 or 0001-01-01 typed in an address or a form becomes a validation error instead of an overflow (a 500)
/// when a period is computed from it.
/// </summary>
public sealed class BoundedDateModelBinder(IModelBinder inner, ILogger logger) : IModelBinder
{
    public static readonly DateOnly Min = new(2000, 1, 1);
    public static readonly DateOnly Max = new(2100, 12, 31);
    public const string Message = "Indiquez une date entre le 01/01/2000 et le 31/12/2100.";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet)
        {
            return;
        }
        DateOnly? day = bindingContext.Result.Model switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => null,
        };
        if (day is { } value && (value < Min || value > Max))
        {
            logger.LogInformation("Date hors limites refusée pour le champ {Field}", bindingContext.ModelName);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message);
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }
}
