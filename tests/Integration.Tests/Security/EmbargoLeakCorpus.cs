using System.Globalization;

namespace Integration.Tests.Security;

/// <summary>
/// ADQL forms that each ask only for what is under embargo, in a different way: to an anonymous or
/// ordinary caller each must answer no row, or only zeros and nulls (a count of nothing); to staff
/// something. {did}, {coadd}, {visit}, {now}, {mjd}, {ra}, {dec} stand for the fixture's facts.
/// </summary>
internal static class EmbargoLeakCorpus
{
    public static readonly IReadOnlyList<string> Forms =
    [
        // Direct
        "SELECT * FROM ivoa.obscore WHERE data_rights = 'proprietary'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > '{now}'",
        "SELECT * FROM ivoa.obscore WHERE obs_publisher_did = '{did}'",
        "SELECT obs_id, lsst_visit FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        "SELECT DISTINCT lsst_visit FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        "SELECT TOP 1 obs_publisher_did FROM ivoa.obscore WHERE data_rights = 'proprietary' ORDER BY obs_publisher_did OFFSET 0",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE 1 = CONTAINS(POINT(s_ra, s_dec), CIRCLE({ra}, {dec}, 0.001)) AND obs_release_date > '{now}'",
        // Aggregates and counts
        "SELECT COUNT(*) FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        "SELECT COUNT(*) FROM ivoa.obscore WHERE data_rights = 'proprietary'",
        "SELECT COUNT(DISTINCT lsst_visit) FROM ivoa.obscore WHERE obs_release_date > '{now}'",
        "SELECT MAX(obs_release_date) FROM ivoa.obscore WHERE obs_release_date > '{now}'",
        "SELECT MIN(t_min) FROM ivoa.obscore WHERE data_rights = 'proprietary'",
        "SELECT MAX(lsst_visit) FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        "SELECT SUM(CASE WHEN data_rights = 'proprietary' THEN 1 ELSE 0 END) FROM ivoa.obscore",
        "SELECT SUM(CASE WHEN obs_release_date > '{now}' THEN 1 ELSE 0 END) FROM ivoa.obscore",
        "SELECT AVG(s_ra) FROM ivoa.obscore WHERE lsst_visit >= {visit}",
        // GROUP BY
        "SELECT lsst_visit, COUNT(*) AS n FROM ivoa.obscore WHERE obs_release_date > '{now}' GROUP BY lsst_visit",
        "SELECT data_rights, COUNT(*) AS n FROM ivoa.obscore GROUP BY data_rights HAVING data_rights = 'proprietary'",
        "SELECT lsst_visit FROM ivoa.obscore GROUP BY lsst_visit HAVING lsst_visit >= {visit}",
        "SELECT lsst_dataset_type, MAX(obs_release_date) AS latest FROM ivoa.obscore WHERE obs_release_date > '{now}' GROUP BY lsst_dataset_type",
        // Subqueries, EXISTS, IN
        "SELECT * FROM (SELECT obs_publisher_did, obs_release_date FROM ivoa.obscore) AS s WHERE s.obs_release_date > '{now}'",
        "SELECT x.n FROM (SELECT COUNT(*) AS n FROM ivoa.obscore WHERE data_rights = 'proprietary') AS x",
        "SELECT TOP 1 table_name FROM tap_schema.tables WHERE EXISTS (SELECT 1 FROM ivoa.obscore AS o WHERE o.obs_publisher_did = '{did}')",
        "SELECT TOP 1 table_name FROM tap_schema.tables WHERE EXISTS (SELECT 1 FROM caom2.plane AS p WHERE p.data_release > '{now}')",
        "SELECT obs_id FROM ivoa.obscore WHERE obs_publisher_did IN ('{did}', '{coadd}')",
        "SELECT TOP 1 table_name FROM tap_schema.tables WHERE {visit} IN (SELECT lsst_visit FROM ivoa.obscore)",
        "SELECT obs_id FROM ivoa.obscore WHERE obs_publisher_did IN (SELECT input_did FROM caom2.provenance_input WHERE publisher_did = '{coadd}')",
        // JOINs with CAOM2, and CAOM2 alone
        "SELECT p.publisher_did FROM caom2.plane AS p JOIN ivoa.obscore AS o ON o.obs_publisher_did = p.publisher_did WHERE o.data_rights = 'proprietary'",
        "SELECT p.publisher_did, o.obs_id FROM caom2.plane AS p LEFT OUTER JOIN ivoa.obscore AS o ON o.obs_publisher_did = p.publisher_did WHERE p.data_release > '{now}'",
        "SELECT ob.obs_id FROM caom2.observation AS ob JOIN caom2.plane AS p ON p.observation_uri = ob.observation_uri WHERE p.meta_release > '{now}'",
        "SELECT a.artifact_uri FROM caom2.artifact AS a JOIN caom2.plane AS p ON p.publisher_did = a.publisher_did WHERE p.publisher_did = '{did}'",
        "SELECT * FROM caom2.plane WHERE publisher_did = '{did}'",
        "SELECT * FROM caom2.artifact WHERE publisher_did = '{did}'",
        "SELECT * FROM caom2.observation WHERE meta_release > '{now}'",
        "SELECT * FROM caom2.provenance_input WHERE input_did = '{did}'",
        "SELECT * FROM caom2.provenance_input WHERE publisher_did = '{coadd}'",
        "SELECT COUNT(*) FROM ivoa.obscore AS a JOIN ivoa.obscore AS b ON a.obs_publisher_did = b.obs_publisher_did WHERE a.data_rights = 'proprietary'",
        // CTE
        "WITH e AS (SELECT obs_publisher_did FROM ivoa.obscore WHERE data_rights = 'proprietary') SELECT * FROM e",
        "WITH e AS (SELECT lsst_visit FROM ivoa.obscore WHERE lsst_visit >= {visit}) SELECT COUNT(*) FROM e",
        // Set operations
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE lsst_visit >= {visit} UNION SELECT publisher_did FROM caom2.plane WHERE data_release > '{now}'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE lsst_visit >= {visit} UNION ALL SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_publisher_did = '{did}'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date > '{now}' INTERSECT SELECT publisher_did FROM caom2.plane",
        "SELECT publisher_did FROM caom2.plane WHERE data_release > '{now}' EXCEPT SELECT obs_publisher_did FROM ivoa.obscore WHERE data_rights = 'public'",
        // Tricks on obs_release_date
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date IS NULL OR obs_release_date > '{now}'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE gavo_ts_to_mjd(obs_release_date) > {mjd}",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_release_date BETWEEN '{now}' AND '2200-01-01T00:00:00'",
        "SELECT TOP 1 obs_release_date FROM ivoa.obscore WHERE obs_release_date > '{now}' ORDER BY obs_release_date DESC",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE NOT (obs_release_date <= '{now}')",
        // Tricks on data_rights
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE LOWER(data_rights) = 'proprietary'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE data_rights LIKE 'prop%'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE data_rights <> 'public'",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE data_rights IS NULL OR NOT (data_rights = 'public')",
        "SELECT obs_publisher_did FROM ivoa.obscore WHERE COALESCE(data_rights, 'x') = 'proprietary'",
    ];

    /// <summary><paramref name="form"/> with the fixture's facts in place of its placeholders.</summary>
    public static string Resolve(string form, EmbargoFixture facts) => form
        .Replace("{did}", facts.EmbargoedCalexp, StringComparison.Ordinal)
        .Replace("{coadd}", facts.EmbargoedCoadd, StringComparison.Ordinal)
        .Replace("{visit}", facts.FirstEmbargoedVisit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{now}", facts.Now, StringComparison.Ordinal)
        .Replace("{mjd}", (DateTime.ParseExact(facts.Now, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) - new DateTime(1858, 11, 17)).TotalDays.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{ra}", facts.EmbargoedPosition.Ra.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{dec}", facts.EmbargoedPosition.Dec.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static TheoryData<int> Indexes() => new(Enumerable.Range(0, Forms.Count));
}
