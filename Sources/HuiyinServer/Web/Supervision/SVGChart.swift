/// Charts drawn as SVG on the server, so they print, export and need no script (DESIGN.md). Each chart
/// is an `<svg role="img">` with a title, and its figures are also written as text inside it. The
/// drawing is narrow (480 and 400 units wide), so that its text stays legible when a phone shows it at
/// 300 pixels.
enum SVGChart {
    struct Bar: Sendable {
        var label: String
        var value: Int
    }

    /// Vertical bars (a trend by month): value above each bar, label under it.
    static func columns(_ h: inout HTML, title: String, bars: [Bar]) {
        let width = 480, height = 220, top = 20, bottom = 36, left = 8
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        let slot = bars.isEmpty ? 0 : (width - left * 2) / bars.count
        let barWidth = max(4, slot * 6 / 10)
        h.raw("<figure class=\"chart\"><svg viewBox=\"0 0 480 220\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\"><title>")
        h.text(title)
        h.raw("</title><line x1=\"0\" y1=\"184\" x2=\"480\" y2=\"184\" stroke=\"#c9ced6\"/>")
        for (i, bar) in bars.enumerated() {
            let plot = height - top - bottom
            let barHeight = bar.value * plot / maxValue
            let x = left + i * slot + (slot - barWidth) / 2
            let y = height - bottom - barHeight
            h.raw("<rect fill=\"#2f6f8f\"")
            number(&h, "x", x)
            number(&h, "y", y)
            number(&h, "width", barWidth)
            number(&h, "height", barHeight)
            h.raw("/><text text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2733\"")
            number(&h, "x", x + barWidth / 2)
            number(&h, "y", y - 4)
            h.raw(">")
            h.text(bar.value)
            h.raw("</text><text text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6573\"")
            number(&h, "x", x + barWidth / 2)
            number(&h, "y", height - bottom + 16)
            h.raw(">")
            h.text(bar.label)
            h.raw("</text>")
        }
        h.raw("</svg><figcaption>")
        h.text(title)
        h.raw("</figcaption></figure>")
    }

    /// Horizontal bars (a breakdown): label on the left, value at the end of each bar.
    static func rows(_ h: inout HTML, title: String, bars: [Bar]) {
        let rowHeight = 24, labelWidth = 120, width = 400
        let height = max(rowHeight, bars.count * rowHeight) + 8
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        let plot = width - labelWidth - 48
        h.raw("<figure class=\"chart\"><svg role=\"img\" preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 400 ")
        h.text(height)
        h.raw("\"><title>")
        h.text(title)
        h.raw("</title>")
        for (i, bar) in bars.enumerated() {
            let y = 4 + i * rowHeight
            let w = max(1, bar.value * plot / maxValue)
            h.raw("<text text-anchor=\"end\" font-size=\"12\" fill=\"#1d2733\"")
            number(&h, "x", labelWidth - 8)
            number(&h, "y", y + 16)
            h.raw(">")
            h.text(bar.label)
            h.raw("</text><rect fill=\"#5b8fa8\"")
            number(&h, "x", labelWidth)
            number(&h, "y", y + 4)
            number(&h, "width", w)
            h.raw(" height=\"16\"/><text font-size=\"12\" fill=\"#1d2733\"")
            number(&h, "x", labelWidth + w + 6)
            number(&h, "y", y + 16)
            h.raw(">")
            h.text(bar.value)
            h.raw("</text>")
        }
        h.raw("</svg><figcaption>")
        h.text(title)
        h.raw("</figcaption></figure>")
    }

    private static func number(_ h: inout HTML, _ name: StaticString, _ value: Int) {
        h.raw(" ")
        h.raw(name)
        h.raw("=\"")
        h.text(value)
        h.raw("\"")
    }
}
