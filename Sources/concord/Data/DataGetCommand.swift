import ArgumentParser
import Foundation
import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `concord data get ID [-o FILE]`: downloads a product's content to a hidden file beside the
/// target, hashing it as it arrives, and renames it into place only if its SHA-256 is the `ETag`
/// the server sent; a mismatch removes the file and fails.
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
        let url = URL(fileURLWithPath: target)
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(UUID().uuidString.prefix(8))").path
        let (tag, hash, size) = try await client.download("/api/v1/products/\(id)/content", to: partial)
        guard hash == tag else {
            unlink(partial)
            throw CommandError(
                .invalidContent, "the content downloaded hashes to \(hash), not the server's ETag \(tag)")
        }
        guard rename(partial, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw CommandError(.unwritableFile, file: target, reason)
        }
        print(#"{"id":"\#(id)","file":"\#(target)","bytes":\#(size),"sha256":"\#(hash)"}"#)
    }
}
