namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>Someone a caller may invite to play the prospect: a classmate of the same class, or the class's teacher.</summary>
public sealed record PairPartnerOption(string UserId, string Name, bool IsTeacher);
