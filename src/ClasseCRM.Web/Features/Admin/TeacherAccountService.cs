using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>
/// The administrator's management of the teacher accounts of their établissement: list, create with an initial password,
/// reset. A teacher of another établissement does not exist for them (null: 404).
/// </summary>
public sealed class TeacherAccountService(AppDbContext db, UserManager<AppUser> users, AccessScope scope, TimeProvider clock)
{
    /// <summary>An administrator's account that belongs to no établissement manages no teacher.</summary>
    public const string NoSchool = "Votre compte n'est rattaché à aucun établissement : demandez à l'opérateur académique de vous y rattacher.";

    public async Task<List<TeacherListItem>> ListAsync(CancellationToken ct)
    {
        if (scope.SchoolId is null)
        {
            return [];
        }
        var roleId = await db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id).FirstAsync(ct);
        var now = clock.GetUtcNow();
        // The administrator reads no class: the count per teacher lifts the scope filter on purpose (no personal data).
        var classCounts = await db.Classes.IgnoreQueryFilters()
            .Where(c => c.SchoolId == scope.SchoolId)
            .GroupBy(c => c.TeacherId)
            .Select(g => new { TeacherId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TeacherId, x => x.Count, ct);
        var teachers = await db.Users.AsNoTracking()
            .Where(u => u.SchoolId == scope.SchoolId && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .Select(u => new { u.Id, u.UserName, u.FirstName, u.LastName, u.Email, u.LockoutEnd })
            .ToListAsync(ct);
        // In French order (accents and case ignored), not SQLite's byte order: a school has a few dozen teachers.
        return teachers.OrderBy(u => u.LastName, FrenchNameComparer.Instance).ThenBy(u => u.FirstName, FrenchNameComparer.Instance).ThenBy(u => u.Id, StringComparer.Ordinal).Select(u => new TeacherListItem(
                u.Id, u.UserName!, $"{u.FirstName} {u.LastName}", u.Email,
                classCounts.GetValueOrDefault(u.Id), u.LockoutEnd != null && u.LockoutEnd > now))
            .ToList();
    }

    public async Task<IssuedCredential> CreateAsync(StaffAccountViewModel model, CancellationToken ct)
    {
        if (scope.SchoolId is null)
        {
            throw new ValidationException(NoSchool);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var credential = await StaffAccounts.CreateAsync(users, model, Roles.Teacher, scope.SchoolId, clock.GetUtcNow().UtcDateTime, "Enseignants");
        await transaction.CommitAsync(ct);
        return credential;
    }

    public async Task<IssuedCredential?> ResetPasswordAsync(string teacherId)
    {
        var teacher = await users.FindByIdAsync(teacherId);
        if (teacher is null || scope.SchoolId is null || teacher.SchoolId != scope.SchoolId || !await users.IsInRoleAsync(teacher, Roles.Teacher))
        {
            return null;
        }
        return await StaffAccounts.ResetPasswordAsync(users, teacher, "Enseignants");
    }
}
