namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A line of the scenario's catalogue as the négociation form lists it: its catalogue price HT and the most discount it allows (the product's and the scenario's, the lower).</summary>
public sealed record PairOffer(int ProductId, string Designation, decimal Price, decimal MaxDiscountRate);
