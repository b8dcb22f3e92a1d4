import Orbits

/// How a revised schedule differs from the announced one, contact by contact: what a
/// re-plan costs the people who planned around the announcement.
///
/// Times are compared in whole milliseconds. An announced contact is **kept** when the
/// revised schedule has a contact with the same request, resource, start and end. Every other
/// announced contact is **moved**, and is paired with a revised contact of the same request
/// that is not kept, to say how:
/// - **shifted**: paired with a contact on the same resource (retimed); pairs whose tracking
///   overlaps are made first, then the rest on the same resource, earliest first;
/// - **reassigned**: paired with a contact of the request on another resource, in order of
///   start;
/// - **removed**: nothing of its request is left to pair it with.
///
/// Revised contacts left unpaired are **added**. `moved = shifted + reassigned + removed`.
public struct ScheduleChanges: Sendable, Hashable {
    /// An announced contact and the revised contact it was paired with.
    public struct Pair: Sendable, Hashable {
        /// The contact as announced.
        public var announced: Contact
        /// The contact in the revised schedule.
        public var revised: Contact
    }

    /// Announced contacts found unchanged in the revised schedule.
    public var kept: [Contact]
    /// Announced contacts retimed on the same resource.
    public var shifted: [Pair]
    /// Announced contacts replaced by a contact of the same request on another resource.
    public var reassigned: [Pair]
    /// Announced contacts with no counterpart in the revised schedule.
    public var removed: [Contact]
    /// Revised contacts that answer no announced contact.
    public var added: [Contact]

    /// The number of announced contacts not kept exactly.
    public var moved: Int { shifted.count + reassigned.count + removed.count }

    /// Compares `revised` with `announced`.
    public init(announced: Schedule, revised: Schedule) {
        let everything = announced.contacts + revised.contacts
        let origin = everything.map(\.start).min() ?? Instant(julianDay: 2_451_545)
        func key(_ contact: Contact) -> Key {
            Key(
                request: contact.request, resource: contact.resource,
                start: Int((contact.start.seconds(since: origin) * 1000).rounded()),
                end: Int((contact.end.seconds(since: origin) * 1000).rounded()))
        }
        var revisedByKey: [Key: [Int]] = [:]
        for (index, contact) in revised.contacts.enumerated() { revisedByKey[key(contact), default: []].append(index) }
        var used = [Bool](repeating: false, count: revised.contacts.count)
        var open: [String: [Int]] = [:]
        var kept: [Contact] = []
        for (index, contact) in announced.contacts.enumerated() {
            if let match = revisedByKey[key(contact)]?.first(where: { !used[$0] }) {
                used[match] = true
                kept.append(contact)
            } else {
                open[contact.request, default: []].append(index)
            }
        }
        var left: [String: [Int]] = [:]
        for index in revised.contacts.indices where !used[index] {
            left[revised.contacts[index].request, default: []].append(index)
        }
        var shifted: [Pair] = []
        var reassigned: [Pair] = []
        var removed: [Contact] = []
        for request in open.keys.sorted() {
            let old = open[request]!.sorted { Contact.isBefore(announced.contacts[$0], announced.contacts[$1]) }
            var candidates = (left[request] ?? []).sorted {
                Contact.isBefore(revised.contacts[$0], revised.contacts[$1])
            }
            // Same resource and overlapping first, then same resource, then anything.
            var unpaired = old
            for sameTime in [true, false] {
                var rest: [Int] = []
                for index in unpaired {
                    let a = key(announced.contacts[index])
                    if let at = candidates.firstIndex(where: {
                        let b = key(revised.contacts[$0])
                        return b.resource == a.resource && (!sameTime || (b.start < a.end && a.start < b.end))
                    }) {
                        shifted.append(
                            Pair(announced: announced.contacts[index], revised: revised.contacts[candidates[at]]))
                        candidates.remove(at: at)
                    } else {
                        rest.append(index)
                    }
                }
                unpaired = rest
            }
            for index in unpaired {
                if candidates.isEmpty {
                    removed.append(announced.contacts[index])
                } else {
                    reassigned.append(
                        Pair(announced: announced.contacts[index], revised: revised.contacts[candidates[0]]))
                    candidates.removeFirst()
                }
            }
            left[request] = candidates
        }
        self.kept = kept
        self.shifted = shifted
        self.reassigned = reassigned
        self.removed = removed
        added = left.values.flatMap { $0 }.map { revised.contacts[$0] }.sorted(by: Contact.isBefore)
    }

    /// A contact's identity to the millisecond.
    private struct Key: Hashable {
        var request: String
        var resource: String
        var start: Int
        var end: Int
    }
}
