using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>
/// Binds a text as MVC does, then strips what a person cannot have typed: NUL and the other control characters (a tab
/// and line breaks stay; a vertical tab or form feed, pasted from Word, becomes a line break). The rest of the text is
/// kept as typed, so nothing the student wrote is lost, and every later step (SQLite, search, DOCX/XLSX) gets clean text.
/// </summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text)
        {
            var clean = XmlText.Clean(text);
            if (!ReferenceEquals(clean, text))
            {
                bindingContext.Result = ModelBindingResult.Success(clean);
            }
        }
    }
}
