using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class PairSessionConfiguration : IEntityTypeConfiguration<PairSession>
{
    public void Configure(EntityTypeBuilder<PairSession> builder)
    {
        builder.Property(s => s.CallerId).HasMaxLength(450);
        builder.Property(s => s.PartnerId).HasMaxLength(450);
        builder.Property(s => s.CallerName).HasMaxLength(200);
        builder.Property(s => s.PartnerName).HasMaxLength(200);
        builder.Property(s => s.ProspectName).HasMaxLength(300);
        builder.Property(s => s.OperationName).HasMaxLength(300);
        builder.Property(s => s.Journal).HasMaxLength(20000);
        builder.Property(s => s.PartnerNotes).HasMaxLength(2000);
        builder.Property(s => s.Amount).HasPrecision(12, 2);
        builder.Property(s => s.OfferDesignation).HasMaxLength(300);
        builder.Property(s => s.OfferDiscountRate).HasPrecision(7, 6);
        builder.Property(s => s.OfferNetPrice).HasPrecision(12, 2);
        // A played visit (issue 19, item 4): its debrief is shown on the visit's compte rendu.
        builder.HasOne<Visit>().WithMany().HasForeignKey(s => s.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.VisitId);
        builder.OwnsMany(s => s.Debrief, d => d.ToJson());
        builder.HasOne<Operation>().WithMany().HasForeignKey(s => s.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(s => s.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Call).WithMany().HasForeignKey(s => s.CallLogId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.WorkspaceId, s.OperationId, s.ProspectId });
        // The partner's invitations (« Aujourd'hui », /jeu-de-role) and the hub's check start from the partner.
        builder.HasIndex(s => new { s.PartnerId, s.State });
        builder.Ignore(s => s.IsFinished);
        builder.Ignore(s => s.CardIsOpen);
        builder.Ignore(s => s.Disagree);
        builder.Ignore(s => s.IsVisit);
        builder.Ignore(s => s.IsPending);
    }
}
