import Foundation
import Orbits
import Testing

@testable import Screening

/// Real CDMs from ../shared/data/ccsds (Orekit's test resources, Apache-2.0; CARA's unit-test
/// CDMs, NOSA; the CCSDS Blue Book example via the ccsds-ndm package). Expected values are read
/// off the files themselves.
@Suite("CDM reading (KVN and XML) on real messages", .enabled(if: SharedData.isAvailable, SharedData.missingMessage))
struct CDMReadingTests {
    static let folder = "ccsds/cdm/"

    static func read(_ path: String) throws -> CDMReadResult {
        try CDM.read(try SharedData.text(path), file: (path as NSString).lastPathComponent)
    }

    static func failure(_ path: String) throws -> CDMError? {
        do {
            _ = try read(path)
            return nil
        } catch let error as CDMError {
            return error
        }
    }

    static let goodFiles =
        [
            "orekit/CDMExample2.txt", "orekit/CDMExample4.txt", "orekit/CDMExample5.txt",
            "orekit/CDM-no-orbit-center-defined-obj1.txt", "orekit/CDMExample_issue988.txt",
            "orekit/CDMExample_issue988_2.txt", "orekit/CDMExample_issue988.xml", "orekit/CDMExample_issue988_2.xml",
            "orekit/CDMExample_issue_940.txt", "orekit/CDMExample_issue_940.xml", "orekit/CDMExample_issue_944.xml",
            "orekit/CDMExample_issue1458.xml", "cara_unit_test_cdms/DensityDecorrelationTestCaseCDM01.txt",
            "cara_unit_test_cdms/DensityDecorrelationTestCaseCDM02.txt", "cara_unit_test_cdms/ODQATestCaseCDM.txt",
        ].map { folder + $0 } + [
            "ccsds/pypi_ccsds-ndm-3.1.1/kvn/cdm_example_section4.kvn",
            "ccsds/pypi_ccsds-ndm-3.1.1/xml/cdm_example_section4.xml",
        ]

    @Test("Blue Book example in Orekit's CDMExample2: every block's values")
    func example2() throws {
        let result = try Self.read(Self.folder + "orekit/CDMExample2.txt")
        let cdm = result.cdm
        #expect(cdm.header.originator == "JSPOC")
        #expect(cdm.header.messageFor == "SATELLITE A")
        #expect(cdm.relative.tca == (try Instant(iso8601: "2010-03-13T22:37:52.618")))
        #expect(cdm.relative.missDistance == 715)
        #expect(cdm.relative.relativePosition == SIMD3(27.4, -70.2, 711.8))
        #expect(cdm.relative.relativeVelocity == SIMD3(-7.2, -14692.0, -1437.2))
        #expect(cdm.relative.screenVolume == SIMD3(200, 1000, 1000))
        #expect(cdm.relative.collisionProbability == 4.835E-05)
        #expect(cdm.relative.collisionProbabilityMethod == "FOSTER-1992")
        #expect(cdm.relative.comments == ["Relative Metadata/Data"])
        #expect(cdm.object1.metadata.operatorEmail == "JOHN.DOE@SOMEWHERE.NET")
        #expect(cdm.object1.metadata.orbitCenter == "EARTH")
        #expect(cdm.object1.odParameters?["OBS_USED"] == 579)
        #expect(cdm.object1.additionalParameters?["MASS"] == 251.6)
        #expect(cdm.object1.additionalParameters?.comments.first == "Object1 Additional Parameters")
        #expect(cdm.object1.position == SIMD3(2570.097065, 2244.654904, 6281.497978))
        #expect(cdm.object1.covariance.values[0] == 4.142E+01)
        #expect(cdm.object2.metadata.objectName == "FENGYUN 1C DEB")
        #expect(cdm.object2.covariance.values[2] == 2.492E+06)
    }

    @Test("CARA CDM: day-of-year dates, drag/SRP rows, glued unit, empty values, HBR comment")
    func caraCDM() throws {
        let one = try Self.read(Self.folder + "cara_unit_test_cdms/DensityDecorrelationTestCaseCDM01.txt").cdm
        #expect(one.relative.tca == (try Instant(iso8601: "2018-08-19T05:18:32.104")))
        let two = try Self.read(Self.folder + "cara_unit_test_cdms/DensityDecorrelationTestCaseCDM02.txt")
        #expect(two.cdm.object1.covariance.values.count == 36)
        #expect(two.cdm.object2.covariance.values[35] == 0.0003203240579399769)  // CSRP_SRP
        #expect(two.cdm.object1.covariance.values[19] == 0.000000007224021717511939)  // CNDOT_TDOT[m**2/s**2]
        #expect(two.cdm.header.comments == ["CDM_ID:39330980"])
        #expect(two.cdm.hardBodyRadius == 6.0)
        #expect(two.warnings.contains { $0.code == .emptyOptionalValue && $0.keyword == "TIME_LASTOB_START" })
        #expect(two.cdm.object1.metadata.refFrame == "ITRF")
        let odqa = try Self.read(Self.folder + "cara_unit_test_cdms/ODQATestCaseCDM.txt")
        #expect(odqa.cdm.hardBodyRadius == 20.0)
        // CARA writes RELATIVE_VELOCITY_R with [m]: kept, with a warning naming the line.
        #expect(odqa.warnings.contains { $0.keyword == "RELATIVE_VELOCITY_R" && $0.line == 11 })
    }

