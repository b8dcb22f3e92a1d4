/// CSV writing (reading is ``OMMCSVReader``).
extension OMM {
    /// Messages as CelesTrak CSV: a header row with the 17 columns `OBJECT_NAME` …
    /// `MEAN_MOTION_DDOT`, one row per message, LF line ends; cells holding a comma, quote or line
    /// break are quoted. Only those 17 values are written (no header, covariance or user-defined).
    public static func csv(_ messages: [OMM]) -> String {
        var out = celestrakKeys.map(\.keyword).joined(separator: ",") + "\n"
        for message in messages {
            out += message.celestrakValues.map(quote).joined(separator: ",") + "\n"
        }
        return out
    }

    /// The cell as CSV: quoted (with quotes doubled) only when it must be.
    private static func quote(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
