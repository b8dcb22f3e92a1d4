import Orbits
import Scheduling

/// The schedule page's SVGs (timeline and sky plot), drawn by the `Charts` target once it is
/// merged; until then `nil` (the page shows its tables and no picture rather than a fake one).
enum ScheduleCharts {
    static func timeline(bars: [SchedulePage.Bar], span: TimeSpan, input: PageInput) -> String? {
        nil
    }

    static func sky(points: [OrbitSamples.SkyPoint], pass: Pass, input: PageInput) -> String? {
        nil
    }
}