    @Test("Orekit's malformed CDMs give typed errors naming line and keyword")
    func malformed() throws {
        let wrongNumber = try #require(try Self.failure(Self.folder + "orekit/CDM-covariance-wrong-entry-format.txt"))
        #expect(wrongNumber.code == .invalidValue(expected: "real"))
        #expect(wrongNumber.keyword == "CRDOT_T")
        #expect(wrongNumber.line == 65)
        #expect(wrongNumber.file == "CDM-covariance-wrong-entry-format.txt")

        let noTCA = try #require(try Self.failure(Self.folder + "orekit/CDM-missing-TCA.txt"))
        #expect(noTCA.code == .missingKeyword)
        #expect(noTCA.keyword == "TCA")

        let wrongKey = try #require(try Self.failure(Self.folder + "orekit/CDM-wrong-key-word.txt"))
        #expect(wrongKey.code == .unknownKeyword)
        #expect(wrongKey.keyword == "WRONG_KEYWORD")
        #expect(wrongKey.line == 6)

        let badTCA = try #require(try Self.failure(Self.folder + "orekit/CDMExample1InvalidTca.txt"))
        #expect(badTCA.code == .invalidValue(expected: "UTC date"))
        #expect(badTCA.keyword == "TCA")
        #expect(badTCA.line == 5)
        #expect(badTCA.value == "2010-04-31T22:37:52.618")

        let noCovariance = try #require(
            try Self.failure(Self.folder + "orekit/CDM-missing-object1-covariance-block.xml"))
        #expect(noCovariance.code == .missingKeyword)
        #expect(noCovariance.keyword == "CR_R")

        let nilX = try #require(try Self.failure(Self.folder + "orekit/CDMExample_issue1319_mandatory_empty_value.xml"))
        #expect(nilX.code == .missingKeyword)
        #expect(nilX.keyword == "X")
        #expect(nilX.line == 88)
    }

    @Test("Not a CDM, and a keyword out of place")
    func structure() throws {
        #expect(throws: CDMError(.notACDM(firstKeyword: "CCSDS_OPM_VERS"), line: 1, keyword: "CCSDS_OPM_VERS")) {
            try CDM.read("CCSDS_OPM_VERS = 2.0\nCREATION_DATE = 2020-01-01T00:00:00\n")
        }
        let text = try SharedData.text(Self.folder + "orekit/CDMExample_issue988.txt")
        let moved =
            text.replacingOccurrences(
                of: "MESSAGE_ID                    = 201113719185\n", with: "") + "\nMESSAGE_ID = 1\n"
        let error = try #require(throws: CDMError.self) { try CDM.read(moved) }
        #expect(error.code == .misplacedKeyword)
        #expect(error.keyword == "MESSAGE_ID")
    }

    @Test("Every readable real CDM round-trips: KVN → model → KVN → model, and model → XML → model")
    func roundTrips() throws {
        for path in Self.goodFiles {
            let cdm = try Self.read(path).cdm
            if !path.hasSuffix(".xml") {
                let again = try CDM.read(cdm.kvn()).cdm
                #expect(again == cdm, "\(path): KVN round trip")
            }
            // XML carries the CDM 1.0 content (keywords of a 2.0 message kept as text are not written).
            var expected = cdm
            expected.relative.otherKeywords = []
            expected.object1.otherKeywords = []
            expected.object2.otherKeywords = []
            let fromXML = try CDM.read(cdm.xml()).cdm
            #expect(fromXML == expected, "\(path): XML round trip")
        }
    }
}

@Suite("CDM hard-body radius comments")
struct CDMHardBodyRadiusTests {
    @Test("Forms operators write, and the comment Concord writes reads back")
    func forms() throws {
        #expect(CDM.radius(in: "HBR                        = 20.0") == 20)
        #expect(CDM.radius(in: "Operator Hard Body Radius = 6.00 [m]") == 6)
        #expect(CDM.radius(in: "Hard Body Radius: 0.02 [km]") == 20)
        #expect(CDM.radius(in: "Exclusion Volume Radius = 5.000000 [m]") == nil)
        #expect(CDM.radius(in: "HBRX = 3") == nil)
        var cdm = try CDM.read(CARASampleCDMs.omitronTest08).cdm
        #expect(cdm.hardBodyRadius == nil)
        cdm.setHardBodyRadius(17.5)
        #expect(try CDM.read(cdm.kvn()).cdm.hardBodyRadius == 17.5)
        #expect(try CDM.read(cdm.xml()).cdm.hardBodyRadius == 17.5)
    }
}
