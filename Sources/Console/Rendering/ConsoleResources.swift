import Foundation
import Mustache

/// What the console reads from its resource bundle at start: the Mustache templates, the
/// message catalogues and the static files (one stylesheet, one script).
///
/// The files live in `Sources/Console/Resources` (`Templates/*.mustache`,
/// `Messages/<language>.json`, `Static/*`) and are copied into the target's bundle by SwiftPM
/// (`resources: [.copy("Resources")]`), so they can be edited as files and need no build step.
struct ConsoleResources: Sendable {
    /// The templates, by file name without `.mustache`.
    let templates: MustacheLibrary
    /// The user-facing strings.
    let messages: MessageCatalogue
    /// Static files by name (`console.css`), with their content types.
    let staticFiles: [String: StaticFile]

    /// A file served as it is.
    struct StaticFile: Sendable {
        /// The bytes.
        var bytes: [UInt8]
        /// The `Content-Type`.
        var contentType: String
    }

    /// The folder of the resources in the bundle.
    static var folder: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
    }

    /// Reads everything from `folder`.
    static func load(from folder: URL) async throws(ConsoleError) -> ConsoleResources {
        let templates: MustacheLibrary
        do {
            templates = try await MustacheLibrary(directory: folder.appendingPathComponent("Templates").path)
        } catch {
            throw ConsoleError(.resourceInvalid, field: "Templates", detail: "\(error)")
        }
        let messages = try MessageCatalogue(directory: folder.appendingPathComponent("Messages"))
        var files: [String: StaticFile] = [:]
        let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml"]
        let staticFolder = folder.appendingPathComponent("Static")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: staticFolder.path)) ?? []
        for name in names {
            guard let type = types[(name as NSString).pathExtension],
                let data = FileManager.default.contents(atPath: staticFolder.appendingPathComponent(name).path)
            else { continue }
            files[name] = StaticFile(bytes: Array(data), contentType: type)
        }
        for required in ["console.css", "console.js"] where files[required] == nil {
            throw ConsoleError(.resourceMissing, field: "Static/\(required)", detail: "not in the bundle")
        }
        return ConsoleResources(templates: templates, messages: messages, staticFiles: files)
    }
}
