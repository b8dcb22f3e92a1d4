import Foundation

/// Where the committed demo consortium is: `Demo/consortium` of the clone this binary was built
/// from (found through the source path), or of the working directory.
enum DemoFolder {
    static func locate(_ explicit: String?) -> URL? {
        if let explicit { return URL(fileURLWithPath: explicit) }
        let fromSource = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Demo/consortium")
        let fromWorkingDirectory = URL(fileURLWithPath: "Demo/consortium")
        return [fromWorkingDirectory, fromSource].first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("partners.json").path)
        }
    }
}
