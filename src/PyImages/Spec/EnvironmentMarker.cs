using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>
/// Checks a PEP 508 environment marker against its grammar: marker variables, comparison operators,
/// 'and'/'or', parentheses, and quoted literals made only of safe characters.
/// </summary>
internal static partial class EnvironmentMarker
{
    private static readonly HashSet<string> Variables =
    [
        "python_version", "python_full_version", "os_name", "sys_platform", "platform_release",
        "platform_system", "platform_version", "platform_machine", "platform_python_implementation",
        "implementation_name", "implementation_version", "extra",
    ];

    public static bool TryValidate(string marker, [NotNullWhen(false)] out string? error)
    {
        var tokens = Token().Matches(marker);
        if (string.Concat(tokens.Select(t => t.Value)).Length != marker.Length)
        {
            var position = 0;
            foreach (Match token in tokens)
            {
                if (token.Index != position)
                {
                    break;
                }

                position += token.Length;
            }

            error = $"the environment marker has a character that is not allowed at '{marker[position..]}' "
                + "(literals must be quoted and contain only letters, digits, spaces and . _ - + * ! ~ , < > =)";
            return false;
        }

        var parser = new Parser(tokens.Select(t => t.Value).Where(t => !string.IsNullOrWhiteSpace(t)).ToArray());
        error = parser.ParseMarker();
        return error is null;
    }

    [GeneratedRegex(@"\s+|\(|\)|'[A-Za-z0-9 ._+*!~,<>=-]*'|""[A-Za-z0-9 ._+*!~,<>=-]*""|===|==|!=|<=|>=|~=|<|>|[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Token();

    /// <summary>marker := and_expr ('or' and_expr)*; and_expr := atom ('and' atom)*; atom := '(' marker ')' | value op value.</summary>
    private sealed class Parser(string[] tokens)
    {
        private int position;

        public string? ParseMarker()
        {
            var error = Or();
            return error ?? (position < tokens.Length ? $"the environment marker has an unexpected '{tokens[position]}'" : null);
        }

        private string? Or() => Sequence("or", And);

        private string? And() => Sequence("and", Atom);

        private string? Sequence(string keyword, Func<string?> operand)
        {
            var error = operand();
            while (error is null && Peek() == keyword)
            {
                position++;
                error = operand();
            }

            return error;
        }

        private string? Atom()
        {
            if (Peek() == "(")
            {
                position++;
                var error = Or();
                return error ?? (Take() == ")" ? null : "the environment marker has an unclosed '('");
            }

            if (!IsValue(Take()))
            {
                return "the environment marker expects a marker variable (e.g. python_version) or a quoted string";
            }

            var op = Take();
            if (op == "not" && Peek() == "in")
            {
                position++;
                op = "not in";
            }

            if (op is not ("<" or "<=" or "!=" or "==" or ">=" or ">" or "~=" or "===" or "in" or "not in"))
            {
                return $"the environment marker expects a comparison operator, not '{op ?? "the end"}'";
            }

            return IsValue(Take()) ? null : "the environment marker expects a marker variable or a quoted string after the operator";
        }

        private static bool IsValue(string? token) =>
            token is not null && (token[0] is '\'' or '"' || Variables.Contains(token));

        private string? Peek() => position < tokens.Length ? tokens[position] : null;

        private string? Take() => position < tokens.Length ? tokens[position++] : null;
    }
}
