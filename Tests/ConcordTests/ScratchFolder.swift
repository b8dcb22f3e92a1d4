import Foundation
import Testing

/// A test trait that gives each test of a suite its own temporary folder and removes it, with
/// everything the test wrote there (databases, blob stores, outputs), when the test ends, whether
/// it passed or not.
///
/// `PlatformCommandTests.freshDatabase()` creates its databases inside the current scratch
/// folder, so suites that use it carry `.scratchFolder` and leave nothing behind in `/tmp`.
struct ScratchFolder: TestTrait, SuiteTrait, TestScoping {
    /// The folder of the test running now, or `nil` outside a test with this trait.
    @TaskLocal static var current: URL?

    /// Applies to every test of a suite that carries the trait.
    var isRecursive: Bool { true }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // A suite-level scope (no test case) only forwards: each test gets its own folder.
        guard testCase != nil || !test.isSuite else { return try await function() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "concord-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$current.withValue(folder) { try await function() }
    }
}

extension Trait where Self == ScratchFolder {
    /// Each test gets a temporary folder of its own, removed when the test ends.
    static var scratchFolder: Self { ScratchFolder() }
}
