import Foundation
import Testing

@testable import Orbits

/// Station loaders on the real files in ../shared/data/stations. Expected values were read
/// from the same files with Python's json/csv modules (independent of these parsers).
@Suite("Station loaders")
struct StationLoaderTests {
    static let satnogs = "stations/satnogs_network_stations_2024-01-08.json"

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func satnogsAllStatuses() throws {
        let load = try SatNOGSStationLoader.load(contentsOf: SharedData.url(Self.satnogs))
        // 3,026 records; 10 are out of range (python: lat/lng beyond ±90/±180, altitude > 9 km,
        // min_horizon 280 or 360): ids 136, 266, 416, 422, 2114, 2351, 3222, 3263, 3370, 3371.
        #expect(load.stations.count == 3_016)
        #expect(
            load.rejected.compactMap(\.recordID) == [
                "136", "266", "416", "422", "2114", "2351", "3222", "3263", "3370", "3371",
            ])
        let first = try #require(load.stations.first)
        #expect(first.id == "1")
        #expect(first.name == "Hackerspace.gr 1")
        #expect(first.latitudeDegrees == 38.01697)
        #expect(first.longitudeDegrees == 23.7314)
        #expect(first.heightMeters == 104)
        #expect(first.horizonMask == (try HorizonMask(minimumElevationDegrees: 40)))
        #expect(first.bands == ["UHF"])
        #expect(first.network == "SatNOGS")
        // The OK1IN record has lat 501120, lng 135958 (a DMS typo in the source).
        let ok1in = try #require(load.rejected.first { $0.recordID == "2114" })
        #expect(ok1in.kind == .outOfRange)
        #expect(ok1in.recordIndex == 1829)
        #expect(ok1in.field == "lat")
        #expect(ok1in.value == "501120.0")
        #expect(ok1in.file?.hasSuffix("satnogs_network_stations_2024-01-08.json") == true)
        #expect(load.rejected.first { $0.recordID == "136" }?.field == "min_horizon")
        #expect(load.rejected.first { $0.recordID == "3370" }?.field == "altitude")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func satnogsStatusFilter() throws {
        let url = SharedData.url(Self.satnogs)
        // python: Counter(status) = Offline 2,597, Online 261, Testing 168.
        let online = try SatNOGSStationLoader.load(contentsOf: url, statuses: [.online])
        #expect(online.stations.count == 261)
        #expect(online.rejected.isEmpty)
        let active = try SatNOGSStationLoader.load(contentsOf: url, statuses: [.online, .testing])
        #expect(active.stations.count == 429)
        #expect(try active.requireAllValid().count == 429)
    }

    @Test func satnogsBadRecordsNameTheField() throws {
        let json = """
            [{"id": 7, "name": "ok", "lat": 1.5, "lng": -2, "altitude": 10, "min_horizon": 5, "status": "Online"},
             {"id": 8, "name": "no lat", "lng": 0, "altitude": 0, "min_horizon": 0, "status": "Online"},
             {"id": 9, "name": "text", "lat": "north", "lng": 0, "altitude": 0, "min_horizon": 0, "status": "Online"},
             {"id": 7, "name": "dup", "lat": 0, "lng": 0, "altitude": 0, "min_horizon": 0, "status": "Online"},
             {"id": 10, "name": "odd", "lat": 0, "lng": 0, "altitude": 0, "min_horizon": 0, "status": "Sleeping"},
             {"id": 11, "name": "bool", "lat": true, "lng": 0, "altitude": 0, "min_horizon": 0, "status": "Online"}]
            """
        let load = try SatNOGSStationLoader.parse(Data(json.utf8), file: "t.json")
        #expect(load.stations.map(\.id) == ["7"])
        #expect(
            load.rejected.map(\.kind) == [
                .missingField, .invalidValue, .duplicateIdentifier, .invalidValue, .invalidValue,
            ])
        #expect(load.rejected.map(\.field) == ["lat", "lat", "id", "status", "lat"])
        #expect(load.rejected.map(\.recordIndex) == [1, 2, 3, 4, 5])
        #expect(load.rejected[0].description == "t.json: record 1 (id 8): field 'lat': required number is absent")
        #expect(throws: StationError.self) { try load.requireAllValid() }
        #expect(throws: StationError.self) { try SatNOGSStationLoader.parse(Data("{\"a\":1}".utf8)) }
        #expect(throws: StationError.self) { try SatNOGSStationLoader.parse(Data("[1,".utf8)) }
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func ndoslStations() throws {
        let url = SharedData.url("stations/nasa_ndosl_2019-07-16.csv")
        let mask = try HorizonMask(minimumElevationDegrees: 5)
        // python csv: 323 rows, 301 with deactivated == False.
        let active = try NDOSLStationLoader.load(contentsOf: url, horizonMask: mask)
        #expect(active.stations.count == 301)
        #expect(active.rejected.isEmpty)
        let all = try NDOSLStationLoader.load(contentsOf: url, horizonMask: mask, includeDeactivated: true)
        #expect(all.stations.count == 323)
        let kiruna = try #require(active.stations.first { $0.id == "KI2S" })
        #expect(kiruna.name == "Kiruna, Sweden")
        #expect(kiruna.latitudeDegrees == 67.8571252)
        #expect(kiruna.longitudeDegrees == 20.9643417)
        #expect(kiruna.heightMeters == 402.275)
        #expect(kiruna.bands == ["S"])
        #expect(kiruna.horizonMask == mask)
        // Poker Flat AG1S: "S-bd X-bd, 11 meter, az-el".
        #expect(active.stations.first { $0.id == "AG1S" }?.bands == ["S", "X"])
        #expect(NDOSLStationLoader.bands(inEquipment: "TDRSS 18m K-bd az-el") == ["K"])
    }

    @Test func ndoslBadRowsCarryLineNumbers() throws {
        let csv =
            "stdn_code,nasa_number,lat_deg,lon_deg,height_m,deactivated,location,equipment\r\n"
            + "AAAA,1,10,20,30,False,\"Here, There\",S-bd\r\n"
            + "BBBB,2,10,200,30,False,Far,S-bd\r\n"
            + "CCCC,3,1o,20,30,False,Typo,S-bd\r\n"
            + "DDDD,4,10,20,30,Maybe,Unsure,S-bd\r\n"
        let load = try NDOSLStationLoader.parse(csv, file: "n.csv", horizonMask: .horizon)
        #expect(load.stations.map(\.name) == ["Here, There"])
        #expect(load.rejected.map(\.line) == [3, 4, 5])
        #expect(load.rejected.map(\.field) == ["longitude", "lat_deg", "deactivated"])
        #expect(load.rejected.map(\.recordID) == ["BBBB", "CCCC", "DDDD"])
        #expect(throws: StationError.self) {
            try NDOSLStationLoader.parse("code,lat\n", horizonMask: .horizon)
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func braheGeoJSON() throws {
        let directory = SharedData.url("stations/brahe_groundstations")
        let mask = try HorizonMask(minimumElevationDegrees: 10)
        let load = try BraheStationLoader.loadDirectory(directory, horizonMask: mask)
        // Feature counts per file (PROVENANCE.md, python json): 11+12+3+36+18+18+10+9 = 117.
        #expect(load.stations.count == 117)
        #expect(load.rejected.isEmpty)
        let ksat = try BraheStationLoader.load(
            contentsOf: directory.appendingPathComponent("ksat.json"), horizonMask: mask)
        let prudhoe = try #require(ksat.stations.first)
        #expect(prudhoe.id == "KSAT:Prudhoe Bay")
        #expect(prudhoe.latitudeDegrees == 70.2)
        #expect(prudhoe.longitudeDegrees == -148.47)
        #expect(prudhoe.heightMeters == 0)
        #expect(prudhoe.bands == ["S", "X"])
        #expect(prudhoe.network == "KSAT")
        #expect(Set(load.stations.map(\.id)).count == 117)
    }

    @Test func braheBadFeatures() throws {
        let json = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10, 95]}, "properties": {"name": "A"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10]}, "properties": {"name": "B"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10, 5, 120]}, "properties": {"name": "C"}}]}
            """
        let load = try BraheStationLoader.parse(Data(json.utf8), horizonMask: .horizon)
        #expect(load.stations.map(\.heightMeters) == [120])
        #expect(load.rejected.map(\.recordIndex) == [0, 1])
        #expect(load.rejected.map(\.kind) == [.outOfRange, .invalidValue])
        #expect(throws: StationError.self) {
            try BraheStationLoader.parse(Data("{\"type\": \"Feature\"}".utf8), horizonMask: .horizon)
        }
    }
}
