/// The TAI−UTC table (IERS Bulletin C, as in SOFA `iauDat` release 2023-10-11).
///
/// From 1972-01-01 TAI−UTC is a whole number of seconds that steps by +1 s at the end of a
/// UTC day ending with a leap second (23:59:60); the latest step is 2017-01-01 (37 s) and
/// none is announced after it. From 1960 to 1971 UTC ran with fractional steps and a drift
/// (`base + (mjd − referenceMJD) × rate` seconds), kept here so TAI−UTC is continuous
/// with the historical definition; those days are treated as 86,400 s long.
public enum LeapSeconds {
    /// One step of the table: TAI−UTC in force from the UTC midnight `mjd` (Modified Julian Date).
    public struct Entry: Sendable, Hashable {
        /// Modified Julian Date of the UTC midnight from which the entry applies.
        public var mjd: Int
        /// TAI−UTC at `referenceMJD`, seconds.
        public var base: Double
        /// Modified Julian Date the drift is counted from (pre-1972 entries only).
        public var referenceMJD: Double
        /// Drift, seconds per day (0 from 1972).
        public var rate: Double
    }

    /// The table, oldest first: 14 drifting entries 1960–1968, then the 28 integer entries
    /// 1972-01-01 (10 s) … 2017-01-01 (37 s).
    public static let table: [Entry] = {
        let drifting: [(Int, Int, Double, Double, Double)] = [
            (1960, 1, 1.4178180, 37300, 0.001296), (1961, 1, 1.4228180, 37300, 0.001296),
            (1961, 8, 1.3728180, 37300, 0.001296), (1962, 1, 1.8458580, 37665, 0.0011232),
            (1963, 11, 1.9458580, 37665, 0.0011232), (1964, 1, 3.2401300, 38761, 0.001296),
            (1964, 4, 3.3401300, 38761, 0.001296), (1964, 9, 3.4401300, 38761, 0.001296),
            (1965, 1, 3.5401300, 38761, 0.001296), (1965, 3, 3.6401300, 38761, 0.001296),
            (1965, 7, 3.7401300, 38761, 0.001296), (1965, 9, 3.8401300, 38761, 0.001296),
            (1966, 1, 4.3131700, 39126, 0.002592), (1968, 2, 4.2131700, 39126, 0.002592),
        ]
        let integer: [(Int, Int)] = [
            (1972, 1), (1972, 7), (1973, 1), (1974, 1), (1975, 1), (1976, 1), (1977, 1),
            (1978, 1), (1979, 1), (1980, 1), (1981, 7), (1982, 7), (1983, 7), (1985, 7),
            (1988, 1), (1990, 1), (1991, 1), (1992, 7), (1993, 7), (1994, 7), (1996, 1),
            (1997, 7), (1999, 1), (2006, 1), (2009, 1), (2012, 7), (2015, 7), (2017, 1),
        ]
        func mjd(_ year: Int, _ month: Int) -> Int {
            CalendarDate.julianDayNumber(year: year, month: month, day: 1) - 2_400_001
        }
        var entries = drifting.map { Entry(mjd: mjd($0.0, $0.1), base: $0.2, referenceMJD: $0.3, rate: $0.4) }
        for (index, date) in integer.enumerated() {
            entries.append(Entry(mjd: mjd(date.0, date.1), base: Double(10 + index), referenceMJD: 0, rate: 0))
        }
        return entries
    }()

    /// Modified Julian Date of the first integer entry (1972-01-01).
    static let mjd1972 = 41_317

    /// Modified Julian Date of the last step (2017-01-01).
    static let lastStepMJD = 57_754

    /// TAI−UTC in seconds at Modified Julian Date `mjd` (UTC), fractional day included.
    ///
    /// Before 1960-01-01 (no UTC yet) it is 0, as SOFA `iauDat` returns.
    public static func taiMinusUTC(mjd: Double) -> Double {
        let day = Int(mjd.rounded(.down))
        let entries = table
        var low = 0
        var high = entries.count - 1
        guard day >= entries[0].mjd else { return 0 }
        while low < high {  // last entry with entry.mjd <= day
            let mid = (low + high + 1) / 2
            if entries[mid].mjd <= day { low = mid } else { high = mid - 1 }
        }
        let entry = entries[low]
        return entry.base + (mjd - entry.referenceMJD) * entry.rate
    }

    /// Length of the UTC day that starts at Modified Julian Date `mjd` (an integer day):
    /// 86,401 s when it ends with a leap second, otherwise 86,400 s.
    public static func secondsInDay(mjd: Int) -> Double {
        // No step before 1972 counts, and none is scheduled after the last table entry.
        guard mjd >= mjd1972 - 1, mjd < lastStepMJD else { return 86_400 }
        let step = taiMinusUTC(mjd: Double(mjd + 1)) - taiMinusUTC(mjd: Double(mjd))
        return 86_400 + step.rounded()
    }
}
