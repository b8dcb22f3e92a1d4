import ArgumentParser
import Foundation
import Storage

/// `concord data get ID [-o FILE]`: downloads a product's content to a file, then checks that
/// its SHA-256 is the `ETag` the server sent; a mismatch removes the file and fails.
struct DataGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Download a data product's content to a file, checking its SHA-256.")

    @OptionGroup var serverOption: ServerOption

    @Argument(help: "The product's id.")
    var id: String

    @Option(name: .shortAndLong, help: "Where to write the content (default: the product id in this folder).")
    var output: String?

    func run() async throws {
        let client = try serverOption.client()
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !id.isEmpty else {
            throw ValidationError("'\(id)' is not a product id")
        }
        let target = output ?? id
        let (file, response) = try await client.download(
            client.request("GET", "/api/v1/products/\(id)/content"))
        defer { try? FileManager.default.removeItem(at: file) }
        let tag = (response.value(forHTTPHeaderField: "ETag") ?? "").trimmingCharacters(
            in: CharacterSet(charactersIn: "\""))
        let (hash, size) = try BlobStore.sha256(ofFile: file.path)
        guard hash == tag else {
            throw CommandError(
                .invalidContent, "the content downloaded hashes to \(hash), not the server's ETag \(tag)")
        }
        if FileManager.default.fileExists(atPath: target) {
            try FileManager.default.removeItem(atPath: target)
        }
        try FileManager.default.moveItem(at: file, to: URL(fileURLWithPath: target))
        print(#"{"id":"\#(id)","file":"\#(target)","bytes":\#(size),"sha256":"\#(hash)"}"#)
    }
}
