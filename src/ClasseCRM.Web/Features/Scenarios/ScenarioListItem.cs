namespace ClasseCRM.Web.Features.Scenarios;

public sealed record ScenarioListItem(int Id, string CompanyName, string Title, string Sector, string Market, bool IsOwn, int ProductCount);
