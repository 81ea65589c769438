using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

/// <summary>The author of an action: a nullable link to the account, emptied (not cascaded) when the account is deleted.</summary>
public static class AuthorConfiguration
{
    public static void HasAuthor<T>(this EntityTypeBuilder<T> builder) where T : class, IAuthoredAction
    {
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
