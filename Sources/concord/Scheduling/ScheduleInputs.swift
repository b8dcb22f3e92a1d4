import Foundation
import Scheduling

/// Reading the problem and schedule files the `concord schedule` subcommands share, with
/// errors naming the file.
enum ScheduleInputs {
    /// The problem in `path`, view periods computed from TLEs where it lists none.
    static func problem(_ path: String, threads: Int = 2) throws -> ScheduleProblem {
        do {
            return try ScheduleProblem.decode(try InputFile.data(path)).resolvingViewPeriods(threads: threads)
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(.invalidContent, file: path, "\(error)")
        }
    }

    /// The schedule in `path`.
    static func schedule(_ path: String) throws -> Schedule {
        do {
            return try Schedule.decode(try InputFile.data(path))
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(.invalidContent, file: path, "\(error)")
        }
    }

    /// Writes `data` to `path` (`-`: standard output), ending with a newline.
    static func write(_ data: Data, to path: String) throws {
        var sink = try OutputSink(path: path)
        sink.write { $0.append(contentsOf: data) }
        if data.last != UInt8(ascii: "\n") { sink.write("\n") }
        sink.close()
    }
}
