using Dali;
using Npgsql;
using Tap.Service.Protocol;

namespace Tap.Service.Tests.Protocol;

public class FaultClassifierTests
{
    private static PostgresException Postgres(string sqlState, string message = "database says no") =>
        new(message, "ERROR", "ERROR", sqlState);

    [Fact]
    public void A_cancelled_statement_is_a_timeout_the_user_can_act_on()
    {
        var fault = FaultClassifier.Classify(Postgres(PostgresErrorCodes.QueryCanceled, "canceling statement due to statement timeout"));

        Assert.IsType<DaliUsageException>(fault);
        Assert.Equal(FaultClassifier.QueryTimedOutMessage, fault.Message);
    }

    [Fact]
    public void A_timeout_wrapped_by_Npgsql_cancellation_is_found_inside()
    {
        var wrapped = new OperationCanceledException("Query was cancelled", Postgres(PostgresErrorCodes.QueryCanceled));

        Assert.Equal(FaultClassifier.QueryTimedOutMessage, FaultClassifier.Classify(wrapped).Message);
    }

    [Fact]
    public void Npgsql_command_timeout_is_a_timeout()
    {
        var timeout = new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt"));

        Assert.Equal(FaultClassifier.QueryTimedOutMessage, FaultClassifier.Classify(timeout).Message);
    }

    [Theory]
    [InlineData("53300")] // too_many_connections
    [InlineData("53200")] // out_of_memory
    [InlineData("57P03")] // cannot_connect_now
    [InlineData("08006")] // connection_failure
    [InlineData("40P01")] // deadlock_detected
    [InlineData("3D000")] // invalid_catalog_name: the configured database does not exist
    [InlineData("28P01")] // invalid_password: the database refuses the service's login
    public void Saturation_and_connection_errors_are_transient(string sqlState)
    {
        var fault = Assert.IsType<DaliUnavailableException>(FaultClassifier.Classify(Postgres(sqlState)));

        Assert.Equal(FaultClassifier.DatabaseBusyRetryAfter, fault.RetryAfter);
    }

    [Fact]
    public void An_exhausted_connection_pool_is_transient()
    {
        var exhausted = new NpgsqlException(
            "The connection pool has been exhausted, either raise 'Max Pool Size' (currently 10) or 'Timeout' (currently 15 seconds) in your connection string.",
            new TimeoutException());

        Assert.IsType<DaliUnavailableException>(FaultClassifier.Classify(exhausted));
    }

    [Fact]
    public void A_refused_connection_wrapped_by_EF_Core_is_transient()
    {
        // What the UWS job store throws while PostgreSQL is down: EF Core's execution strategy wraps Npgsql's error.
        var refused = new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111));
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused);

        var fault = Assert.IsType<DaliUnavailableException>(FaultClassifier.Classify(wrapped));
        Assert.Equal(FaultClassifier.DatabaseBusyMessage, fault.Message);
    }

    [Theory]
    [InlineData("22012", "division by zero")]
    [InlineData("22P02", "invalid input syntax for type double precision: \"abc\"")]
    [InlineData("21000", "more than one row returned by a subquery used as an expression")]
    public void Data_and_cardinality_exceptions_are_usage_errors_with_the_database_message(string sqlState, string message)
    {
        var fault = FaultClassifier.Classify(Postgres(sqlState, message));

        Assert.IsType<DaliUsageException>(fault);
        Assert.Equal(message, fault.Message);
    }

    [Theory]
    [InlineData("42703")] // undefined_column: our compiler produced bad SQL
    [InlineData("42501")] // insufficient_privilege
    [InlineData("XX000")] // internal_error
    public void Other_database_errors_are_fatal_and_hide_the_database_text(string sqlState)
    {
        var fault = FaultClassifier.Classify(Postgres(sqlState, "relation \"internal.secret\" does not exist"));

        Assert.IsType<DaliFatalException>(fault);
        Assert.Equal(FaultClassifier.InternalErrorMessage, fault.Message);
    }

    [Fact]
    public void A_value_pg_sphere_refuses_is_a_usage_error_though_pg_sphere_calls_it_internal()
    {
        const string Message = "radius must be not greater than 90 degrees or less than 0";
        var refused = new PostgresException(Message, "ERROR", "ERROR", "XX000", file: "circle.c", line: "364", routine: "spherecircle_by_center");

        var fault = FaultClassifier.Classify(refused);

        Assert.IsType<DaliUsageException>(fault);
        Assert.Equal(Message, fault.Message);
    }

    [Fact]
    public void A_DALI_fault_is_kept_as_it_is()
    {
        var notFound = new DaliNotFoundException("No job 42");

        Assert.Same(notFound, FaultClassifier.Classify(notFound));
    }
}
