import Testing

@testable import Orbits

/// KVN samples from the CCSDS Blue Book (502.0-B-2 figure 4-1 as shipped by Orekit, beyond and
/// ccsds-ndm) and the malformed inputs of Orekit's test suite.
///
/// Expected element values are the numbers printed in the files; expected epochs were computed
/// independently with Python's `datetime` (days since 2000-01-01T12:00 + 2451545.0):
/// 2007-064T10:34:41.4264 = 2007-03-05T10:34:41.4264 → JD 2454164.5 + 0.44075725,
/// 2020-12-29T03:57:59.406624 → JD 2459212.5 + 0.16527091.
@Suite("OMM KVN")
struct OMMKVNTests {
    static let orekit = "ccsds/odm_ndm/orekit/omm/"

    func read(_ path: String) throws -> OMM {
        try OMM(SharedData.text(path), file: path)
    }

    func error(_ path: String) throws -> OMMError {
        let text = try SharedData.text(path)
        do {
            _ = try OMM(text, file: path)
        } catch {
            return error
        }
        Issue.record("\(path) was read without error")
        return OMMError(.noMessage)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func blueBookExample() throws {
        let omm = try read(Self.orekit + "OMMExample1.txt")
        #expect(omm.version == "3.0")
        #expect(omm.originator == "NOAA/USA")
        #expect(omm.objectName == "GOES 9")
        #expect(omm.objectID == "1995-025A")
        #expect(omm.meanElementTheory == "SGP/SGP4")
        #expect(omm.epoch.julianDay == 2_454_164.5)
        #expect(abs(omm.epoch.fraction - 0.440_757_25) < 1e-11)
        #expect(omm.meanMotion == 1.002_732_72)
        #expect(omm.eccentricity == 0.000_501_3)
        #expect(omm.inclination == 3.0539)
        #expect(omm.rightAscension == 81.7939)
        #expect(omm.argumentOfPericenter == 249.2363)
        #expect(omm.meanAnomaly == 150.1602)
        #expect(omm.gm == 398_600.8)
        #expect(omm.noradCatalogID == 23581)
        #expect(omm.elementSetNumber == 925)
        #expect(omm.revolutionAtEpoch == 4316)
        #expect(omm.bstar == 0.0001)
        #expect(omm.meanMotionDot == -0.000_001_13)
        #expect(omm.meanMotionDDot == 0)
        #expect(omm.creationDate?.julianDay == 2_454_165.5)  // 2007-065 = 2007-03-06
        #expect(omm.covariance == nil)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func covarianceUnitsAndUserDefined() throws {
        let withCovariance = try read(Self.orekit + "OMMExample2.txt")
        let covariance = try #require(withCovariance.covariance)
        #expect(covariance.referenceFrame == "TEME")
        #expect(covariance[0, 0] == 3.331349476038534e-04)
        #expect(covariance[1, 0] == 4.618927349220216e-04)
        #expect(covariance[0, 1] == 4.618927349220216e-04)
        #expect(covariance[5, 5] == 6.224444338635500e-10)
        #expect(covariance[5, 3] == 1.869263192954590e-10)

        let withUnits = try read("ccsds/bluebook_examples/kvn/omm_g9.kvn")
        #expect(withUnits.meanMotion == 1.002_732_72)
        #expect(withUnits.userDefined == [OMMUserDefinedParameter(name: "EARTH_MODEL", value: "WGS-84")])

        let beyond = try read("ccsds/pypi_beyond-0.9/io_ccsds/omm_bluebook.kvn")
        #expect(beyond.objectName == "GOES 9 [P]")  // brackets in a name are not a unit
        #expect(beyond.bstar == 0.0001)

        let user = try read("ccsds/pypi_beyond-0.9/io_ccsds/omm_user_defined.kvn")
        #expect(user.objectName == "ISS (ZARYA)")
        #expect(user.bstar == -0.000_011_606)
        #expect(user.userDefined.map(\.name) == ["FOO", "BAR"])
        #expect(user.userDefined.map(\.value) == ["foo enters", "a bar"])
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func spaceTrackKVNWithEqualsComments() throws {
        let omm = try read("ccsds/pypi_ccsds-ndm-3.1.1/kvn/omm1_st.kvn")
        #expect(omm.headerComments == ["GENERATED VIA SPACE-TRACK.ORG API", "Test second comment line"])
        #expect(omm.epoch.julianDay == 2_459_212.5)
        #expect(abs(omm.epoch.fraction - 0.165_270_91) < 1e-11)
        #expect(omm.noradCatalogID == 45018)
        #expect(omm.userDefined.count == 12)
        #expect(omm.userDefined.first(where: { $0.name == "DECAY_DATE" })?.value == "")

        let celestrak = try read("ccsds/pypi_ccsds-ndm-3.1.1/kvn/omm1_ct.kvn")
        #expect(celestrak.creationDate == nil)  // "CREATION_DATE  =" left empty
        #expect(celestrak.originator == "")
        #expect(celestrak.bstar == 0.83483e-4)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func emptyObjectIDIsAccepted() throws {
        let omm = try read(Self.orekit + "OMM-empty-object-id.txt")
        #expect(omm.objectID == "")
        #expect(omm.meanElements.internationalDesignator == "")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func malformedInputsNameLineKeyAndReason() throws {
        let number = try error(Self.orekit + "OMM-number-format-error.txt")
        #expect(number.kind == .invalidValue(expected: "number"))
        #expect(number.line == 15)
        #expect(number.key == "ARG_OF_PERICENTER")
        #expect(number.value == "this-is-not-a-number")
        #expect(number.file?.hasSuffix("OMM-number-format-error.txt") == true)

        let keyword = try error(Self.orekit + "OMM-wrong-keyword.txt")
        #expect(keyword.kind == .unknownKey)
        #expect(keyword.line == 9)
        #expect(keyword.key == "WRONG_KEYWORD")
        #expect(keyword.description.contains(":9"))
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func otherTheoriesAreRejected() throws {
        let xp = try error(Self.orekit + "OMMExample5.txt")
        #expect(xp.kind == .unsupportedTheory)
        #expect(xp.value == "SGP4-XP")
        #expect(xp.line == 10)

        let other = try error(Self.orekit + "OMMExample3.txt")
        #expect(other.kind == .unsupportedTheory)
        #expect(other.value == "SOME THEORY")

        let eh = try error("ccsds/pypi_beyond-0.9/io_ccsds/omm_eh.kvn")
        #expect(eh.kind == .unsupportedTheory)
        #expect(eh.value == "ECKSTEIN-HECHLER")
    }

    @Test func structuralErrors() throws {
        let good = """
            CCSDS_OMM_VERS = 2.0\r
            CREATION_DATE = 2020-12-29T06:26:10\r
            ORIGINATOR = TEST\r
            OBJECT_NAME = X\r
            OBJECT_ID = 2020-003C\r
            CENTER_NAME = EARTH\r
            REF_FRAME = TEME\r
            TIME_SYSTEM = UTC\r
            MEAN_ELEMENT_THEORY = SGP4\r
            EPOCH = 2020-12-29T03:57:59.406624\r
            MEAN_MOTION = 15.27989249 [rev/day]\r
            ECCENTRICITY = 0.0013356\r
            INCLINATION = 97.297 [deg]\r
            RA_OF_ASC_NODE = 66.4161\r
            ARG_OF_PERICENTER = 110.6345\r
            MEAN_ANOMALY = 334.7107\r
            NORAD_CAT_ID = 45018\r
            ELEMENT_SET_NO = 999\r
            REV_AT_EPOCH = 5327\r
            BSTAR = 0.000084553\r
            MEAN_MOTION_DOT = 0.00002241\r
            MEAN_MOTION_DDOT = 0\r

            """
        let omm = try OMM(good)
        #expect(omm.inclination == 97.297)
        #expect(omm.classificationType == "U")

        func kind(_ text: String) -> (OMMError.Kind, Int?, String?) {
            do {
                _ = try OMM(text, format: .kvn)
                return (.noMessage, nil, "read")
            } catch { return (error.kind, error.line, error.key) }
        }
        let wrongUnit = kind(good.replacingOccurrences(of: "[deg]", with: "[rad]"))
        #expect(wrongUnit.0 == .wrongUnit(found: "rad", expected: "deg") && wrongUnit.1 == 13)
        let missing = kind(good.replacingOccurrences(of: "BSTAR = 0.000084553\r\n", with: ""))
        #expect(missing.0 == .missingKey && missing.2 == "BSTAR")
        let range = kind(good.replacingOccurrences(of: "ECCENTRICITY = 0.0013356", with: "ECCENTRICITY = 1.2"))
        #expect(range.0 == .outOfRange(allowed: "0 ..< 1") && range.1 == 12)
        let inclination = kind(good.replacingOccurrences(of: "97.297", with: "181"))
        #expect(inclination.0 == .outOfRange(allowed: "0 ... 180"))
        let motion = kind(good.replacingOccurrences(of: "15.27989249", with: "-1"))
        #expect(motion.0 == .outOfRange(allowed: "> 0") && motion.2 == "MEAN_MOTION")
        let duplicate = kind(good + "NORAD_CAT_ID = 1\n")
        #expect(duplicate.0 == .duplicateKey && duplicate.1 == 23)
        let frame = kind(good.replacingOccurrences(of: "REF_FRAME = TEME", with: "REF_FRAME = GCRF"))
        #expect(frame.0 == .unsupportedMetadata(expected: "TEME") && frame.1 == 7)
        let noEquals = kind(good.replacingOccurrences(of: "ORIGINATOR = TEST", with: "ORIGINATOR TEST"))
        #expect(noEquals.0 == .syntax(detail: "expected KEY = value or COMMENT") && noEquals.1 == 3)
        let date = kind(good.replacingOccurrences(of: "2020-12-29T03:57:59.406624", with: "2020-13-29T03:57:59"))
        #expect(date.2 == "EPOCH" && date.1 == 10)
        let classification = kind(
            good.replacingOccurrences(of: "ELEMENT_SET_NO", with: "CLASSIFICATION_TYPE = X\nELEMENT_SET_NO"))
        #expect(classification.0 == .outOfRange(allowed: "U, C or S"))
        let bterm = kind(
            good.replacingOccurrences(of: "MEAN_MOTION_DDOT = 0", with: "MEAN_MOTION_DDOT = 0\nBTERM = 0.01"))
        #expect(bterm.0 == .notSGP4Key && bterm.2 == "BTERM")

        // Two messages back to back: both read; the second one's error keeps the first.
        let two = try OMM.readAll(good + "\n" + good.replacingOccurrences(of: "45018", with: "45019"))
        #expect(two.messages.map(\.noradCatalogID) == [45018, 45019])
        let oneBad = try OMM.readAll(good + good.replacingOccurrences(of: "0.0013356", with: "x"))
        #expect(oneBad.messages.count == 1)
        #expect(oneBad.errors.count == 1 && oneBad.errors[0].record == 2 && oneBad.errors[0].line == 34)
        #expect(throws: OMMError.self) { try OMM(good + "\n" + good) }
    }
    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func formatDetectionAndOtherMessageTypes() throws {
        #expect(OMMFormat.detect("\u{FEFF}  <?xml version=\"1.0\"?><omm/>") == .xml)
        #expect(OMMFormat.detect("\n [ {}]") == .json)
        #expect(OMMFormat.detect("CCSDS_OMM_VERS = 2.0\n") == .kvn)
        #expect(OMMFormat.detect("COMMENT x\nCCSDS_OMM_VERS = 2.0\n") == .kvn)
        #expect(OMMFormat.detect("OBJECT_NAME,OBJECT_ID,EPOCH\r\n") == .csv)
        for path in [
            Self.orekit + "OMMExample1.txt", "ccsds/bluebook_examples/xml/omm_g10.xml",
            "ccsds/pypi_ccsds-ndm-3.1.1/json/omm1_ct.json", OMMJSONCSVTests.catalogCSV,
        ] {
            let expected: OMMFormat =
                path.hasSuffix(".txt")
                ? .kvn
                : path.hasSuffix(".xml")
                    ? .xml
                    : path.hasSuffix(".json") ? .json : .csv
            #expect(OMMFormat.detect(try SharedData.text(path)) == expected, "\(path)")
        }

        // An OPM is not an OMM: one error naming line 1, nothing read.
        let opmPath = SharedData.url("ccsds/pypi_ccsds-ndm-3.1.1/kvn/502x0b2c1e2_fig3_2_opm.kvn").path
        let opm = try OMM.readAll(contentsOfFile: opmPath)
        #expect(opm.messages.isEmpty)
        #expect(opm.errors.count == 1)
        #expect(opm.errors[0].kind == .notAnOMM(firstKeyword: "CCSDS_OPM_VERS"))
        #expect(opm.errors[0].line == 1 && opm.errors[0].file == opmPath)
        #expect(throws: OMMError.self) { try OMM.readAll(contentsOfFile: "/nonexistent/omm.kvn") }
    }
}
