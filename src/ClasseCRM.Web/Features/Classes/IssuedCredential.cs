namespace ClasseCRM.Web.Features.Classes;

/// <summary>An account's identifiant and initial password, shown once (login slip) and never stored in clear.</summary>
public sealed record IssuedCredential(string FullName, string UserName, string Password, string ClassName);
