using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>Ids of the demo school's rows, read from the database (system scope).</summary>
public static class DemoIds
{
    public static Task<int> ClassOfAsync(this TestApp app, string teacher) =>
        app.WithDbAsync(db => db.Classes.Where(c => c.Teacher!.UserName == teacher).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    public static Task<int> WorkspaceOfAsync(this TestApp app, string student) =>
        app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.Student!.UserName == student).Select(m => m.WorkspaceId).FirstAsync());

    public static Task<string> UserIdAsync(this TestApp app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstAsync());

    public static Task<int> ShippedScenarioAsync(this TestApp app, string key) =>
        app.WithDbAsync(db => db.Scenarios.Where(s => s.SourceKey == key && s.OwnerId == null).Select(s => s.Id).FirstAsync());
}
