using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>
/// Uses <see cref="CleanTextModelBinder"/> for every text read from a form, an address or a route, so that no control
/// character (a NUL byte, a vertical tab…) reaches a service, the database or an export.
/// </summary>
public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string) || context.BindingInfo.BinderType is not null || !FromRequestValues(context.BindingInfo.BindingSource))
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), loggers));
    }

    private static bool FromRequestValues(BindingSource? source) =>
        source is null || source == BindingSource.ModelBinding || source == BindingSource.Form || source == BindingSource.Query
        || source == BindingSource.Path || source == BindingSource.Custom;
}
