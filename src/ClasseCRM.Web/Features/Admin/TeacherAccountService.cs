using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>The administrator's management of teacher accounts: list, create with an initial password, reset.</summary>
public sealed class TeacherAccountService(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<List<TeacherListItem>> ListAsync(CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id).FirstAsync(ct);
        var now = clock.GetUtcNow();
        // The administrator reads no class: the count per teacher lifts the scope filter on purpose (no personal data).
        var classCounts = await db.Classes.IgnoreQueryFilters()
            .GroupBy(c => c.TeacherId)
            .Select(g => new { TeacherId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TeacherId, x => x.Count, ct);
        var teachers = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .Select(u => new { u.Id, u.UserName, u.FirstName, u.LastName, u.Email, u.LockoutEnd })
            .ToListAsync(ct);
        // In French order (accents and case ignored), not SQLite's byte order: a school has a few dozen teachers.
        return teachers.OrderBy(u => u.LastName, FrenchNameComparer.Instance).ThenBy(u => u.FirstName, FrenchNameComparer.Instance).ThenBy(u => u.Id, StringComparer.Ordinal).Select(u => new TeacherListItem(
                u.Id, u.UserName!, $"{u.FirstName} {u.LastName}", u.Email,
                classCounts.GetValueOrDefault(u.Id), u.LockoutEnd != null && u.LockoutEnd > now))
            .ToList();
    }

    public async Task<IssuedCredential> CreateAsync(TeacherCreateViewModel model, CancellationToken ct)
    {
        if (await users.FindByNameAsync(model.UserName.Trim()) is not null)
        {
            throw new ValidationException($"L'identifiant « {model.UserName.Trim()} » est déjà utilisé.");
        }
        var password = PasswordGenerator.Generate();
        var teacher = new AppUser
        {
            UserName = model.UserName.Trim(),
            FirstName = model.FirstName.Trim(),
            LastName = model.LastName.Trim(),
            Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim(),
            MustChangePassword = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(teacher, password);
        if (!result.Succeeded)
        {
            throw new ValidationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(teacher, Roles.Teacher);
        await transaction.CommitAsync(ct);
        return new IssuedCredential(teacher.DisplayName, teacher.UserName, password, "Enseignants");
    }

    public async Task<IssuedCredential?> ResetPasswordAsync(string teacherId)
    {
        var teacher = await users.FindByIdAsync(teacherId);
        if (teacher is null || !await users.IsInRoleAsync(teacher, Roles.Teacher))
        {
            return null;
        }
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(teacher);
        await users.ResetPasswordAsync(teacher, token, password);
        teacher.MustChangePassword = true;
        // As for a student: the old calendar link stops working with the old password.
        teacher.CalendarToken = null;
        await users.UpdateAsync(teacher);
        await users.SetLockoutEndDateAsync(teacher, null);
        return new IssuedCredential(teacher.DisplayName, teacher.UserName!, password, "Enseignants");
    }
}
