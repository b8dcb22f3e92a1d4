import Orbits

/// The ten stations of the passes benchmark: the eight NASA NDOSL sites of
/// `Benchmarks/reference/stations_sample.csv` plus Santiago (AGOS) and Goldstone (DS14), all at
/// a constant 10° mask. The same text is committed as `Benchmarks/reference/stations_bench10.csv`
/// for the skyfield reference (a test checks the two are identical).
enum BenchStations {
    /// The Concord station file of the workload.
    static let csv = """
        # Passes benchmark stations (format: docs/stations.md). Positions are WGS-84 geodetic, copied from
        # ../shared/data/stations/nasa_ndosl_2019-07-16.csv (NASA NDOSL, 2019-07-16); masks are a constant 10 deg.
        # Identical to the table in Sources/concord/BenchStations.swift (concord bench passes).
        id,name,lat_deg,lon_deg,height_m,min_elevation_deg,mask,network,bands
        KI2S,"Kiruna, Sweden",67.8571252,20.9643417,402.275,10,,NDOSL,S
        SG1S,"Svalbard, Norway",78.2307667,15.3895337,500.28,10,,NDOSL,S
        MPLS,"Maspalomas, Spain",27.762892,-15.6338,204.9,10,,NDOSL,S
        KRUS,"Kourou, Fr. Guiana",5.098848,-52.639872,110.039,10,,NDOSL,S
        HBKS,"Hartebeesthoek, S. Africa",-25.887,27.712,1544.83,10,,NDOSL,S
        PRTS,"Perth, Australia",-31.802,115.885,22.16,10,,NDOSL,S
        AG1S,"Poker Flat, AK",65.1167003,-147.4612042,436.7,10,,NDOSL,S X
        MC1S,"McMurdo, Antarctica",-77.8391295,166.6670823,153.0,10,,NDOSL,S
        AGOS,"Santiago, Chile",-33.1483228,-70.6676317,730.24,10,,NDOSL,S
        DS14,"Goldstone, CA",35.4259009,-116.8895382,1001.39,10,,NDOSL,X

        """

    /// The parsed stations.
    static func stations() throws(CommandError) -> [GroundStation] {
        do {
            return try ConcordStationFile.parse(csv, file: "BenchStations.csv").requireAllValid()
        } catch {
            throw CommandError(.invalidContent, error.description)
        }
    }
}
