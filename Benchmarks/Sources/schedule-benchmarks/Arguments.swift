import Foundation

/// The command line: a subcommand, positional arguments and `--name value` options.
struct Arguments {
    /// The words after the program name.
    let words: [String]

    /// The command line of this process.
    init(_ words: [String] = Array(CommandLine.arguments.dropFirst())) { self.words = words }

    /// The first word (the subcommand), or nil.
    var command: String? { words.first }

    /// The words that are neither the subcommand, an option name nor an option value.
    var positional: [String] {
        var result: [String] = []
        var index = 1
        while index < words.count {
            if words[index].hasPrefix("--") {
                index += flags.contains(words[index]) ? 1 : 2
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }

    /// Options that take no value.
    let flags: Set<String> = [
        "--throughput", "--pretty", "--skip-full", "--no-relaxation", "--no-ejection", "--unfair-repair",
        "--equal-shares",
        "--contribution-shares", "--cpu",
    ]

    /// True when the flag `name` is present.
    func flag(_ name: String) -> Bool { words.contains(name) }

    /// The value of `--name`, or nil.
    func string(_ name: String) -> String? {
        guard let index = words.firstIndex(of: name), index + 1 < words.count else { return nil }
        return words[index + 1]
    }

    /// The numeric value of `--name`, or `fallback`.
    func number(_ name: String, _ fallback: Double) -> Double { string(name).flatMap(Double.init) ?? fallback }
}
