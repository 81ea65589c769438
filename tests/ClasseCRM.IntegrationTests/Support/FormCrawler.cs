using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>A POST form found on a page: where it posts, how, and the fields a browser would send as the page stands.</summary>
public sealed record CrawledForm(string Page, string Action, bool Multipart, List<KeyValuePair<string, string>> Fields);

/// <summary>
/// Walks the app as a signed-in user does — from the home page, following the links of each page (two pages per
/// address pattern, /prospects/12 and /prospects/13 being the same screen) — and collects every POST form once per
/// action pattern. Downloads and sign-out are not followed.
/// </summary>
public static partial class FormCrawler
{
    private static readonly string[] NotFollowed = ["/compte/deconnexion", "/admin/jobs", "export", "/pdf", "/docx", "/xlsx", "/csv", "/donnees", "/calendrier", "/ical", "/sauvegarde/telecharger", "/modele"];

    public static async Task<List<CrawledForm>> CollectAsync(HttpClient client, int maxPages = 150)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(["/"]);
        var perPattern = new Dictionary<string, int>();
        var forms = new Dictionary<string, CrawledForm>();
        var pages = 0;
        while (queue.Count > 0 && pages < maxPages)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            if (response.Headers.Location is { } location && location.OriginalString.StartsWith('/') && seen.Add(location.OriginalString))
            {
                queue.Enqueue(location.OriginalString);
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || !response.IsSuccessStatusCode)
            {
                continue;
            }
            pages++;
            var document = await response.ReadDocumentAsync();
            foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
            {
                if (Read(url, form) is { } found)
                {
                    forms.TryAdd(Pattern(found.Action), found);
                }
            }
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || NotFollowed.Any(n => href.Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                var link = href.Split('#')[0];
                var pattern = Pattern(link);
                if (seen.Add(link) && perPattern.GetValueOrDefault(pattern) < 2)
                {
                    perPattern[pattern] = perPattern.GetValueOrDefault(pattern) + 1;
                    queue.Enqueue(link);
                }
            }
        }
        return forms.Values.ToList();
    }

    /// <summary>An address with its numbers and query values generalised: /prospects/12?page=3 → /prospects/#?page=.</summary>
    public static string Pattern(string url) => QueryValue().Replace(Digits().Replace(url, "#"), "=");

    private static CrawledForm? Read(string page, IHtmlFormElement form)
    {
        if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page;
        if (!action.StartsWith('/') || action.Contains("/compte/deconnexion", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var fields = new List<KeyValuePair<string, string>>();
        var radios = new HashSet<string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset" or "file":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is "radio":
                    if ((input.IsChecked || !form.Elements.OfType<IHtmlInputElement>().Any(r => r.Name == name && r.IsChecked)) && radios.Add(name))
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(name, option?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        if (form.Elements.OfType<IHtmlButtonElement>().FirstOrDefault(b => b.Type == "submit" && !string.IsNullOrEmpty(b.Name)) is { } button)
        {
            fields.Add(new(button.Name!, button.Value));
        }
        var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        return new CrawledForm(page, action, multipart, fields);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("=[^&]*")]
    private static partial Regex QueryValue();
}
