using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>Uses <see cref="FlexibleDecimalModelBinder"/> for every decimal and decimal? in forms.</summary>
public sealed class FlexibleDecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new FlexibleDecimalModelBinder() : null;
}
