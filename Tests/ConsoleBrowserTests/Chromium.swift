import Foundation
import Testing

/// Debian's `chromium` in headless mode, one process per page: `--dump-dom` for the DOM after
/// scripts ran, `--screenshot` for a PNG, with `--enable-logging=stderr` so that the page's
/// console messages (`:CONSOLE:` lines, which include uncaught errors, CSP refusals and failed
/// loads) can be asserted absent.
///
/// Each signed-in user gets its own profile folder, so the session cookie set by the sign-in
/// link persists from one run to the next, as in a browser.
struct Chromium {
    /// The binary: `CHROMIUM` if set, else `/usr/bin/chromium`; `nil` when neither exists.
    static let executable: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser",
        ]
        return candidates.compactMap { $0 }.map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether the browser tests can run.
    static var isAvailable: Bool { executable != nil }

    /// Why they are skipped when they cannot.
    static let missingMessage: Comment =
        "chromium is not installed (apt-get install chromium, or set CHROMIUM): the browser tests are skipped"

    /// What one run produced.
    struct Run {
        /// Standard output (the DOM for `--dump-dom`).
        var output: String
        /// Chromium's log.
        var log: String

        /// The page's console messages (errors, warnings and logs alike).
        var consoleMessages: [String] {
            log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        }
    }

    /// The profile folder (cookies persist in it).
    let profile: URL
    /// The `Accept-Language` to send, e.g. `ja`.
    var acceptLanguage = "en-GB"

    /// Loads `url` and returns the DOM after scripts ran (redirects followed).
    func dumpDOM(_ url: String, width: Int = 1280, height: Int = 800) throws -> Run {
        try run(["--dump-dom", "--window-size=\(width),\(height)", url])
    }

    /// Loads `url` and saves a screenshot of the window to `file`.
    func screenshot(_ url: String, to file: URL, width: Int, height: Int) throws -> Run {
        try run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url])
    }

    private func run(_ arguments: [String]) throws -> Run {
        guard let executable = Self.executable else { throw BrowserFailure(description: "no chromium") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out"), err = directory.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
                "--accept-lang=\(acceptLanguage)", "--virtual-time-budget=4000",
            ] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw BrowserFailure(description: "chromium did not finish within 90 s: \(arguments)")
        }
        return Run(
            output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            log: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

/// A browser test that could not run or went wrong.
struct BrowserFailure: Error, CustomStringConvertible {
    var description: String
}
