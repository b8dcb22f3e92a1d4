import Foundation
import Testing

@testable import Screening

/// The XML Concord writes is checked against SANA's NDM/XML 1.0 CDM schema
/// (../shared/data/ccsds/xsd/ndmxml-1.0, master schema) with `xmllint --schema`.
@Suite("CDM XML validates against the NDM/XML 1.0 schema")
struct CDMSchemaTests {
    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let schema = SharedData.url("ccsds/xsd/ndmxml-1.0/ndmxml-1.0-master.xsd")
    static var canValidate: Bool {
        xmllint != nil && FileManager.default.fileExists(atPath: schema.path)
    }

    /// Runs xmllint on `xml`; returns (exit status, its messages).
    static func validate(_ xml: String) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cdm-\(UUID().uuidString).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint!)
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(
        "XML written from every real CDM 1.0 validates",
        .enabled(if: CDMSchemaTests.canValidate, "xmllint or ../shared/data/ccsds/xsd absent: skipped"))
    func writtenXMLValidates() throws {
        for path in CDMReadingTests.goodFiles {
            let cdm = try CDMReadingTests.read(path).cdm
            guard cdm.version.hasPrefix("1") else { continue }
            let (status, output) = try Self.validate(cdm.xml())
            #expect(status == 0, "\(path): \(output)")
        }
    }

    @Test(
        "The validator does reject a broken CDM (a mandatory element removed)",
        .enabled(if: CDMSchemaTests.canValidate, "xmllint or ../shared/data/ccsds/xsd absent: skipped"))
    func validatorRejects() throws {
        let cdm = try CDMReadingTests.read(CDMReadingTests.folder + "orekit/CDMExample2.txt").cdm
        let broken = cdm.xml().replacingOccurrences(of: "<ORIGINATOR>JSPOC</ORIGINATOR>", with: "")
        let (status, output) = try Self.validate(broken)
        #expect(status != 0)
        #expect(output.contains("MESSAGE_ID") || output.contains("ORIGINATOR"))
    }
}
