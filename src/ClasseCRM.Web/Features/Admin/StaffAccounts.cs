using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>
/// Accounts issued by someone else with an initial password shown once: a teacher (by their établissement's
/// administrator) or an administrator (by the académie operator). The holder chooses their own at first sign-in.
/// </summary>
public static class StaffAccounts
{
    /// <summary>
    /// Creates the account with <paramref name="role"/> in <paramref name="schoolId"/>, inside the caller's transaction when
    /// there is one. A taken identifiant or a refused account is a <see cref="ValidationException"/> in French.
    /// </summary>
    public static async Task<IssuedCredential> CreateAsync(UserManager<AppUser> users, StaffAccountViewModel model, string role, int? schoolId,
        DateTime now, string group)
    {
        if (await users.FindByNameAsync(model.UserName.Trim()) is not null)
        {
            throw new ValidationException($"L'identifiant « {model.UserName.Trim()} » est déjà utilisé.");
        }
        var password = PasswordGenerator.Generate();
        var account = new AppUser
        {
            UserName = model.UserName.Trim(),
            FirstName = model.FirstName.Trim(),
            LastName = model.LastName.Trim(),
            Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim(),
            MustChangePassword = true,
            SchoolId = schoolId,
            CreatedAtUtc = now,
        };
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(account, password);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // The same identifiant saved in the meantime (a second click): the unique index says what the check could not.
            throw Taken(model);
        }
        if (!result.Succeeded)
        {
            throw new ValidationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(account, role);
        return new IssuedCredential(account.DisplayName, account.UserName, password, group);
    }

    private static ValidationException Taken(StaffAccountViewModel model) =>
        new($"L'identifiant « {model.UserName.Trim()} » est déjà utilisé.");

    /// <summary>A new initial password; the old calendar link stops working with the old password, a lock-out ends.</summary>
    public static async Task<IssuedCredential> ResetPasswordAsync(UserManager<AppUser> users, AppUser account, string group)
    {
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(account);
        await users.ResetPasswordAsync(account, token, password);
        account.MustChangePassword = true;
        account.CalendarToken = null;
        await users.UpdateAsync(account);
        await users.SetLockoutEndDateAsync(account, null);
        return new IssuedCredential(account.DisplayName, account.UserName!, password, group);
    }
}
