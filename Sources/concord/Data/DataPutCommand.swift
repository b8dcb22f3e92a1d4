import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOHTTP1
import Storage

/// `concord data put FILE --mission M --type T`: uploads a file as a data product, announcing its
/// SHA-256 (read once before the upload) so that the server refuses (422) a body that arrives
/// changed; the body streams from the file (`DataClient.upload`).
struct DataPutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "put", abstract: "Upload a file as a data product of your partner; prints the stored product.")

    @OptionGroup var serverOption: ServerOption

    @Argument(help: "The file to upload.")
    var file: String

    @Option(help: "The mission the product belongs to.")
    var mission: String

    @Option(help: "The product type, e.g. telemetry, image, ephemeris, cdm, report.")
    var type: String

    @Option(help: "The agreement whose data clause governs it (needed when several cover the mission).")
    var agreement: String?

    @Option(help: "The instrument.")
    var instrument: String?

    @Option(help: ArgumentHelp("Comma-separated keywords.", valueName: "a,b,c"))
    var keywords: String?

    @Option(help: ArgumentHelp("The observation's start, ISO 8601 UTC.", valueName: "instant"))
    var observationStart: String?

    @Option(help: ArgumentHelp("The observation's end, ISO 8601 UTC (the embargo runs from it).", valueName: "instant"))
    var observationEnd: String?

    @Option(help: "The media type of the content.")
    var mediaType: String?

    func run() async throws {
        let client = try serverOption.client()
        let (hash, _) = try BlobStore.sha256(ofFile: file)
        var metadata: [String: Any] = ["mission": mission, "productType": type]
        metadata["agreement"] = agreement
        metadata["instrument"] = instrument
        metadata["observationStart"] = observationStart
        metadata["observationEnd"] = observationEnd
        metadata["mediaType"] = mediaType
        metadata["fileName"] = URL(fileURLWithPath: file).lastPathComponent
        if let keywords {
            metadata["keywords"] = keywords.split(separator: ",").map { String($0) }
        }
        var request = client.clientRequest(.POST, "/api/v1/products")
        request.headers.add(name: "Concord-Metadata", value: try Self.asciiJSON(metadata))
        request.headers.add(name: "Concord-Content-SHA256", value: hash)
        request.headers.add(name: "Content-Type", value: "application/octet-stream")
        let data = try await client.upload(request, file: file)
        print(String(decoding: data, as: UTF8.self))
    }

    /// `object` as JSON with every non-ASCII character escaped `\uXXXX` (header values are ASCII).
    static func asciiJSON(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        var text = ""
        for unit in String(decoding: data, as: UTF8.self).utf16 {
            if unit < 0x80 {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            } else {
                text += String(format: "\\u%04x", unit)
            }
        }
        return text
    }
}
