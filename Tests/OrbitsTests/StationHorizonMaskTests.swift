import Testing

@testable import Orbits

/// Horizon mask interpolation. Reference values: numpy 1.26 `np.interp(az, xp, fp, period=360)`
/// (printed by hand in a Python session; reproduced in the comments), tolerance 1e-9 deg.
@Suite("Station horizon mask")
struct StationHorizonMaskTests {
    /// A four-point terrain mask: 5° north, 15° east, 3° south, 9° west.
    static func compassMask() throws -> HorizonMask {
        try HorizonMask(parsing: "0:5 90:15 180:3 270:9")
    }

    @Test func interpolatesAndWrapsLikeNumpyPeriodicInterp() throws {
        let mask = try Self.compassMask()
        // np.interp(a, [0,90,180,270], [5,15,3,9], period=360)
        let expected: [(Double, Double)] = [
            (45, 10.0), (315, 7.0), (359.5, 5.022222222222222), (-10, 5.444444444444445),
            (725, 5.555555555555555), (180, 3.0), (10.25, 6.138888888888889),
        ]
        for (azimuth, elevation) in expected {
            #expect(abs(mask.minimumElevationDegrees(atAzimuthDegrees: azimuth) - elevation) < 1e-9, "az \(azimuth)")
        }
        #expect(mask.maximumElevationDegrees == 15)
        #expect(mask.lowestElevationDegrees == 3)
        #expect(!mask.isConstant)
    }

    @Test func breakpointsInsideOneDegreeBinAreExact() throws {
        // Two vertices within the same 1° bin (10.7°, 11.2°) and a wrap segment 200° → 370.7°.
        let mask = try HorizonMask(parsing: "10.7:30 11.2:0 200:12")
        // np.interp(a, [10.7,11.2,200], [30,0,12], period=360)
        let expected: [(Double, Double)] = [
            (10.9, 18.0), (11.0, 12.0), (11.1, 6.0), (5, 29.398945518453427), (300, 22.54481546572935), (10.7, 30.0),
        ]
        for (azimuth, elevation) in expected {
            #expect(abs(mask.minimumElevationDegrees(atAzimuthDegrees: azimuth) - elevation) < 1e-9, "az \(azimuth)")
        }
    }

    @Test func tableLookupMatchesLinearSearchEverywhere() throws {
        let mask = try HorizonMask(parsing: "3.3:2 3.9:20 4.1:1 120:7.5 250.25:0 359.99:4")
        let points = mask.points
        // Independent reference: scan the vertex list for the enclosing segment.
        func reference(_ azimuth: Double) -> Double {
            let n = points.count
            for i in 0..<n {
                let a = points[i], b = points[(i + 1) % n]
                let start = a.azimuthDegrees
                var end = b.azimuthDegrees, x = azimuth
                if end <= start { end += 360 }
                if x < start { x += 360 }
                if x >= start && x <= end {
                    let t = (x - start) / (end - start)
                    return a.minimumElevationDegrees + t * (b.minimumElevationDegrees - a.minimumElevationDegrees)
                }
            }
            return .nan
        }
        var azimuth = 0.0
        while azimuth < 360 {
            let got = mask.minimumElevationDegrees(atAzimuthDegrees: azimuth)
            #expect(abs(got - reference(azimuth)) < 1e-9, "az \(azimuth)")
            azimuth += 0.037
        }
        let radians = mask.minimumElevationRadians(atAzimuthRadians: 120 * .pi / 180)
        #expect(abs(radians - 7.5 * .pi / 180) < 1e-12)
        #expect(mask.maximumElevationDegrees == 20)
    }

    @Test func constantMaskAndClearance() throws {
        let mask = try HorizonMask(minimumElevationDegrees: 10)
        #expect(mask.isConstant)
        #expect(mask.minimumElevationDegrees(atAzimuthDegrees: 123.4) == 10)
        #expect(mask.clearanceDegrees(elevationDegrees: 12.5, azimuthDegrees: 0) == 2.5)
        #expect(mask.isTrackable(elevationDegrees: 10, azimuthDegrees: 270))
        #expect(!mask.isTrackable(elevationDegrees: 9.99, azimuthDegrees: 270))
        // Points that all share one elevation collapse to a constant mask.
        #expect(try HorizonMask(parsing: "0:7 180:7").isConstant)
        #expect(HorizonMask.horizon.maximumElevationDegrees == 0)
    }

    @Test func raisedMaskIsPointwiseMaximumWithTheFloor() throws {
        let mask = try Self.compassMask()
        let raised = try mask.raised(toAtLeastDegrees: 8)
        // Crossings of 8° by hand: 27°, 142.5°, 255°, 292.5° are inserted.
        #expect(raised.points.map(\.azimuthDegrees) == [0, 27, 90, 142.5, 180, 255, 270, 292.5])
        var azimuth = 0.0
        while azimuth < 360 {
            let expected = max(8, mask.minimumElevationDegrees(atAzimuthDegrees: azimuth))
            #expect(abs(raised.minimumElevationDegrees(atAzimuthDegrees: azimuth) - expected) < 1e-9, "az \(azimuth)")
            azimuth += 0.5
        }
        #expect(try mask.raised(toAtLeastDegrees: 20).isConstant)
        #expect(try mask.raised(toAtLeastDegrees: 2) == mask)
    }

    @Test func rejectsBadMasks() throws {
        #expect(throws: StationError.self) { try HorizonMask(minimumElevationDegrees: 91) }
        #expect(throws: StationError.self) { try HorizonMask(points: []) }
        for text in ["0:5 0:7", "360:5", "-1:5", "10:x", "abc", "0:95", "5:1:2"] {
            #expect(throws: StationError.self, "\(text)") { try HorizonMask(parsing: text) }
        }
        do {
            _ = try HorizonMask(parsing: "0:5 90:15 90:3")
            Issue.record("duplicate azimuth accepted")
        } catch {
            #expect(error.kind == .invalidMask)
            #expect(error.field == "mask")
            #expect(error.value == "90.0")
        }
        // A bare number is a constant mask.
        #expect(try HorizonMask(parsing: "10").maximumElevationDegrees == 10)
    }
}
