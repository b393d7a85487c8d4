namespace ArticleModel.Schema.Syntax;

// Value transforms: '| step' or '| step(value, value)' after a member's locators (docs/schema-language.md §5.3).
internal sealed partial class Parser
{
    private bool ParseTransforms(MemberSyntax member)
    {
        while (Current.Kind == TokenKind.Pipe)
        {
            var pipe = Next();
            var name = Current;
            if (name.Kind != TokenKind.Identifier || IsMemberStart(0))
            {
                Expected("a transform name after '|' (trim, trimPrefix, trimSuffix, replace, split, collapse, lowercase, uppercase, titlecase)", name);
                member.HasErrors = true;
                Sync(0);
                return false;
            }
            Next();
            var step = new TransformSyntax(pipe, name);
            if (Current.Kind == TokenKind.OpenParen)
            {
                Next();
                step.Arguments = new System.Collections.Generic.List<Token>();
                if (Current.Kind != TokenKind.CloseParen)
                {
                    while (true)
                    {
                        var t = Current;
                        if (t.Kind is TokenKind.Integer or TokenKind.Regex or TokenKind.String or TokenKind.Identifier)
                        {
                            step.Arguments.Add(Next());
                        }
                        else
                        {
                            if (!_suppress) _diagnostics.Add(SchemaDiagnosticIds.ExpectedValue, t.Range, t.Describe());
                            member.HasErrors = true;
                            Sync(1);
                            return false;
                        }
                        if (Current.Kind == TokenKind.Comma)
                        {
                            Next();
                            continue;
                        }
                        break;
                    }
                }
                if (Current.Kind != TokenKind.CloseParen)
                {
                    Expected("',' or ')' in '| " + name.Text + "(...)'", Current);
                    member.HasErrors = true;
                    Sync(1);
                    return false;
                }
                step.Close = Next();
            }
            member.Transforms.Add(step);
        }
        return true;
    }
}
