package io.github.catconv.cite;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.output.SecondFieldAlign;

import java.util.List;

/**
 * citeproc-java's plain-text output with a space after the first field of numbered styles.
 *
 * <p>Styles with {@code second-field-align} (Vancouver, IEEE, AMA; CSL 1.0.2, "Whitespace")
 * set the citation number apart from the reference. HTML puts it in its own box; citeproc-java's
 * text output glues the two ("1.Tookey P", "[1]P. Tookey"). One space separates them here, as in
 * citeproc-js's text output ("1. Tookey P", "[1] P. Tookey").
 */
final class MarginTextFormat extends TextFormat {

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        List<Token> tokens = buffer.getTokens();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).isFirstField()) {
            first++;
        }
        boolean aligned = ctx.getStyle().getBibliography().getSecondFieldAlign() != SecondFieldAlign.FALSE;
        if (!aligned || first == 0 || first == tokens.size() || endsWithSpace(tokens.get(first - 1))) {
            return super.doFormatBibliographyEntry(buffer, ctx, index);
        }
        // Fresh buffers: TokenBuffer.copy may share the list it was copied from.
        TokenBuffer spaced = new TokenBuffer()
                .append(buffer.copy(0, first))
                .append(" ", TextToken.Type.TEXT)
                .append(buffer.copy(first, tokens.size()));
        return super.doFormatBibliographyEntry(spaced, ctx, index);
    }

    private static boolean endsWithSpace(Token t) {
        return t instanceof TextToken text && !text.getText().isEmpty()
                && Character.isWhitespace(text.getText().charAt(text.getText().length() - 1));
    }
}
