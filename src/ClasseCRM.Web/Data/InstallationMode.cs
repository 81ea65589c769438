using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Data;

/// <summary>
/// Whether the installation is an académie's: its operator is named in configuration (<see cref="AcademieOptions"/>), or
/// an operator account exists in the database. Once an académie, always one: a configuration that later forgets the
/// operator's name does not hand every lycée's administrator the installation's pages (the backup of every lycée's data).
/// </summary>
public sealed class InstallationMode(IOptions<AcademieOptions> options)
{
    private volatile bool _operatorExists;

    public bool IsAcademie => options.Value.Enabled || _operatorExists;

    /// <summary>Reads, at start and after the operator's account is made, whether an operator account exists.</summary>
    public async Task DetectAsync(UserManager<AppUser> users)
    {
        _operatorExists = (await users.GetUsersInRoleAsync(Roles.Operator)).Count > 0;
    }
}
