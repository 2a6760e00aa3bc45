using Integration.Tests.Database;

namespace Integration.Tests.Uws;

/// <summary>The UWS tests share one fresh database; they run one after another, as some start several instances.</summary>
[CollectionDefinition(Name)]
public sealed class UwsTests : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "uws";
}
