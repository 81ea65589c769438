namespace ClasseCRM.Web.Features.Classes;

/// <summary>Passwords shown once, as printable login slips.</summary>
public sealed record CredentialsViewModel(int ClassId, string ClassName, List<IssuedCredential> Credentials, string Title);
