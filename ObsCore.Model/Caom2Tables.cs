namespace ObsCore.Model;

/// <summary>
/// caom2.*: the CAOM2 view of the same products as ivoa.obscore. An observation (one CCD of one visit,
/// or one coadd patch in one band) has planes, one per product, each plane one file (artifact); a
/// coadd plane lists the calibrated planes it was made from. A plane's publisher DID is the
/// obs_publisher_did of the product's ObsCore row, so the two models join on it.
/// </summary>
public static class Caom2Tables
{
    public const string SchemaName = "caom2";
    private const string Caom2 = "caom2:";

    public static readonly TableDefinition Observation = new(
        SchemaName,
        "observation",
        "CAOM2 observations: one per CCD of each visit (simple) and one per coadd patch and band (composite).",
        [
            Column("observation_uri", DataType.Text, "CAOM2 observation URI, caom:{collection}/{obs_id}", "meta.ref.uri;obs", "Observation.uri", principal: true, nullable: false, indexed: true),
            Column("collection", DataType.Text, "Data collection, as ivoa.obscore.obs_collection", "meta.id", "Observation.collection", principal: true, nullable: false),
            Column("obs_id", DataType.Text, "Observation identifier within the collection, as ivoa.obscore.obs_id", "meta.id", "Observation.observationID", principal: true, nullable: false, indexed: true),
            Column("observation_type", DataType.Text, "simple (one exposure) or composite (made from other observations)", "meta.code.class", "Observation.observationType", principal: true, nullable: false),
            Column("algorithm_name", DataType.Text, "How the observation was made: exposure or coadd", "meta.code", "Observation.algorithm.name", nullable: false),
            Column("intent", DataType.Text, "Purpose of the observation: science or calibration", "meta.code", "Observation.intent"),
            Column("obs_type", DataType.Text, "Kind of exposure: object for sky images", "meta.code.class", "Observation.type"),
            Column("sequence_number", DataType.Long, "Sequence number of the exposure within its observing day", "meta.number", "Observation.sequenceNumber"),
            Column("telescope_name", DataType.Text, "Name of the telescope", "meta.id;instr.tel", "Observation.telescope.name"),
            Column("instrument_name", DataType.Text, "Name of the camera", "meta.id;instr", "Observation.instrument.name"),
            Column("target_name", DataType.Text, "Survey field observed, if any", "meta.id;src", "Observation.target.name"),
            Column("proposal_id", DataType.Text, "Observing programme", "meta.id;obs.proposal", "Observation.proposal.id"),
            Column("meta_release", DataType.Timestamp, "When the metadata of this observation became public (UTC)", "time.release", "Observation.metaRelease"),
        ],
        Utype: Caom2 + "Observation");

    public static readonly TableDefinition Plane = new(
        SchemaName,
        "plane",
        "CAOM2 planes: one per image product of an observation (raw, calibrated, difference image or coadd).",
        [
            Column("publisher_did", DataType.Text, "IVOA dataset identifier, equal to ivoa.obscore.obs_publisher_did", "meta.ref.ivoid", "Plane.publisherID", principal: true, nullable: false, indexed: true),
            Column("observation_uri", DataType.Text, "Observation this plane belongs to", "meta.ref.uri;obs", "Plane.observation", principal: true, nullable: false, indexed: true),
            Column("product_id", DataType.Text, "Product within the observation: the Butler dataset type", "meta.id", "Plane.productID", principal: true, nullable: false),
            Column("calib_level", DataType.Int, "Calibration level: 1 raw, 2 calibrated, 3 coadd or difference image", "meta.code;obs.calib", "Plane.calibrationLevel", principal: true, nullable: false),
            Column("dataproduct_type", DataType.Text, "Data product type: image", "meta.code.class", "Plane.dataProductType", nullable: false),
            Column("energy_bandpass_name", DataType.Text, "Band of the image: u, g, r, i, z or y", "instr.bandpass", "Plane.energy.bandpassName", principal: true),
            Column("data_release", DataType.Timestamp, "When the data leave their embargo (UTC)", "time.release", "Plane.dataRelease"),
            Column("meta_release", DataType.Timestamp, "When the metadata became public (UTC)", "time.release", "Plane.metaRelease"),
            Column("provenance_name", DataType.Text, "Pipeline task that produced the product", "meta.id;meta.software", "Plane.provenance.name"),
            Column("provenance_run_id", DataType.Text, "Butler run collection the product was written to", "meta.id", "Plane.provenance.runID"),
            Column("provenance_last_executed", DataType.Timestamp, "When the pipeline produced the product (UTC)", "time.processing", "Plane.provenance.lastExecuted"),
        ],
        Utype: Caom2 + "Plane",
        ForeignKeys:
        [
            new("plane_observation_fk", SchemaName + ".observation", [("observation_uri", "observation_uri")], "The observation a plane belongs to"),
        ]);

    public static readonly TableDefinition Artifact = new(
        SchemaName,
        "artifact",
        "CAOM2 artifacts: the files of each plane.",
        [
            Column("artifact_uri", DataType.Text, "Location of the file in the Butler repository", "meta.ref.uri;meta.file", "Artifact.uri", principal: true, nullable: false, indexed: true),
            Column("publisher_did", DataType.Text, "Plane this file belongs to", "meta.ref.ivoid", "Artifact.plane", principal: true, nullable: false, indexed: true),
            Column("product_type", DataType.Text, "Role of the file in its plane: this (the product itself)", "meta.code", "Artifact.productType", nullable: false),
            Column("release_type", DataType.Text, "Whether the file is data or metadata: data", "meta.code", "Artifact.releaseType", nullable: false),
            Column("content_type", DataType.Text, "MIME type of the file", "meta.code.mime", "Artifact.contentType", principal: true),
            Column("content_length", DataType.Long, "Size of the file", "phys.size;meta.file", "Artifact.contentLength", unit: "byte", principal: true),
        ],
        Utype: Caom2 + "Artifact",
        ForeignKeys:
        [
            new("artifact_plane_fk", SchemaName + ".plane", [("publisher_did", "publisher_did")], "The plane an artifact belongs to"),
        ]);

    public static readonly TableDefinition ProvenanceInput = new(
        SchemaName,
        "provenance_input",
        "CAOM2 provenance inputs: for each coadd plane, every calibrated plane that went into it.",
        [
            Column("publisher_did", DataType.Text, "The plane that was made (a coadd)", "meta.ref.ivoid", "Provenance.plane", principal: true, nullable: false, indexed: true),
            Column("input_did", DataType.Text, "A plane it was made from (a calibrated CCD image)", "meta.ref.ivoid", "Provenance.inputs", principal: true, nullable: false, indexed: true),
        ],
        Utype: Caom2 + "Provenance",
        ForeignKeys:
        [
            new("provenance_output_fk", SchemaName + ".plane", [("publisher_did", "publisher_did")], "The plane whose inputs are listed"),
            new("provenance_input_fk", SchemaName + ".plane", [("input_did", "publisher_did")], "An input plane"),
        ]);

    public static readonly SchemaDefinition Schema = new(
        SchemaName,
        "CAOM2 (Common Archive Observation Model): observations, planes, files and provenance of the same products as ivoa.obscore.",
        [Observation, Plane, Artifact, ProvenanceInput]);

    private static ColumnDefinition Column(
        string name, DataType type, string description, string ucd, string utype,
        string? unit = null, bool principal = false, bool nullable = true, bool indexed = false) =>
        new(name, type, description, unit, ucd, Caom2 + utype, principal, Std: false, indexed, nullable);
}
