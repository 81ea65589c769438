using ClasseCRM.Web.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class SharedCacheEntryConfiguration : IEntityTypeConfiguration<SharedCacheEntry>
{
    public void Configure(EntityTypeBuilder<SharedCacheEntry> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(449);
        builder.HasIndex(e => e.ExpiresAtUtc);
    }
}
