import Foundation
import Testing

@testable import Orbits

/// Concord's hand-written station CSV (docs/stations.md).
@Suite("Station file")
struct StationFileTests {
    static let sample = """
        # Concord stations
        id,name,lat_deg,lon_deg,height_m,min_elevation_deg,mask,network,bands
        KIR,Kiruna,67.8571252,20.9643417,402.275,5,,ESTRACK,S X

        HBK,"Hartebeesthoek, ZA",-25.8869,27.7078,1558,,0:8 90:3 180:5 270:10,SANSA,S
        MIN,Minimal,1,2,,10
        MIX,Both,0,0,0,6,0:8 90:3 180:5 270:10
        """

    @Test func parsesTheDocumentedExample() throws {
        let stations = try ConcordStationFile.parse(Self.sample, file: "s.csv").requireAllValid()
        #expect(stations.map(\.id) == ["KIR", "HBK", "MIN", "MIX"])
        #expect(stations[0].latitudeDegrees == 67.8571252)
        #expect(stations[0].heightMeters == 402.275)
        #expect(stations[0].horizonMask == (try HorizonMask(minimumElevationDegrees: 5)))
        #expect(stations[0].bands == ["S", "X"])
        #expect(stations[0].network == "ESTRACK")
        #expect(stations[1].name == "Hartebeesthoek, ZA")
        #expect(stations[1].horizonMask.minimumElevationDegrees(atAzimuthDegrees: 45) == 5.5)
        #expect(stations[2].heightMeters == 0)
        #expect(stations[2].network == nil)
        // Terrain mask raised to at least 6°: 3° east becomes 6°, 8° north stays.
        #expect(stations[3].horizonMask.minimumElevationDegrees(atAzimuthDegrees: 90) == 6)
        #expect(stations[3].horizonMask.minimumElevationDegrees(atAzimuthDegrees: 0) == 8)
    }

    @Test func renderRoundTrips() throws {
        let stations = try ConcordStationFile.parse(Self.sample).requireAllValid()
        let text = ConcordStationFile.render(stations)
        #expect(try ConcordStationFile.parse(text).requireAllValid() == stations)
        #expect(text.contains("\"Hartebeesthoek, ZA\""))
    }

    @Test func badRowsAreReportedWithLineAndField() throws {
        let text = """
            id,name,lat_deg,lon_deg,height_m,min_elevation_deg
            A,ok,1,2,3,4
            B,lat,91,2,3,4
            C,height,1,2,12000,4
            D,neither,1,2,3,
            A,dup,1,2,3,4
            E,short,1,2
            F,mask,1,2,3,4,0:5 0:6
            G,elev,1,2,3,x
            """
        let load = try ConcordStationFile.parse(text, file: "st.csv")
        #expect(load.stations.map(\.id) == ["A"])
        #expect(load.rejected.map(\.line) == [3, 4, 5, 6, 7, 8, 9])
        #expect(
            load.rejected.map(\.field) == [
                "lat_deg", "height_m", "min_elevation_deg", "id", nil, "mask", "min_elevation_deg",
            ])
        #expect(
            load.rejected.map(\.kind) == [
                .outOfRange, .outOfRange, .missingField, .duplicateIdentifier, .malformedFile, .invalidMask,
                .invalidValue,
            ])
        #expect(
            load.rejected[0].description
                == "st.csv:3: id B: field 'lat_deg' = '91.0': latitude must be within -90...90 deg")
    }

    @Test func wrongHeaderAndUnterminatedQuoteThrow() {
        #expect(throws: StationError.self) { try ConcordStationFile.parse("id,name,lat,lon,h,el\nA,a,1,2,3,4\n") }
        #expect(throws: StationError.self) { try ConcordStationFile.parse("A,\"open,1,2,3,4\n") }
        #expect(throws: StationError.self) {
            try ConcordStationFile.load(contentsOf: URL(fileURLWithPath: "/nonexistent/stations.csv"))
        }
    }
}
