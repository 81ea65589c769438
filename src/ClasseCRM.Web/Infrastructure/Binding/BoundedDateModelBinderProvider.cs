using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>Uses <see cref="BoundedDateModelBinder"/> for every DateOnly and DateTime (nullable or not), in forms and addresses.</summary>
public sealed class BoundedDateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        if (type != typeof(DateOnly) && type != typeof(DateTime))
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new BoundedDateModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers), loggers.CreateLogger<BoundedDateModelBinder>());
    }
}
