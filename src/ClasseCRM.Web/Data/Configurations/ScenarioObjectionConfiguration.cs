using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ScenarioObjectionConfiguration : IEntityTypeConfiguration<ScenarioObjection>
{
    public void Configure(EntityTypeBuilder<ScenarioObjection> builder)
    {
        builder.Property(o => o.Objection).HasMaxLength(300);
        builder.Property(o => o.Type).HasMaxLength(40);
        builder.Property(o => o.Technique).HasMaxLength(60);
        builder.Property(o => o.Answer).HasMaxLength(1000);
    }
}
