import Orbits

/// Propagates element sets on a time grid in batches of satellites and writes the states
/// (CSV or OEM) as it goes, so memory stays bounded however many objects there are.
struct EphemerisOutput {
    /// Satellites propagated per batch.
    static let batchSize = 256

    /// The UTC times.
    var times: [Instant]
    /// The frame of the states.
    var frame: ReferenceFrame
    /// The encoding.
    var format: EphemerisFormat
    /// CSV only: lead every row with the NORAD catalog number.
    var includesCatalogNumber: Bool
    /// Batch propagator threads.
    var threads: Int

    /// Writes every object's states; returns the number of states written. SGP4 failures are
    /// reported on stderr, one warning per object, and their rows skipped.
    func write(_ elements: [MeanElements], to sink: inout OutputSink) -> Int {
        let stamps = times.map { Array($0.iso8601(fractionDigits: 3, zulu: format == .csv).utf8) }
        let rotations = frame == .itrf ? times.map { EarthRotation(at: $0) } : []
        let csv = StateCSVWriter(includesCatalogNumber: includesCatalogNumber)
        let oem = OEMWriter(frame: frame)
        switch format {
        case .csv: sink.write(csv.header)
        case .oem: sink.write(oem.header(creationDate: OEMWriter.now()))
        }
        var written = 0
        var warnings: [String] = []
        for batchStart in stride(from: 0, to: elements.count, by: Self.batchSize) {
            let batch = Array(elements[batchStart..<min(elements.count, batchStart + Self.batchSize)])
            let ephemeris = SGP4Batch(batch).ephemeris(at: times, threads: threads)
            for (row, element) in batch.enumerated() {
                let valid = (0..<times.count).filter { ephemeris.error(satellite: row, time: $0) == nil }
                if valid.count < times.count {
                    let first = (0..<times.count).first { ephemeris.error(satellite: row, time: $0) != nil }!
                    let code = ephemeris.error(satellite: row, time: first)!
                    warnings.append(
                        "NORAD \(element.catalogNumber)\(element.name.map { " (\($0))" } ?? ""): SGP4 failed at "
                            + "\(times.count - valid.count) of \(times.count) times, first at \(times[first]): "
                            + "\(code) (code \(code.rawValue)); those rows are skipped")
                }
                guard let firstValid = valid.first, let lastValid = valid.last else { continue }
                if format == .oem {
                    sink.write(oem.segmentStart(element, start: times[firstValid], stop: times[lastValid]))
                }
                for j in valid {
                    let state = ephemeris.state(satellite: row, time: j)
                    var (position, velocity) = (state.position, state.velocity)
                    if frame == .itrf {
                        (position, velocity) = rotations[j].itrf(fromTEMEPosition: position, velocity: velocity)
                    }
                    sink.write { out in
                        switch format {
                        case .csv:
                            csv.appendRow(
                                catalogNumber: element.catalogNumber, time: stamps[j], position: position,
                                velocity: velocity, to: &out)
                        case .oem:
                            oem.appendLine(time: stamps[j], position: position, velocity: velocity, to: &out)
                        }
                    }
                }
                written += valid.count
            }
        }
        Diagnostics.warn(warnings)
        return written
    }
}
