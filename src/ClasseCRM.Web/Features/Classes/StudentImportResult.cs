namespace ClasseCRM.Web.Features.Classes;

/// <summary>Either every student was created (Credentials) or nothing was, and Errors says why, row by row.</summary>
public sealed record StudentImportResult(List<IssuedCredential> Credentials, List<StudentImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A rejected row of a class list: the file's line, what was read, and the reason in French.</summary>
public sealed record StudentImportError(int Line, string Content, string Reason);
