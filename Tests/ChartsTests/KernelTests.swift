import Orbits
import Testing

@testable import Charts

@Suite struct KernelTests {
    @Test func formatsSVGNumbers() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(-0.25) == "-0.25")
        #expect(SVGNumber.format(0.004) == "0")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(3.14159) == "3.14")
        #expect(SVGNumber.format(1.05) == "1.05")
        #expect(SVGNumber.format(.nan) == "0")
    }

    @Test func escapesMarkupCharacters() {
        #expect(SVGWriter.escape("a<b & \"c\" 'd' >") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos; &gt;")
        // Control characters that XML 1.0 forbids are dropped; tab and newline stay.
        #expect(SVGWriter.escape("x\u{0}y\u{1B}z\tw\n") == "xyz\tw\n")
        #expect(SVGWriter.escape("東京 — Москва") == "東京 — Москва")
    }

    @Test func niceTicksCoverTheDomain() {
        // Span 1.28 / 5 = 0.256 → step 0.5 (1, 2, 5 × 10ⁿ): 0 … 2 in 5 ticks.
        let axis = NiceTicks.covering(0.42, 1.7, count: 5)
        #expect(axis.domain == 0...2)
        #expect(axis.ticks == [0, 0.5, 1, 1.5, 2])
        // Span 0.3 / 5 = 0.06 → step 0.1, and 0.1 × 3 is snapped to 0.3, not 0.30000000000000004.
        #expect(NiceTicks.covering(0.01, 0.31, count: 5).ticks == [0, 0.1, 0.2, 0.3, 0.4])
        let km = NiceTicks.covering(0, 37, count: 5)
        #expect(km.ticks == [0, 10, 20, 30, 40])
    }

    @Test func timeTicksAreRoundUTCTimes() throws {
        let start = try Instant(year: 2026, month: 11, day: 23, hour: 7, minute: 40)
        let end = try Instant(year: 2026, month: 11, day: 23, hour: 19)
        // 11 h 20 min at ≤ 6 intervals → a 2 h step: 08:00, 10:00 … 18:00.
        let ticks = TimeTicks.instants(from: start, to: end, count: 6)
        #expect(ticks.count == 6)
        #expect(ticks.first!.calendarDate.hour == 8 && ticks.first!.calendarDate.minute == 0)
        #expect(ticks.last!.calendarDate.hour == 18)
        // A week at ≤ 8 intervals → one tick per day at 00:00 UTC.
        let monday = try Instant(year: 2026, month: 11, day: 23)
        let week = TimeTicks.instants(from: monday, to: monday.adding(days: 7), count: 8)
        #expect(week.count == 8)
        #expect(week.allSatisfy { $0.calendarDate.hour == 0 })
    }

    @Test func paletteGivesDistinctStylesPerPartner() {
        let styles = (0..<7).map(ChartPalette.style)
        #expect(Set(styles.map(\.color)).count == 7)
        #expect(Set(styles.map(\.pattern)).count == 7)
        // The eighth partner reuses a colour but not that colour's pattern.
        let eighth = ChartPalette.style(7)
        #expect(eighth.color == styles[0].color && eighth.pattern != styles[0].pattern)
    }

    @Test func landOutlineDecodesToNaturalEarthRings() {
        let rings = LandOutline.decodedRings()
        #expect(rings.count == LandOutline.rings)
        #expect(rings.count == 287)
        #expect(rings.reduce(0) { $0 + $1.count } == 10_273)
        let all = rings.joined()
        #expect(all.map(\.longitude).min()! >= -180 && all.map(\.longitude).max()! <= 180)
        #expect(all.map(\.latitude).min()! == -90)
        // Land and sea where they should be (even-odd rule over all rings).
        #expect(Self.isLand(GeoPoint(latitude: 48.8566, longitude: 2.3522), rings))  // Paris
        #expect(Self.isLand(GeoPoint(latitude: -23.70, longitude: 133.88), rings))  // Alice Springs
        #expect(Self.isLand(GeoPoint(latitude: 35.68, longitude: 139.77), rings))  // Tokyo
        #expect(!Self.isLand(GeoPoint(latitude: 0, longitude: -30), rings))  // mid-Atlantic
        #expect(!Self.isLand(GeoPoint(latitude: 30, longitude: -150), rings))  // North Pacific
    }

    /// Even-odd point-in-polygon test over the rings (ray cast along the parallel).
    static func isLand(_ point: GeoPoint, _ rings: [[GeoPoint]]) -> Bool {
        var inside = false
        for ring in rings {
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i], b = ring[j]
                if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                    let x =
                        a.longitude + (point.latitude - a.latitude) / (b.latitude - a.latitude)
                        * (b.longitude - a.longitude)
                    if point.longitude < x { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }
}

@Suite struct ContrastTests {
    @Test func contrastRatiosFollowWCAG() throws {
        // WCAG's own end points: black on white is 21:1, a colour on itself 1:1.
        #expect(abs(try #require(ColorContrast.ratio("#000000", "#FFFFFF")) - 21) < 1e-9)
        #expect(ColorContrast.ratio("#777777", "#777777") == 1)
        // #767676 on white is the well-known AA boundary, 4.54:1.
        #expect(abs(try #require(ColorContrast.ratio("#767676", "#FFFFFF")) - 4.54) < 0.01)
        #expect(ColorContrast.ratio("#12345", "#FFFFFF") == nil)
    }

    @Test func chartTextMeetsAA() throws {
        let white = ChartPalette.background
        // Text and tick labels on white: AAA (≥ 7:1) for both.
        #expect(try #require(ColorContrast.ratio(ChartPalette.text, white)) >= 7)
        #expect(try #require(ColorContrast.ratio(ChartPalette.mutedText, white)) >= 7)
        // Tick labels sit on white; text drawn over the map (names) has a white halo, but the
        // text colour also stays ≥ 4.5:1 on ocean, land and the alternate timeline row.
        for background in [ChartPalette.ocean, ChartPalette.land, "#F4F4F4"] {
            #expect(try #require(ColorContrast.ratio(ChartPalette.text, background)) >= 4.5)
        }
        // The highlight outline of own contacts is a graphic: ≥ 3:1 against every partner colour.
        for color in ChartPalette.partnerColors {
            #expect(try #require(ColorContrast.ratio(ChartPalette.highlight, color)) >= 3)
        }
    }
}
