using Microsoft.AspNetCore.Identity;

namespace ClasseCRM.Web.Features.Account;

/// <summary>Identity's error messages in French.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Le mot de passe doit contenir au moins {length} caractères." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Le mot de passe actuel est incorrect." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"L'identifiant « {userName} » est déjà utilisé." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"L'identifiant « {userName} » n'est pas valide : lettres sans accent, chiffres, point, tiret ou tiret bas." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"L'adresse e-mail « {email} » n'est pas valide." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"L'adresse e-mail « {email} » est déjà utilisée." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Une erreur est survenue. Réessayez." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Le compte a été modifié entre-temps. Rechargez la page." };

    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = $"Le compte a déjà le rôle {role}." };
}
