namespace ClasseCRM.Benchmarks;

internal static class AcademieCloner
{
    public static string Clone(string database, string school, int copies) => throw new NotImplementedException();
}
