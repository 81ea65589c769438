namespace ClasseCRM.Web.Data.Reference;

/// <summary>
/// A commune from seeds/communes.csv, with its coordinates (WGS 84) for planning visits; <see cref="Approximate"/> when
/// the commune was not found in the gazetteer and its département's centre stands in for it.
/// </summary>
public sealed record Commune(string InseeCode, string Name, string Department, string PostalCode, int Population, double Latitude, double Longitude, bool Approximate);
