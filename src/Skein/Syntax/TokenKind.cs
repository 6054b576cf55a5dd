namespace Skein.Syntax;

public enum TokenKind
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Exclamation,
    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, AtOp, VBar, Amper, CircumFlex, Tilde,
    LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual, Equal,
    PlusEqual, MinEqual, StarEqual, DoubleStarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, AtEqual,
    VBarEqual, AmperEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
    /// <summary>A character that starts no token (`$`, `?`, a stray backtick); the parser reports it as invalid syntax.</summary>
    ErrorToken,
}
