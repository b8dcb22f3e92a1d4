/// Reads and writes OMM epochs (`2020-12-29T03:57:59.406624`, `2007-064T10:34:41.4264`).
///
/// TEMPORARY: a minimal calendar conversion until the shared ISO-8601 parsing of `Instant`
/// (branch `time-tle`) lands; then these two functions delegate to it.
enum OMMEpoch {
    /// The instant written as `YYYY-MM-DDThh:mm:ss[.fff…][Z]` or `YYYY-DDDThh:mm:ss[.fff…][Z]` (UTC),
    /// or `nil` when the text is not such a date.
    static func parse(_ text: some StringProtocol) -> Instant? {
        var bytes = Array(text.utf8)
        if bytes.last == UInt8(ascii: "Z") { bytes.removeLast() }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var value = 0
            for i in range {
                let d = Int(bytes[i]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
            }
            return value
        }
        guard bytes.count >= 8, let year = number(0..<4), bytes[4] == UInt8(ascii: "-") else { return nil }
        let month: Int, day: Int, timeStart: Int
        if bytes.count > 7, bytes[7] == UInt8(ascii: "-") {
            guard let m = number(5..<7), let d = number(8..<10) else { return nil }
            guard m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, year: year) else { return nil }
            (month, day, timeStart) = (m, d, 10)
        } else {
            guard let doy = number(5..<8), doy >= 1, doy <= (isLeap(year) ? 366 : 365) else { return nil }
            var m = 1
            var d = doy
            while d > daysInMonth(m, year: year) {
                d -= daysInMonth(m, year: year)
                m += 1
            }
            (month, day, timeStart) = (m, d, 8)
        }
        var seconds = 0.0
        if timeStart < bytes.count {
            guard bytes[timeStart] == UInt8(ascii: "T") || bytes[timeStart] == UInt8(ascii: " "),
                bytes.count >= timeStart + 9, bytes[timeStart + 3] == UInt8(ascii: ":"),
                bytes[timeStart + 6] == UInt8(ascii: ":"),
                let h = number(timeStart + 1..<timeStart + 3), let mi = number(timeStart + 4..<timeStart + 6),
                let s = number(timeStart + 7..<timeStart + 9), h < 24, mi < 60, s < 60
            else { return nil }
            var fraction = 0.0
            if bytes.count > timeStart + 9 {
                guard bytes[timeStart + 9] == UInt8(ascii: "."),
                    let f = Double("0" + String(decoding: bytes[(timeStart + 9)...], as: UTF8.self)),
                    bytes.count > timeStart + 10
                else { return nil }
                fraction = f
            }
            seconds = Double(h * 3600 + mi * 60 + s) + fraction
        }
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        let jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
        return Instant(julianDay: Double(jdn) - 0.5, fraction: seconds / 86_400)
    }

    /// `YYYY-MM-DDThh:mm:ss.ffffff` (UTC, microseconds, as CelesTrak writes it).
    static func format(_ instant: Instant) -> String {
        var micro = (instant.fraction * 86_400_000_000).rounded()
        var jdn = Int(instant.julianDay + 0.5)
        if micro >= 86_400_000_000 {
            micro -= 86_400_000_000
            jdn += 1
        }
        let a = jdn + 32044
        let b = (4 * a + 3) / 146097
        let c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        let day = e - (153 * m + 2) / 5 + 1
        let month = m + 3 - 12 * (m / 10)
        let year = 100 * b + d - 4800 + m / 10
        let us = Int(micro)
        let (h, rest) = us.quotientAndRemainder(dividingBy: 3_600_000_000)
        let (mi, rest2) = rest.quotientAndRemainder(dividingBy: 60_000_000)
        let (s, f) = rest2.quotientAndRemainder(dividingBy: 1_000_000)
        func pad(_ v: Int, _ n: Int) -> String {
            let t = String(v)
            return String(repeating: "0", count: max(0, n - t.count)) + t
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(f, 6))"
    }

    private static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    private static func daysInMonth(_ m: Int, year: Int) -> Int {
        switch m {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
