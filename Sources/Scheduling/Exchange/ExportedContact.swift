import Orbits

/// A contact with what the exports show besides it, looked up in the problem: the
/// spacecraft, partner and mission of its request, the antennas it occupies and the setup and
/// teardown around it, and a key that stays the same for the same contact in every export.
public struct ExportedContact: Sendable, Hashable {
    /// The contact as scheduled.
    public var contact: Contact
    /// Its index in `Schedule.contacts`.
    public var index: Int
    /// The spacecraft tracked.
    public var spacecraft: String
    /// The partner whose request it serves.
    public var partner: String
    /// The mission (the spacecraft when the request names none).
    public var mission: String
    /// The antennas occupied: the resource itself, or a group's members.
    public var antennas: [String]
    /// Antenna setup before tracking, seconds (the request's, else the largest of its antennas').
    public var setupSeconds: Double
    /// Antenna teardown after tracking, seconds.
    public var teardownSeconds: Double
    /// 32 hexadecimal digits derived from the request, resource and start (to the millisecond)
    /// alone: the iCalendar `UID` and Simple Schedule package id of this contact in every
    /// export, across re-issued schedules that keep it.
    public var key: String

    /// Tracking start to the millisecond (ISO-8601 UTC with `Z`).
    public var startText: String { contact.start.iso8601(fractionDigits: 3, zulu: true) }
    /// Tracking end to the millisecond (ISO-8601 UTC with `Z`).
    public var endText: String { contact.end.iso8601(fractionDigits: 3, zulu: true) }
    /// Tracking time in whole milliseconds.
    public var durationMillis: Int { Int((contact.end.seconds(since: contact.start) * 1000).rounded()) }
    /// Antenna busy from (tracking start less setup).
    public var activityStart: Instant { contact.start.adding(seconds: -setupSeconds) }
    /// Antenna busy until (tracking end plus teardown).
    public var activityEnd: Instant { contact.end.adding(seconds: teardownSeconds) }

    /// The key of a contact: two 64-bit FNV-1a hashes (different offsets) of
    /// `request ␟ resource ␟ start`, in hexadecimal. Not Swift's `Hasher`, which is seeded
    /// per process.
    static func key(of contact: Contact) -> String {
        let text =
            contact.request + "\u{1F}" + contact.resource + "\u{1F}"
            + contact.start.iso8601(fractionDigits: 3, zulu: true)
        func fnv(_ offset: UInt64) -> UInt64 {
            var hash = offset
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(fnv(0xCBF2_9CE4_8422_2325)) + hex(fnv(0x6C62_272E_07BB_0142))
    }
}
