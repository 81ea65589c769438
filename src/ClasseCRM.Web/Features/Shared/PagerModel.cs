using System.Globalization;

namespace ClasseCRM.Web.Features.Shared;

/// <summary>Previous/next paging for a list page: the base path gets ?page=N.</summary>
public sealed record PagerModel(string BasePath, int Page, int Total, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Url(int page) => $"{BasePath}?page={Math.Clamp(page, 1, PageCount).ToString(CultureInfo.InvariantCulture)}";
}
