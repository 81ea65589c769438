namespace ClasseCRM.Web.Domain;

/// <summary>What a NAF filter asks for: a section (one letter, A–U) or a sous-classe (NN.NNL).</summary>
public enum NafFilterKind
{
    None = 0,
    Section = 1,
    SubClass = 2,
    Invalid = 3,
}
