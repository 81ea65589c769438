namespace ClasseCRM.Web.Data.Seeding;

/// <summary>A commune from seeds/communes.csv.</summary>
public sealed record Commune(string InseeCode, string Name, string Department, string PostalCode, int Population);
