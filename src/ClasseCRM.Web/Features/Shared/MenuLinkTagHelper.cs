using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ClasseCRM.Web.Features.Shared;

/// <summary>
/// A header menu link (<c>&lt;a menu-link href="/prospects"&gt;</c>): marked « active » with <c>aria-current</c> when the
/// page belongs to its section (<see cref="MainMenu"/>), so that sight and screen readers both tell where one is.
/// </summary>
[HtmlTargetElement("a", Attributes = "menu-link")]
public sealed class MenuLinkTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("menu-link");
        var href = output.Attributes["href"]?.Value?.ToString() ?? "";
        var path = ViewContext.HttpContext.Request.Path.Value;
        var current = MainMenu.AriaCurrent(href, path);
        if (current is not null)
        {
            output.AddClass("active", System.Text.Encodings.Web.HtmlEncoder.Default);
            output.Attributes.SetAttribute("aria-current", current);
        }
    }
}
