using ClasseCRM.Web.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(400);
        builder.HasIndex(f => new { f.Key, f.AtUtc });
        builder.HasIndex(f => f.AtUtc);
    }
}
