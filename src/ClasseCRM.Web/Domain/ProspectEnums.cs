namespace ClasseCRM.Web.Domain;

/// <summary>An organisation (B2B) or an individual (B2C).</summary>
public enum ProspectKind
{
    Organisation = 0,
    Individual = 1,
}

/// <summary>The prospect's place in the cycle: suspect → prospect → client → client fidèle, or perdu.</summary>
public enum ProspectStatus
{
    Suspect = 0,
    Prospect = 1,
    Client = 2,
    LoyalClient = 3,
    Lost = 4,
}

/// <summary>Potential (Pareto): A the most valuable, C the least.</summary>
public enum Potential
{
    A = 0,
    B = 1,
    C = 2,
}

/// <summary>A contact's role in the buying decision.</summary>
public enum ContactRole
{
    DecisionMaker = 0,
    Prescriber = 1,
    User = 2,
    Payer = 3,
}

public enum Civility
{
    Madame = 0,
    Monsieur = 1,
}
