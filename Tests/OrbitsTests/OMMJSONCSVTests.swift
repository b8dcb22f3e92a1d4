import Testing

@testable import Orbits

/// JSON (CelesTrak numbers, Space-Track strings) and CelesTrak CSV.
///
/// Reference epochs from astropy 8.0.2 `Time(…, scale="utc")` (jd1 + jd2):
/// 2026-07-10T03:44:00.383136 → 2461231.5 + 0.15555999;
/// 2020-12-29T03:57:59.406624 → 2459212.5 + 0.16527091.
@Suite("OMM JSON and CSV")
struct OMMJSONCSVTests {
    static let catalogCSV = "catalog/active_omm_2026-07-10.csv.gz"

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func celestrakAndSpaceTrackJSON() throws {
        let celestrak = try OMM(SharedData.text("ccsds/pypi_ccsds-ndm-3.1.1/json/omm1_ct.json"))
        #expect(celestrak.objectName == "NUSAT-8 (MARIE)")
        #expect(celestrak.objectID == "2020-003C")
        #expect(celestrak.epoch.julianDay == 2_459_212.5)
        #expect(abs(celestrak.epoch.fraction - 0.165_270_91) < 1e-11)
        #expect(celestrak.meanMotion == 15.279_892_49)
        #expect(celestrak.inclination == 97.297)
        #expect(celestrak.bstar == 0.000_084_553)
        #expect(celestrak.meanMotionDot == 0.000_022_41)
        #expect(celestrak.revolutionAtEpoch == 5327)
        #expect(celestrak.referenceFrame == "TEME" && celestrak.meanElementTheory == "SGP4")

        let spaceTrack = try OMM(SharedData.text("ccsds/pypi_ccsds-ndm-3.1.1/json/omm1_st.json"))
        #expect(spaceTrack.meanElements == celestrak.meanElements)
        #expect(spaceTrack.originator == "18 SPCS")
        #expect(spaceTrack.headerComments == ["GENERATED VIA SPACE-TRACK.ORG API"])
        let extra = Dictionary(uniqueKeysWithValues: spaceTrack.userDefined.map { ($0.name, $0.value) })
        #expect(extra["SEMIMAJOR_AXIS"] == "6859.961")
        #expect(extra["DECAY_DATE"] == "")  // null
        // Space-Track ships the TLE of the same element set: the TLE writer must give it back.
        let lines = try spaceTrack.meanElements.tleLines(style: .pythonSGP4)  // Space-Track writes 00000-0
        #expect(lines.line1 == extra["TLE_LINE1"])
        #expect(lines.line2 == extra["TLE_LINE2"])
    }

