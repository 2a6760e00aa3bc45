namespace ObsCore.Model;

/// <summary>
/// ivoa.obscore: every ObsCore 1.1 column, mandatory and optional, followed by the LSST columns of
/// Rubin's ObsCore and the portal's raft/CCD columns. UCDs and utypes follow ObsCore 1.1 with its errata.
/// </summary>
public static class ObsCoreTable
{
    public const string StandardId = "ivo://ivoa.net/std/ObsCore#core-1.1";
    private const string Obs = "obscore:";

    public static readonly TableDefinition Definition = new(
        "ivoa",
        "obscore",
        "Observation metadata of every image product (raw, calibrated and difference CCD images, coadd patches), " +
        "one row per product, following the IVOA ObsCore 1.1 data model with LSST extensions.",
        Columns().ToArray(),
        Utype: "ivo://ivoa.net/std/ObsCore#table-1.1",
        Geometry: new StoredGeometry("s_ra", "s_dec", "s_position", "s_region"));

    private static IEnumerable<ColumnDefinition> Columns()
    {
        // Mandatory ObsCore 1.1 columns.
        yield return Std("dataproduct_type", DataType.Text, "Data product type: always 'image' here", ucd: "meta.code.class", utype: "ObsDataset.dataProductType", principal: true, nullable: false);
        yield return Std("calib_level", DataType.Int, "Calibration level: 1 raw, 2 calibrated single visit, 3 coadd or difference image", ucd: "meta.code;obs.calib", utype: "ObsDataset.calibLevel", principal: true, nullable: false, indexed: true);
        yield return Std("obs_collection", DataType.Text, "Name of the data collection (data release or processing run family)", ucd: "meta.id", utype: "DataID.Collection", principal: true, nullable: false, indexed: true);
        yield return Std("obs_id", DataType.Text, "Identifier of the observation this product belongs to (visit and detector, or tract and patch)", ucd: "meta.id", utype: "DataID.observationID", principal: true, nullable: false, indexed: true);
        yield return Std("obs_publisher_did", DataType.Text, "IVOA dataset identifier of this product; the ID to give to DataLink", ucd: "meta.ref.ivoid", utype: "Curation.PublisherDID", principal: true, nullable: false, indexed: true);
        yield return Std("access_url", DataType.Text, "URL of the DataLink document that leads to the file and its cutout service", ucd: "meta.ref.url", utype: "Access.Reference", principal: true);
        yield return Std("access_format", DataType.Text, "MIME type of the resource at access_url", ucd: "meta.code.mime", utype: "Access.Format", principal: true);
        yield return Std("access_estsize", DataType.Long, "Estimated size of the image file", unit: "kbyte", ucd: "phys.size;meta.file", utype: "Access.Size");
        yield return Std("target_name", DataType.Text, "Name of the observed target or field, if any", ucd: "meta.id;src", utype: "Target.Name");
        yield return Std("s_ra", DataType.Double, "Right ascension (ICRS) of the centre of the footprint", unit: "deg", ucd: "pos.eq.ra", utype: "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1", principal: true);
        yield return Std("s_dec", DataType.Double, "Declination (ICRS) of the centre of the footprint", unit: "deg", ucd: "pos.eq.dec", utype: "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2", principal: true);
        yield return Std("s_fov", DataType.Double, "Diameter of the smallest circle around the footprint", unit: "deg", ucd: "phys.angSize;instr.fov", utype: "Char.SpatialAxis.Coverage.Bounds.Extent.diameter");
        yield return Std("s_region", DataType.Region, "Footprint on the sky: a polygon with the corners of the image", ucd: "pos.outline;obs.field", utype: "Char.SpatialAxis.Coverage.Support.Area", principal: true, indexed: true);
        yield return Std("s_resolution", DataType.Double, "Typical spatial resolution (PSF FWHM)", unit: "arcsec", ucd: "pos.angResolution", utype: "Char.SpatialAxis.Resolution.Refval.value");
        yield return Std("s_xel1", DataType.Long, "Number of pixels along the first image axis", ucd: "meta.number", utype: "Char.SpatialAxis.numBins1");
        yield return Std("s_xel2", DataType.Long, "Number of pixels along the second image axis", ucd: "meta.number", utype: "Char.SpatialAxis.numBins2");
        yield return Std("t_xel", DataType.Long, "Number of elements along the time axis", ucd: "meta.number", utype: "Char.TimeAxis.numBins");
        yield return Std("t_min", DataType.Double, "Start of the exposure (MJD, TAI)", unit: "d", ucd: "time.start;obs.exposure", utype: "Char.TimeAxis.Coverage.Bounds.Limits.StartTime", principal: true, indexed: true);
        yield return Std("t_max", DataType.Double, "End of the exposure (MJD, TAI)", unit: "d", ucd: "time.end;obs.exposure", utype: "Char.TimeAxis.Coverage.Bounds.Limits.StopTime", principal: true, indexed: true);
        yield return Std("t_exptime", DataType.Double, "Total exposure time", unit: "s", ucd: "time.duration;obs.exposure", utype: "Char.TimeAxis.Coverage.Support.Extent");
        yield return Std("t_resolution", DataType.Double, "Time resolution (the exposure time for a single image)", unit: "s", ucd: "time.resolution", utype: "Char.TimeAxis.Resolution.Refval.value");
        yield return Std("em_xel", DataType.Long, "Number of elements along the spectral axis", ucd: "meta.number", utype: "Char.SpectralAxis.numBins");
        yield return Std("em_min", DataType.Double, "Shortest wavelength of the band pass, in vacuum", unit: "m", ucd: "em.wl;stat.min", utype: "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit", principal: true, indexed: true);
        yield return Std("em_max", DataType.Double, "Longest wavelength of the band pass, in vacuum", unit: "m", ucd: "em.wl;stat.max", utype: "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit", principal: true, indexed: true);
        yield return Std("em_res_power", DataType.Double, "Spectral resolving power (band centre over band width)", ucd: "spect.resolution", utype: "Char.SpectralAxis.Resolution.ResolPower.refVal");
        yield return Std("pol_xel", DataType.Long, "Number of polarisation states", ucd: "meta.number", utype: "Char.PolarizationAxis.numBins");
        yield return Std("pol_states", DataType.Text, "Polarisation states observed; empty for unpolarised images", ucd: "meta.code;phys.polarization", utype: "Char.PolarizationAxis.stateList");
        yield return Std("o_ucd", DataType.Text, "UCD of the quantity in the pixels", ucd: "meta.ucd", utype: "Char.ObservableAxis.ucd");
        yield return Std("facility_name", DataType.Text, "Name of the telescope", ucd: "meta.id;instr.tel", utype: "Provenance.ObsConfig.Facility.name", principal: true);
        yield return Std("instrument_name", DataType.Text, "Name of the camera", ucd: "meta.id;instr", utype: "Provenance.ObsConfig.Instrument.name", principal: true);

        // Optional ObsCore 1.1 columns.
        yield return Std("dataproduct_subtype", DataType.Text, "LSST product kind, e.g. lsst.raw, lsst.calexp, lsst.deepCoadd", ucd: "meta.code.class", utype: "ObsDataset.dataProductSubtype", principal: true, indexed: true);
        yield return Std("target_class", DataType.Text, "Class of the observed target, if any", ucd: "src.class", utype: "Target.Class");
        yield return Std("obs_creation_date", DataType.Timestamp, "When this product was created (UTC)", ucd: "time;meta.dataset", utype: "DataID.Date");
        yield return Std("obs_creator_name", DataType.Text, "Who created this product", ucd: "meta.id", utype: "DataID.Creator");
        yield return Std("obs_creator_did", DataType.Text, "Identifier given to this product by its creator", ucd: "meta.id", utype: "DataID.CreatorDID");
        yield return Std("obs_title", DataType.Text, "Short human-readable description of the product", ucd: "meta.title;obs", utype: "DataID.Title");
        yield return Std("publisher_id", DataType.Text, "IVOA identifier of the publishing service", ucd: "meta.ref.ivoid", utype: "Curation.PublisherID");
        yield return Std("bib_reference", DataType.Text, "Bibcode of the paper describing the data", ucd: "meta.bib.bibcode", utype: "Curation.Reference");
        yield return Std("data_rights", DataType.Text, "Access rights: public or proprietary", ucd: "meta.code", utype: "Curation.Rights");
        yield return Std("obs_release_date", DataType.Timestamp, "When the product leaves its embargo and becomes public (UTC)", ucd: "time.release", utype: "Curation.releaseDate", indexed: true);
        yield return Std("s_ucd", DataType.Text, "UCD of the spatial axis coordinates", ucd: "meta.ucd", utype: "Char.SpatialAxis.ucd");
        yield return Std("s_unit", DataType.Text, "Unit of the spatial axis coordinates", ucd: "meta.unit", utype: "Char.SpatialAxis.unit");
        yield return Std("s_resolution_min", DataType.Double, "Best spatial resolution over the image", unit: "arcsec", ucd: "pos.angResolution;stat.min", utype: "Char.SpatialAxis.Resolution.Bounds.Limits.LoLimit");
        yield return Std("s_resolution_max", DataType.Double, "Worst spatial resolution over the image", unit: "arcsec", ucd: "pos.angResolution;stat.max", utype: "Char.SpatialAxis.Resolution.Bounds.Limits.HiLimit");
        yield return Std("s_calib_status", DataType.Text, "Astrometric calibration status: uncalibrated, raw or calibrated", ucd: "meta.code.qual", utype: "Char.SpatialAxis.calibrationStatus");
        yield return Std("s_stat_error", DataType.Double, "Astrometric uncertainty", unit: "arcsec", ucd: "stat.error;pos.eq", utype: "Char.SpatialAxis.Accuracy.statError.refval.value");
        yield return Std("s_pixel_scale", DataType.Double, "Angular size of a pixel", unit: "arcsec", ucd: "phys.angSize;instr.pixel", utype: "Char.SpatialAxis.Sampling.RefVal.SamplingPeriod");
        yield return Std("t_calib_status", DataType.Text, "Time calibration status", ucd: "meta.code.qual", utype: "Char.TimeAxis.calibrationStatus");
        yield return Std("t_stat_error", DataType.Double, "Uncertainty of the times", unit: "s", ucd: "stat.error;time", utype: "Char.TimeAxis.Accuracy.StatError.refval.value");
        yield return Std("em_ucd", DataType.Text, "UCD of the spectral axis", ucd: "meta.ucd", utype: "Char.SpectralAxis.ucd");
        yield return Std("em_unit", DataType.Text, "Unit of the spectral axis", ucd: "meta.unit", utype: "Char.SpectralAxis.unit");
        yield return Std("em_calib_status", DataType.Text, "Spectral calibration status", ucd: "meta.code.qual", utype: "Char.SpectralAxis.calibrationStatus");
        yield return Std("em_res_power_min", DataType.Double, "Lowest resolving power", ucd: "spect.resolution;stat.min", utype: "Char.SpectralAxis.Resolution.ResolPower.LoLimit");
        yield return Std("em_res_power_max", DataType.Double, "Highest resolving power", ucd: "spect.resolution;stat.max", utype: "Char.SpectralAxis.Resolution.ResolPower.HiLimit");
        yield return Std("em_resolution", DataType.Double, "Spectral resolution as a wavelength width", unit: "m", ucd: "spect.resolution;stat.mean", utype: "Char.SpectralAxis.Resolution.refval.value");
        yield return Std("em_stat_error", DataType.Double, "Uncertainty of the spectral coordinates", unit: "m", ucd: "stat.error;em", utype: "Char.SpectralAxis.Accuracy.StatError.refval.value");
        yield return Std("o_unit", DataType.Text, "Unit of the pixel values", ucd: "meta.unit", utype: "Char.ObservableAxis.unit");
        yield return Std("o_calib_status", DataType.Text, "Photometric calibration status: absolute, relative, normalized or any", ucd: "meta.code.qual", utype: "Char.ObservableAxis.calibrationStatus");
        yield return Std("o_stat_error", DataType.Double, "Typical uncertainty of the pixel values", ucd: "stat.error", utype: "Char.ObservableAxis.Accuracy.StatError.refval.value");
        yield return Std("proposal_id", DataType.Text, "Identifier of the observing programme", ucd: "meta.id;obs.proposal", utype: "Provenance.Proposal.identifier");

        // LSST columns, as in Rubin's ObsCore, and the portal's raft/CCD columns.
        yield return Lsst("lsst_visit", DataType.Long, "Visit identifier (single-visit products)", "meta.id;obs");
        yield return Lsst("lsst_exposure", DataType.Long, "Exposure identifier (raw products)", "meta.id;obs");
        yield return Lsst("lsst_detector", DataType.Int, "Detector number, 0 to 188", "meta.id;instr.det");
        yield return Lsst("lsst_raft", DataType.Text, "Raft of the detector, e.g. R22", "meta.id;instr.det");
        yield return Lsst("lsst_ccd", DataType.Text, "Sensor position within its raft, e.g. S11", "meta.id;instr.det");
        yield return Lsst("lsst_tract", DataType.Int, "Tract of the sky map (coadds)", "meta.id;obs.field");
        yield return Lsst("lsst_patch", DataType.Int, "Patch within the tract (coadds)", "meta.id;obs.field");
        yield return Lsst("lsst_band", DataType.Text, "Abstract band: u, g, r, i, z or y", "instr.bandpass");
        yield return Lsst("lsst_filter", DataType.Text, "Physical filter used", "instr.filter");
        yield return Lsst("lsst_dataset_type", DataType.Text, "Butler dataset type, e.g. raw, calexp, deepCoadd", "meta.code.class");
        yield return Lsst("lsst_run", DataType.Text, "Butler collection (run) the product was written to", "meta.id");
    }

    private static ColumnDefinition Std(
        string name, DataType type, string description, string? unit = null, string? ucd = null, string? utype = null,
        bool principal = false, bool indexed = false, bool nullable = true) =>
        new(name, type, description, unit, ucd, Obs + utype, principal, Std: true, indexed, nullable);

    private static ColumnDefinition Lsst(string name, DataType type, string description, string ucd) =>
        new(name, type, description, Ucd: ucd, Principal: true, Indexed: true);
}
