namespace Adql.Diagnostics;

/// <summary>
/// Every kind of problem the compiler reports. Texts live in <see cref="DiagnosticMessages"/>.
/// Grouped by the stage that finds them.
/// </summary>
public enum DiagnosticCode
{
    // Syntax (parser).
    UnexpectedToken,
    MissingToken,
    UnexpectedEndOfQuery,
    UnterminatedString,
    UnterminatedDelimitedIdentifier,
    InvalidCharacter,
    NumberOutOfRange,
    NestingTooDeep,

    // Names (binder).
    UnknownTable,
    UnknownColumn,
    UnknownSchema,
    AmbiguousColumn,
    DuplicateAlias,
    UnknownTableQualifier,
    UnknownFunction,

    // Types and arity (binder).
    WrongArgumentCount,
    WrongArgumentType,
    TypeMismatch,
    AggregateNotAllowed,
    NotGroupedColumn,
    OrderByPositionOutOfRange,
    ConstantSortOrGroupKey,
    SubqueryMustReturnOneColumn,
    SetOperandColumnCountMismatch,
    MissingJoinCondition,

    // Features (binder or translator).
    UnsupportedFeature,
    UnsupportedCoordinateSystem,
    InvalidGeometry,
}
