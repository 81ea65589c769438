namespace ClasseCRM.Web.Infrastructure.Csv;

/// <summary>A text reader that gives back <paramref name="prefix"/> (already read from <paramref name="rest"/>) before the rest.</summary>
public sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int position;

    public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

    public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();
}