    @Test func jsonErrors() throws {
        let good =
            #"{"OBJECT_NAME":"A","OBJECT_ID":"2020-003C","EPOCH":"2020-12-29T03:57:59.406624","MEAN_MOTION":15.2,"ECCENTRICITY":0.001,"INCLINATION":97.3,"RA_OF_ASC_NODE":66.4,"ARG_OF_PERICENTER":110.6,"MEAN_ANOMALY":334.7,"NORAD_CAT_ID":45018,"ELEMENT_SET_NO":999,"REV_AT_EPOCH":5327,"BSTAR":8.4e-5,"MEAN_MOTION_DOT":2.2e-5,"MEAN_MOTION_DDOT":0}"#
        let array =
            "[\n" + good + ",\n" + good.replacingOccurrences(of: "97.3", with: "197.3") + ",\n"
            + good.replacingOccurrences(of: "\"BSTAR\":8.4e-5,", with: "") + "\n]"
        let result = try OMM.readAll(array)
        #expect(result.messages.count == 1)
        #expect(result.errors.count == 2)
        #expect(result.errors[0].record == 2 && result.errors[0].line == 3 && result.errors[0].key == "INCLINATION")
        #expect(result.errors[0].kind == .outOfRange(allowed: "0 ... 180"))
        #expect(result.errors[1].record == 3 && result.errors[1].kind == .missingKey && result.errors[1].key == "BSTAR")
        #expect(throws: OMMError.self) { try OMM.readAll("[" + good + ",]") }
        #expect(throws: OMMError.self) { try OMM.readAll("[" + good) }
        do {
            _ = try OMM.readAll("[\n" + good.replacingOccurrences(of: "15.2", with: "{}") + "]")
            Issue.record("nested object accepted")
        } catch { #expect(error.line == 2) }
        let escaped = try OMM(good.replacingOccurrences(of: "\"A\"", with: #""A\"B\u00e9\\""#))
        #expect(escaped.objectName == "A\"Bé\\")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func celestrakCatalogCSV() throws {
        let result = try OMM.readAll(SharedData.text(Self.catalogCSV), file: "active_omm.csv")
        #expect(result.errors.isEmpty)
        #expect(result.messages.count == 15_985)
        let first = result.messages[0]
        #expect(first.objectName == "CALSPHERE 1")
        #expect(first.objectID == "1964-063C")
        #expect(first.meanElements.internationalDesignator == "64063C")
        #expect(first.epoch.julianDay == 2_461_231.5)
        #expect(abs(first.epoch.fraction - 0.155_559_99) < 1e-11)
        #expect(first.meanMotion == 13.766_470_64)
        #expect(first.eccentricity == 0.002_349_77)
        #expect(first.bstar == 0.403_935_71e-3)
        #expect(first.meanMotionDot == 0.406e-5)
        #expect(first.revolutionAtEpoch == 7458)
        let last = result.messages[result.messages.count - 1]
        #expect(last.noradCatalogID == 69847)
        #expect(last.meanMotionDDot == 0.640_950_91e-3)
        #expect(Set(result.messages.map(\.noradCatalogID)).count == 15_985)
    }

    @Test func csvQuotesColumnOrderCRLFAndBadRows() throws {
        let csv =
            "NORAD_CAT_ID,OBJECT_NAME,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,"
            + "ARG_OF_PERICENTER,MEAN_ANOMALY,ELEMENT_SET_NO,REV_AT_EPOCH,BSTAR,MEAN_MOTION_DOT,MEAN_MOTION_DDOT,OBJECT_TYPE\r\n"
            + "900,\"CALSPHERE 1, \"\"BALL\"\"\",2026-07-10T03:44:00.383136,13.76647064,.00234977,90.2216,72.3098,"
            + "220.5925,303.3745,999,7458,.40393571E-3,.406E-5,0,PAYLOAD\r\n"
            + "\r\n"
            + "902,X,2026-07-09T12:38:02.175648,13.52902187,1.5,90.2353,76.33,156.7408,320.9156,999,85928,0,0,0,DEBRIS\r\n"
            + "903,Y,2026-07-09T12:38:02.175648,13.5,0.1,90.2,76.3\r\n"
            + "904,\"MULTI\nLINE\",2026-07-09T12:38:02,13.5,0.1,90.2,76.3,1,2,999,1,0,0,0,\r\n"
        let result = try OMM.readAll(csv, format: .csv, file: "t.csv")
        #expect(result.messages.map(\.noradCatalogID) == [900, 904])
        #expect(result.messages[0].objectName == "CALSPHERE 1, \"BALL\"")
        #expect(result.messages[0].userDefined == [OMMUserDefinedParameter(name: "OBJECT_TYPE", value: "PAYLOAD")])
        #expect(result.messages[1].objectName == "MULTI\nLINE")
        #expect(result.errors.count == 2)
        #expect(result.errors[0].record == 2 && result.errors[0].line == 4 && result.errors[0].key == "ECCENTRICITY")
        #expect(result.errors[1].record == 3 && result.errors[1].line == 5)
        #expect(result.errors[1].kind == .syntax(detail: "7 cells where the header names 15 columns"))
        #expect(result.errors[0].description.hasPrefix("t.csv:4 record 2: ECCENTRICITY = \"1.5\""))

        do {
            _ = try OMM.readAll("OBJECT_NAME,EPOCH\nX,2020-01-01T00:00:00\n", format: .csv)
            Issue.record("CSV without element columns accepted")
        } catch { #expect(error.kind == .missingKey && error.key == "MEAN_MOTION" && error.line == 1) }
        #expect(throws: OMMError.self) { try OMM.readAll(csv + "905,\"open", format: .csv) }
    }
}
