using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.JobTitle).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.EmailKey).HasMaxLength(254);
        builder.Property(c => c.PhoneKey).HasMaxLength(20);
        builder.Ignore(c => c.FullName);
        builder.HasIndex(c => new { c.WorkspaceId, c.EmailKey });
        builder.HasIndex(c => new { c.WorkspaceId, c.PhoneKey });
        builder.HasIndex(c => new { c.WorkspaceId, c.ProspectId });
        // A fiche's main contact (the list shows it for each row) is the first of this index: no sort per fiche.
        builder.HasIndex(c => new { c.ProspectId, c.Role, c.Id });
    }
}
