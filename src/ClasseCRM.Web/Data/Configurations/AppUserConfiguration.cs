using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FirstName).HasMaxLength(100);
        builder.Property(u => u.LastName).HasMaxLength(100);
        builder.Ignore(u => u.DisplayName);
        builder.HasOne(u => u.School).WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
