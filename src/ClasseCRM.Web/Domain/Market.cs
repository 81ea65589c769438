namespace ClasseCRM.Web.Domain;

/// <summary>Who the scenario's company sells to: businesses (B2B) or individuals (B2C). The legal rules on contacting people differ.</summary>
public enum Market
{
    Business = 0,
    Consumer = 1,
}
