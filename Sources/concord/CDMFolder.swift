import ArgumentParser
import Foundation
import Orbits
import Screening

/// How `concord screen --cdm-out` encodes its CDMs.
enum CDMEncoding: String, ExpressibleByArgument, CaseIterable, Sendable {
    case kvn, xml
}

/// A folder of CDMs written by `concord screen --cdm-out`: one file per conjunction, named by
/// its message id (`CONCORD-<primary>-<secondary>-<TCA>.cdm` or `.xml`), so a re-run over
/// the same span overwrites the same files.
struct CDMFolder {
    /// The folder.
    var path: String
    /// KVN or XML.
    var encoding: CDMEncoding

    /// Writes one message per conjunction, each file complete before it is moved into place.
    func write(
        _ conjunctions: [Conjunction], options: ScreeningOptions, originator: String, creationDate: Instant
    ) throws {
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandError(.unwritableFile, file: path, "cannot create the folder: \(error.localizedDescription)")
        }
        for conjunction in conjunctions {
            let message = conjunction.cdm(options: options, originator: originator, creationDate: creationDate)
            let text = encoding == .kvn ? message.kvn() : message.xml()
            let name = message.header.messageID + (encoding == .kvn ? ".cdm" : ".xml")
            let target = folder.appendingPathComponent(name)
            let partial = folder.appendingPathComponent("." + name + ".partial")
            do {
                try Data(text.utf8).write(to: partial)
                if FileManager.default.fileExists(atPath: target.path) {
                    try FileManager.default.removeItem(at: target)
                }
                try FileManager.default.moveItem(at: partial, to: target)
            } catch {
                try? FileManager.default.removeItem(at: partial)
                throw CommandError(.unwritableFile, file: target.path, "\(error.localizedDescription)")
            }
        }
    }
}
