import Foundation
import Testing

@testable import Orbits

/// NDM/XML samples (Blue Book annex, Orekit, beyond, ccsds-ndm, a CCSDS service-management request
/// embedding a namespace-qualified OMM) and schema validation of what we write.
@Suite("OMM XML")
struct OMMXMLTests {
    static let orekit = "ccsds/odm_ndm/orekit/omm/"

    func readAll(_ path: String) throws -> OMMReadResult {
        try OMM.readAll(SharedData.text(path), file: path)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func samplesMatchTheirKVNTwins() throws {
        // Each pair holds the same message in both encodings (comments and creation dates aside).
        let pairs = [
            ("ccsds/pypi_beyond-0.9/io_ccsds/omm.xml", "ccsds/pypi_beyond-0.9/io_ccsds/omm.kvn"),
            ("ccsds/pypi_beyond-0.9/io_ccsds/omm_cov_tnw.xml", "ccsds/pypi_beyond-0.9/io_ccsds/omm_cov_tnw.kvn"),
            (
                "ccsds/pypi_beyond-0.9/io_ccsds/omm_user_defined.xml",
                "ccsds/pypi_beyond-0.9/io_ccsds/omm_user_defined.kvn"
            ),
            (Self.orekit + "OMMExample4.xml", Self.orekit + "OMMExample4.txt"),
            ("ccsds/pypi_ccsds-ndm-3.1.1/json/omm1_st.xml", "ccsds/pypi_ccsds-ndm-3.1.1/kvn/omm1_st.kvn"),
        ]
        for (xmlPath, kvnPath) in pairs {
            var xml = try OMM(SharedData.text(xmlPath), file: xmlPath)
            var kvn = try OMM(SharedData.text(kvnPath), file: kvnPath)
            #expect(xml.meanElements == kvn.meanElements, "\(xmlPath)")
            #expect(xml.covariance == kvn.covariance, "\(xmlPath)")
            #expect(xml.userDefined == kvn.userDefined, "\(xmlPath)")
            xml.creationDate = nil
            kvn.creationDate = nil
            xml.headerComments = []
            kvn.headerComments = []
            xml.originator = kvn.originator
            xml.meanElementTheory = kvn.meanElementTheory
            #expect(xml == kvn, "\(xmlPath)")
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func blueBookXMLWithCovarianceAndUnits() throws {
        let omm = try OMM(SharedData.text(Self.orekit + "OMM-with-units.xml"))
        #expect(omm.version == "3.0")
        #expect(omm.messageID == "OMM 201113719185")
        #expect(omm.objectName == "GOES-9")
        #expect(omm.epoch.julianDay == 2_454_164.5)
        #expect(abs(omm.epoch.fraction - 0.440_757_25) < 1e-11)
        #expect(omm.dataComments == ["mean Elements", "tle Parameters", "covariance Matrix"])
        #expect(omm.covariance?[2, 1] == -4.221234189514228e-04)

        let annex = try OMM(SharedData.text("ccsds/bluebook_examples/xml/omm_g10.xml"))
        #expect(annex.messageClassification == "CUI")
        #expect(annex.covariance?.lowerTriangle.count == 21)
        #expect(annex.epoch.julianDay == 2_458_912.5)  // 2020-064 = 2020-03-04
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func combinedNDMAndEmbeddedQualifiedOMM() throws {
        // Undeclared xsi prefix on <ndm>: libxml2 warns, the document is still read.
        let combined = try readAll("ccsds/pypi_ccsds-ndm-3.1.1/xml/omm_combined.xml")
        #expect(combined.errors.isEmpty)
        #expect(combined.messages.count == 19)
        #expect(combined.messages[0].objectName == "NUSAT-2 (BATATA)")
        #expect(combined.messages[0].bstar == 0.15913e-3)
        #expect(combined.messages[0].meanMotionDot == 4.64e-5)
        #expect(combined.messages.allSatisfy { $0.creationDate == nil })

        let ndm10 = try OMM(SharedData.text("ccsds/pypi_ccsds-ndm-3.1.1/xml/ndmxml-1.0-omm-2.0.xml"))
        #expect(ndm10.meanElementTheory == "TLE")
        #expect(ndm10.userDefined.count == 10)
        #expect(ndm10.dataComments == ["USAF SGP4 IS THE ONLY PROPAGATOR THAT SHOULD BE USED FOR THIS DATA"])

        let smurf = try readAll("ccsds/sccs_sm_902/Example-902x09b01-SMURFSubmitTrajDataOMM.xml")
        #expect(smurf.errors.isEmpty)
        #expect(smurf.messages.count >= 1)
        #expect(smurf.messages[0].noradCatalogID == 23581)
        #expect(smurf.messages[0].covariance?[0, 0] == 0.316)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func structuralAndTheoryErrors() throws {
        let spurious = try readAll(Self.orekit + "spurious-metadata.xml")
        #expect(spurious.messages.isEmpty)
        #expect(spurious.errors.first?.kind == .duplicateKey)
        #expect(spurious.errors.first?.key == "metadata")
        #expect(spurious.errors.first?.line == 17)

        let eh = try readAll("ccsds/pypi_beyond-0.9/io_ccsds/omm_eh.xml")
        #expect(eh.errors.first?.kind == .unsupportedTheory)
        #expect(eh.errors.first?.value == "ECKSTEIN-HECHLER")

        let empty = try OMM(SharedData.text(Self.orekit + "OMM-empty-object-id.xml"))
        #expect(empty.objectID == "")
        #expect(empty.noradCatalogID == 7646)

        #expect(throws: OMMError.self) { try OMM("<omm><header>", format: .xml) }
        let misplaced = try SharedData.text(Self.orekit + "OMMExample4.xml").replacingOccurrences(
            of: "<EPHEMERIS_TYPE>", with: "<GM>1</GM><EPHEMERIS_TYPE>")
        do {
            _ = try OMM(misplaced)
            Issue.record("GM inside tleParameters accepted")
        } catch {
            #expect(error.kind == .unexpectedElement && error.key == "GM" && error.line == 28)
        }
        do {
            _ = try OMM("<?xml version=\"1.0\"?>\n<opm id=\"CCSDS_OPM_VERS\" version=\"2.0\"/>")
            Issue.record("an OPM was read as an OMM")
        } catch { #expect(error.kind == .noMessage) }
    }

    /// Validates written documents against the NDM/XML 1.0 master schema with `xmllint`
    /// (Debian `libxml2-utils`); the NDM/XML 1.0 set is the one whose OMM module (version 2.0) the
    /// samples use. Skipped with a message when `xmllint` is not installed.
    @Test(
        .enabled(if: SharedData.isAvailable, SharedData.missingMessage),
        .enabled(if: Self.xmllint != nil, "xmllint not installed (apt-get install libxml2-utils): schema check skipped")
    )
    func writtenXMLValidatesAgainstSchema() throws {
        var messages: [OMM] = []
        for path in [
            Self.orekit + "OMMExample2.txt", "ccsds/pypi_beyond-0.9/io_ccsds/omm_user_defined.kvn",
            "ccsds/pypi_ccsds-ndm-3.1.1/kvn/omm1_st.kvn", "ccsds/pypi_ccsds-ndm-3.1.1/kvn/omm1_ct.kvn",
        ] {
            var omm = try OMM(SharedData.text(path))
            omm.version = "2.0"  // the NDM/XML 1.0 schema fixes version="2.0"
            omm.objectName += " <&> \"quoted\""
            messages.append(omm)
        }
        let schema = SharedData.url("ccsds/xsd/ndmxml-1.0/ndmxml-1.0-master.xsd").path
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("omm-xsd-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = messages.map(\.xml) + [OMM.xml(messages)]
        for (index, document) in documents.enumerated() {
            let file = directory.appendingPathComponent("omm\(index).xml")
            try Data(document.utf8).write(to: file)
            let (status, output) = try Self.run(Self.xmllint!, ["--noout", "--schema", schema, file.path])
            #expect(status == 0, "xmllint rejected document \(index): \(output)")
            #expect(output.contains("validates"))
            // And what we wrote reads back to the same message.
            let back = try OMM.readAll(document)
            #expect(back.messages == (index < messages.count ? [messages[index]] : messages))
        }
        // The check can fail: a document breaking the schema (element out of order) is rejected.
        let broken = messages[0].xml.replacingOccurrences(of: "<ORIGINATOR>", with: "<X/><ORIGINATOR>")
        let file = directory.appendingPathComponent("broken.xml")
        try Data(broken.utf8).write(to: file)
        #expect(try Self.run(Self.xmllint!, ["--noout", "--schema", schema, file.path]).0 != 0)
    }

    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
